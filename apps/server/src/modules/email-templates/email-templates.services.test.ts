import { describe, expect, it } from 'vitest';
import { emailTemplateDefaults } from './email-template-defaults.config.js';
import { emailLanguages, emailTemplateKeys } from './email-templates.config.js';
import {
  compileAndRender,
  EmailTemplateInvalidError,
  previewTemplate,
  sampleValues,
  toScope,
} from './email-templates.services.js';

const valid = { subject: 'Hallo {{ user.name }}', text: 'Link: {{ link }}', html: '<p>{{ user.name }}</p>' };

async function issuesOf(content: Partial<typeof valid>, key: 'invitation' | 'handover' = 'invitation') {
  try {
    await previewTemplate(key, 'de', { ...valid, ...content });
  } catch (error) {
    if (error instanceof EmailTemplateInvalidError) return error.issues;
    throw error;
  }
  return [];
}

describe('the default templates', () => {
  it.each(emailTemplateKeys.flatMap((key) => emailLanguages.map((language) => [key, language] as const)))(
    '%s (%s) is valid and renders its sample values',
    async (key, language) => {
      const rendered = await previewTemplate(key, language, emailTemplateDefaults[key][language]);
      expect(rendered.subject).not.toMatch(/[\r\n]|\{\{/);
      expect(rendered.text).not.toMatch(/\{\{|\{%/);
      expect(rendered.html).toMatch(/^<!DOCTYPE html>/);
    },
  );
});

describe('template validation (threat: template injection)', () => {
  it('refuses {% include %} and {% render %} on save, with the line (no file system access)', async () => {
    expect(await issuesOf({ text: "Hallo\n{% include '/etc/passwd' %}" })).toEqual([
      { path: 'text', message: 'Der Befehl „include“ ist nicht erlaubt (Zeile 2)' },
    ]);
    expect(await issuesOf({ html: "{% render 'x' %}" })).toEqual([
      { path: 'html', message: 'Der Befehl „render“ ist nicht erlaubt (Zeile 1)' },
    ]);
    const [layoutIssue] = await issuesOf({ text: "{% layout 'x' %}" });
    expect(layoutIssue?.message).toMatch(/layout.*nicht erlaubt/);
  });

  it('refuses placeholders outside the list: {{ constructor }}, a property chain, another template’s', async () => {
    expect(await issuesOf({ text: 'a\nb {{ constructor }}' })).toEqual([
      {
        path: 'text',
        message: 'Der Platzhalter „constructor“ ist in dieser Vorlage nicht erlaubt (Zeile 2)',
      },
    ]);
    expect((await issuesOf({ text: '{{ user.constructor.name }}' }))[0]?.message).toMatch(
      /„user\.constructor\.name“ ist in dieser Vorlage nicht erlaubt/,
    );
    // `code` belongs to handover_code, not to the invitation.
    expect((await issuesOf({ subject: 'Code {{ code }}' }))[0]).toMatchObject({ path: 'subject' });
    expect(
      await issuesOf({ subject: '{{ recipient.name }}', text: '{{ code }}', html: '' }, 'handover'),
    ).toEqual([
      { path: 'text', message: 'Der Platzhalter „code“ ist in dieser Vorlage nicht erlaubt (Zeile 1)' },
    ]);
  });

  it('refuses unknown filters, `raw` included (it would switch HTML escaping off)', async () => {
    expect(await issuesOf({ html: '<a href="{{ link | raw }}">x</a>' })).toEqual([
      { path: 'html', message: 'Den Filter „raw“ gibt es nicht (Zeile 1)' },
    ]);
    expect((await issuesOf({ text: '{{ link | evil }}' }))[0]?.message).toMatch(/Filter „evil“/);
  });

  it('refuses a subject with a line break (threat: header injection)', async () => {
    expect(await issuesOf({ subject: 'Hallo\nBcc: x@evil.test' })).toEqual([
      { path: 'subject', message: 'Der Betreff muss in einer Zeile stehen (Zeile 2)' },
    ]);
  });

  it('reports syntax errors with their line, and every broken part at once', async () => {
    const issues = await issuesOf({ text: 'a\nb\n{% if user.name %}offen', html: '{{ link' });
    expect(issues.map((issue) => issue.path)).toEqual(['text', 'html']);
    expect(issues[0]?.message).toMatch(/nicht geschlossen.*\(Zeile 3\)$/);
    expect(issues[1]?.message).toMatch(/\(Zeile 1\)$/);
  });

  it('stops loops that exceed the memory or render-time limit', async () => {
    const bigRange = await issuesOf({ text: '{% for i in (1..100000000) %}x{% endfor %}' });
    expect(bigRange[0]?.message).toMatch(/zu aufwendig/);
    const nested =
      '{% for a in (1..300) %}{% for b in (1..300) %}{% for c in (1..300) %}x{% endfor %}{% endfor %}{% endfor %}';
    const started = performance.now();
    expect((await issuesOf({ html: nested }))[0]?.message).toMatch(/zu aufwendig/);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('enforces the length limits', async () => {
    expect((await issuesOf({ subject: 'x'.repeat(201) }))[0]?.message).toBe('Höchstens 200 Zeichen');
    expect((await issuesOf({ text: 'x'.repeat(20_001) }))[0]?.message).toBe('Höchstens 20000 Zeichen');
    expect(await issuesOf({ text: 'x'.repeat(20_000) })).toEqual([]);
  });

  it('allows conditions and loops over the placeholders within the limits', async () => {
    expect(await issuesOf({ text: '{% if user.name != "" %}{{ user.name | upcase }}{% endif %}' })).toEqual(
      [],
    );
  });
});

describe('rendering values', () => {
  const values = {
    'user.name': '<script>alert(1)</script> & "Co"',
    'organization.name': 'Muster {{ link }} {% include "x" %}',
    link: 'https://example.de/einladung#token=abc',
    expiresAt: '1. Juli',
  };

  it('escapes values in the HTML part and keeps them as they are in the text', async () => {
    const rendered = await compileAndRender('invitation', emailTemplateDefaults.invitation.de, values);
    expect(rendered.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34;');
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.text).toContain('Guten Tag <script>alert(1)</script> & "Co",');
  });

  it('never compiles values: Liquid syntax in a value stays text', async () => {
    const rendered = await compileAndRender('invitation', emailTemplateDefaults.invitation.de, values);
    expect(rendered.subject).toBe('Einladung zu Zeugnisdesk – Muster {{ link }} {% include "x" %}');
  });

  it('puts a value with line breaks on one subject line', async () => {
    const rendered = await compileAndRender(
      'invitation',
      { ...valid, subject: 'Hallo {{ user.name }}' },
      { ...values, 'user.name': 'A\r\nBcc: x@evil.test' },
    );
    expect(rendered.subject).toBe('Hallo A Bcc: x@evil.test');
  });

  it('builds the scope without a prototype (no inherited properties to read)', () => {
    const scope = toScope(sampleValues('handover', 'de'));
    expect(Object.getPrototypeOf(scope)).toBeNull();
    expect((scope.recipient as Record<string, string>).name).toBe('Erika Muster');
  });
});
