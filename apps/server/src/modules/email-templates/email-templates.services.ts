// The template language of the e-mail templates: liquidjs in strict mode (unknown variables and filters
// are errors, only own properties are read) with no file system and no tags that load other templates,
// bounded in size, render time and memory. The HTML part escapes every value; subject and text do not
// (they are plain text), but a subject stays on one line. Validation refuses any placeholder outside the
// template's fixed list and reports each problem with its line.
import { Liquid, type FS, type Template } from 'liquidjs';
import {
  emailTemplateLimits,
  emailTemplatePlaceholders,
  renderLimits,
  type EmailLanguage,
  type EmailTemplateKey,
  type EmailTemplatePart,
} from './email-templates.config.js';
import type { EmailTemplateContent } from './email-template-defaults.config.js';

/** One problem of a template part: `message` ends with „(Zeile n)“ when the line is known. */
export interface TemplateIssue {
  path: EmailTemplatePart;
  message: string;
}

export class EmailTemplateInvalidError extends Error {
  constructor(readonly issues: TemplateIssue[]) {
    super(`invalid e-mail template: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'EmailTemplateInvalidError';
  }
}

// Tags that read other templates (from a file system or memory) or are not needed; without them in the
// registry, `{% include %}` & co. are parse errors.
const removedTags = [
  'include',
  'render',
  'layout',
  'block',
  'liquid',
  'echo',
  'tablerow',
  'cycle',
  'increment',
  'decrement',
];
// `raw` would switch the HTML escaping off for a value.
const removedFilters = ['raw'];

/** A file system that has no files: even a tag that slipped through could read nothing. */
const noFileSystem: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => {
    throw new Error('e-mail templates cannot read files');
  },
  readFileSync: () => {
    throw new Error('e-mail templates cannot read files');
  },
  resolve: (_root: string, file: string) => file,
  contains: async () => false,
  containsSync: () => false,
  sep: '/',
};

function createEngine(outputEscape: 'escape' | undefined): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    fs: noFileSystem,
    root: [],
    partials: [],
    layouts: [],
    dynamicPartials: false,
    relativeReference: false,
    cache: false,
    jsTruthy: false,
    greedy: false,
    parseLimit: emailTemplateLimits.text + 1000,
    renderLimit: renderLimits.renderMs,
    memoryLimit: renderLimits.memory,
    ...(outputEscape ? { outputEscape } : {}),
  });
  for (const tag of removedTags) delete engine.tags[tag];
  for (const filter of removedFilters) delete engine.filters[filter];
  return engine;
}

/** Subject and text: values as they are. */
const plainEngine = createEngine(undefined);
/** HTML: every output HTML-escaped (`<script>` in a name arrives as text). */
const htmlEngine = createEngine('escape');

const engineFor = (part: EmailTemplatePart) => (part === 'html' ? htmlEngine : plainEngine);

/** The placeholder names allowed in a template. */
export function allowedPlaceholders(key: EmailTemplateKey): string[] {
  return emailTemplatePlaceholders[key].map((placeholder) => placeholder.name);
}

/** The sample values of a template's placeholders, for the preview and for validation. */
export function sampleValues(key: EmailTemplateKey, language: EmailLanguage): Record<string, string> {
  return Object.fromEntries(
    emailTemplatePlaceholders[key].map((placeholder) => [placeholder.name, placeholder.sample[language]]),
  );
}

/** `{ 'user.name': 'A' }` → `{ user: { name: 'A' } }`: the scope Liquid reads (plain data, never parsed). */
export function toScope(values: Record<string, string>): Record<string, unknown> {
  const scope: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    const segments = name.split('.');
    let target = scope;
    for (const segment of segments.slice(0, -1)) {
      const next = (Object.hasOwn(target, segment) ? target[segment] : undefined) as
        Record<string, unknown> | undefined;
      if (next && typeof next === 'object') {
        target = next;
      } else {
        const created = Object.create(null) as Record<string, unknown>;
        target[segment] = created;
        target = created;
      }
    }
    target[segments.at(-1) ?? name] = String(value);
  }
  return scope;
}

interface LiquidLikeError {
  name?: string;
  message?: string;
  token?: { getPosition?: () => [number, number] };
}

/** A liquidjs error as a German reason with its line. */
function describeLiquidError(error: unknown): string {
  const { message = String(error), token } = (error ?? {}) as LiquidLikeError;
  const line = token?.getPosition?.()[0] ?? /line:(\d+)/.exec(message)?.[1];
  const detail = message.replace(/, line:\d+, col:\d+.*$/s, '').trim();
  let reason: string;
  let match: RegExpExecArray | null;
  if ((match = /^tag "?([^"\s]+)"? not found/.exec(detail))) {
    reason = `Der Befehl „${match[1] ?? ''}“ ist nicht erlaubt`;
  } else if ((match = /^undefined filter: (\S+)/.exec(detail))) {
    reason = `Den Filter „${match[1] ?? ''}“ gibt es nicht`;
  } else if ((match = /^undefined variable: (\S+)/.exec(detail))) {
    reason = `Der Platzhalter „${match[1] ?? ''}“ ist in dieser Vorlage nicht erlaubt`;
  } else if (/limit exceeded/.test(detail)) {
    reason = 'Die Vorlage ist zu aufwendig (Zeit- oder Speichergrenze überschritten)';
  } else if (/not closed/.test(detail)) {
    reason = `Ein Befehl wird nicht geschlossen (${detail})`;
  } else {
    reason = `Die Vorlage ist fehlerhaft (${detail.slice(0, 200)})`;
  }
  return line !== undefined ? `${reason} (Zeile ${line})` : reason;
}

/** The line of `needle`'s first appearance in `source` (1-based), or undefined. */
function lineOf(source: string, needle: string): number | undefined {
  const index = source.indexOf(needle);
  return index < 0 ? undefined : source.slice(0, index).split('\n').length;
}

/** The problems of one part: too long, line break in the subject, syntax, unknown placeholders. */
function checkPart(
  key: EmailTemplateKey,
  part: EmailTemplatePart,
  source: string,
): { issues: TemplateIssue[]; templates?: Template[] } {
  const issue = (message: string): TemplateIssue => ({ path: part, message });
  if (source.length > emailTemplateLimits[part]) {
    return { issues: [issue(`Höchstens ${emailTemplateLimits[part]} Zeichen`)] };
  }
  if (part === 'subject' && /[\r\n]/.test(source)) {
    return { issues: [issue('Der Betreff muss in einer Zeile stehen (Zeile 2)')] };
  }
  if (part !== 'html' && source.trim() === '') return { issues: [issue('Darf nicht leer sein')] };
  let templates: Template[];
  try {
    templates = engineFor(part).parse(source);
  } catch (error) {
    return { issues: [issue(describeLiquidError(error))] };
  }
  const allowed = new Set(allowedPlaceholders(key));
  const issues: TemplateIssue[] = [];
  let used: ReturnType<Liquid['globalVariableSegmentsSync']>;
  try {
    used = engineFor(part).globalVariableSegmentsSync(templates);
  } catch (error) {
    return { issues: [issue(describeLiquidError(error))] };
  }
  for (const segments of used) {
    const name = segments.map(String).join('.');
    if (allowed.has(name)) continue;
    const line = lineOf(source, String(segments[0]));
    issues.push(
      issue(
        `Der Platzhalter „${name}“ ist in dieser Vorlage nicht erlaubt` +
          (line !== undefined ? ` (Zeile ${line})` : ''),
      ),
    );
  }
  return issues.length ? { issues } : { issues, templates };
}

/**
 * Validates a template (all three parts) and renders it with the given values (the samples when
 * validating): throws EmailTemplateInvalidError with every problem found, each with its line. The
 * subject's line breaks (from values) become spaces.
 */
export async function compileAndRender(
  key: EmailTemplateKey,
  content: EmailTemplateContent,
  values: Record<string, string>,
): Promise<EmailTemplateContent> {
  const parts = ['subject', 'text', 'html'] as const;
  const checked = parts.map((part) => ({ part, ...checkPart(key, part, content[part]) }));
  const issues = checked.flatMap((entry) => entry.issues);
  if (issues.length) throw new EmailTemplateInvalidError(issues);
  const scope = toScope(values);
  const rendered: Partial<EmailTemplateContent> = {};
  const renderIssues: TemplateIssue[] = [];
  for (const { part, templates } of checked) {
    try {
      rendered[part] = String(await engineFor(part).render(templates ?? [], scope));
    } catch (error) {
      renderIssues.push({ path: part, message: describeLiquidError(error) });
    }
  }
  if (renderIssues.length) throw new EmailTemplateInvalidError(renderIssues);
  return {
    subject: (rendered.subject ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim(),
    text: rendered.text ?? '',
    html: rendered.html ?? '',
  };
}

/** Validates against the sample values and returns the preview. */
export function previewTemplate(
  key: EmailTemplateKey,
  language: EmailLanguage,
  content: EmailTemplateContent,
): Promise<EmailTemplateContent> {
  return compileAndRender(key, content, sampleValues(key, language));
}

const dateTimeFormats: Record<EmailLanguage, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }),
};
const dateFormats: Record<EmailLanguage, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }),
};

/** Date and time for a mail placeholder, in German time, e.g. „3. Juli 2026 um 10:00“. */
export function formatMailDateTime(date: Date, language: EmailLanguage): string {
  return dateTimeFormats[language].format(date);
}

/** A date for a mail placeholder, e.g. „10. Juli 2026“. */
export function formatMailDate(date: Date, language: EmailLanguage): string {
  return dateFormats[language].format(date);
}
