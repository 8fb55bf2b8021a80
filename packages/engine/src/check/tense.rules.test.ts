import { describe, expect, it } from 'vitest';
import { checkExample, makeInterim, withCode } from './check.test-utils.js';

const override = (text: string) => ({ overrides: { 'performance.workStyle': text } });

describe('free_text.tense_mismatch in a final certificate', () => {
  it.each([
    ['Frau Schmidt arbeitet stets sorgfältig und zuverlässig.', 'arbeitet'],
    ['Sie ist eine sehr zuverlässige Disponentin.', 'ist'],
    ['Sie verfügt über ein umfassendes Fachwissen.', 'verfügt'],
  ])('warns about the present tense in %j', (text, evidence) => {
    expect(
      withCode(
        checkExample(() => {}, override(text)),
        'free_text.tense_mismatch',
      ),
    ).toEqual([
      expect.objectContaining({ severity: 'warning', sentenceId: 'performance.workStyle', evidence }),
    ]);
  });

  it.each([
    'Frau Schmidt arbeitete stets sorgfältig und zuverlässig.',
    'Sie hat alle Aufgaben stets sorgfältig erledigt.',
    'Sie hat stets zu unserer vollsten Zufriedenheit gearbeitet.',
    'Frau Schmidt hat ihre Ziele in jedem Jahr deutlich übertroffen.',
    'Hervorzuheben ist ihre Sorgfalt.',
  ])('accepts the past tense, the Perfekt and fixed phrases: %j', (text) => {
    expect(
      withCode(
        checkExample(() => {}, override(text)),
        'free_text.tense_mismatch',
      ),
    ).toEqual([]);
  });
});

describe('free_text.tense_mismatch in an interim certificate', () => {
  it('warns about the past tense, which reads as if the employee had left', () => {
    const issues = checkExample(makeInterim, override('Frau Schmidt arbeitete stets sorgfältig.'));
    const [issue] = withCode(issues, 'free_text.tense_mismatch');
    expect(issue).toMatchObject({ evidence: 'arbeitete' });
    expect(issue?.message).toContain('bereits ausgeschieden');
  });

  it.each(['Frau Schmidt arbeitet stets sorgfältig.', 'Sie ist eine motivierte Mitarbeiterin.'])(
    'accepts the present tense and adjectives in %j',
    (text) => {
      expect(withCode(checkExample(makeInterim, override(text)), 'free_text.tense_mismatch')).toEqual([]);
    },
  );
});

describe('free_text.tense_mismatch scope', () => {
  it('reads only the user’s own assessment sentences, not lists or the closing', () => {
    const issues = checkExample(
      (draft) => draft.achievements.push('Sie führt die digitale Tourenplanung ein'),
      { overrides: { 'closing.thanks': 'Wir danken ihr, sie ist uns eine große Hilfe.' } },
    );
    expect(withCode(issues, 'free_text.tense_mismatch')).toEqual([]);
  });
});
