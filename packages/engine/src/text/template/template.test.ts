import { describe, expect, it } from 'vitest';
import { compileTemplate } from './template.parse.js';
import { renderTemplate } from './template.render.js';
import { createPersonReference } from '../grammar/person.js';
import { verbLexicon } from '../grammar/verbs.js';
import type { Gender, Tense } from './template.types.js';

function render(source: string, gender: Gender, tense: Tense, values: Record<string, string> = {}) {
  const person = createPersonReference({
    gender,
    title: gender === 'female' ? 'Dr.' : null,
    firstName: 'Kim',
    lastName: 'Weber',
  });
  return renderTemplate(compileTemplate(source), {
    person,
    tense,
    verbs: verbLexicon,
    values,
    state: { hasMentionedPerson: false },
  });
}

describe('phrase templates', () => {
  const sentence =
    '{Er} <zeigen> stets großen Einsatz. {Seine} Arbeitsweise <sein> sorgfältig, und wir <schätzen:pl> {ihn} sehr.';

  it('names the employee at the first reference of a paragraph and uses pronouns afterwards', () => {
    expect(render(sentence, 'male', 'past')).toBe(
      'Herr Weber zeigte stets großen Einsatz. Seine Arbeitsweise war sorgfältig, und wir schätzten ihn sehr.',
    );
    expect(render(sentence, 'female', 'present')).toBe(
      'Frau Dr. Weber zeigt stets großen Einsatz. Ihre Arbeitsweise ist sorgfältig, und wir schätzen sie sehr.',
    );
  });

  it('builds the diverse form without salutation and without gendered pronouns', () => {
    expect(render(sentence, 'diverse', 'past')).toBe(
      'Kim Weber zeigte stets großen Einsatz. Die Arbeitsweise war sorgfältig, und wir schätzten Kim Weber sehr.',
    );
  });

  it('orders the reflexive after a pronoun subject and before a named one', () => {
    const source = 'Neuen Aufgaben <stellen> {er sich} gern. Auch Konflikten <stellen> {er sich}.';
    expect(render(source, 'male', 'past')).toBe(
      'Neuen Aufgaben stellte sich Herr Weber gern. Auch Konflikten stellte er sich.',
    );
    expect(render(source, 'diverse', 'present')).toBe(
      'Neuen Aufgaben stellt sich Kim Weber gern. Auch Konflikten stellt sich Kim Weber.',
    );
  });

  it('declines the salutation: Herrn in accusative and dative', () => {
    expect(render('Wir danken {Name:dat} und {FullName:acc}.', 'male', 'past')).toBe(
      'Wir danken Herrn Weber und Herrn Kim Weber.',
    );
  });

  it('turns the bare possessive into the article of the named noun gender for diverse', () => {
    expect(render('{Sein.m} Einsatz und {sein.n} Wissen.', 'diverse', 'past')).toBe(
      'Der Einsatz und das Wissen.',
    );
    expect(render('{Sein.m} Einsatz und {sein.n} Wissen.', 'female', 'past')).toBe(
      'Ihr Einsatz und ihr Wissen.',
    );
  });

  it('chooses gender and tense alternatives, which may nest tokens', () => {
    const source =
      'Wir verlieren [g:einen geschätzten Mitarbeiter|eine geschätzte Mitarbeiterin|eine geschätzte Fachkraft] [t:<sein>|<sein>] {Name}.';
    expect(render(source, 'female', 'past')).toBe(
      'Wir verlieren eine geschätzte Mitarbeiterin war Frau Dr. Weber.',
    );
    expect(render('[t:bis zuletzt|bis heute]', 'male', 'present')).toBe('Bis heute');
  });

  it('inserts slot values verbatim, never as template syntax', () => {
    expect(render('Tätig als {jobTitle}.', 'male', 'past', { jobTitle: '{Er} <sein> [g:a|b|c] #$*' })).toBe(
      'Tätig als {Er} <sein> [g:a|b|c] #$*.',
    );
  });

  it('conjugates plural verbs, including the irregular "sein"', () => {
    expect(render('Die Ergebnisse <sein:pl> gut und <übertreffen:pl> die Ziele.', 'male', 'past')).toBe(
      'Die Ergebnisse waren gut und übertrafen die Ziele.',
    );
    expect(render('Die Ergebnisse <sein:pl> gut und <übertreffen:pl> die Ziele.', 'male', 'present')).toBe(
      'Die Ergebnisse sind gut und übertreffen die Ziele.',
    );
  });

  it.each([
    ['{Er', 'unclosed {'],
    ['<zeigen', 'unclosed <'],
    ['[g:a|b]', 'alternatives must be'],
    ['{sein} Einsatz', 'needs the noun gender'],
    ['{Name:gen}', 'unknown case'],
    ['text } more', 'stray }'],
  ])('rejects malformed template %s', (source, message) => {
    expect(() => compileTemplate(source)).toThrow(message);
  });

  it('refuses to render a verb that is not in the lexicon or a slot without a value', () => {
    expect(() => render('{Er} <flunkern>.', 'male', 'past')).toThrow('not in the lexicon');
    expect(() => render('Als {jobTitle}.', 'male', 'past')).toThrow('no value for {jobTitle}');
  });
});
