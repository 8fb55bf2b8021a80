// German names of categories and grades for user-facing messages (glossary: docs/glossary.md).
import type { Grade, RatingCategory } from '@zeugnisdesk/shared';

export const categoryNames: Readonly<Record<RatingCategory, string>> = {
  willingness: 'Arbeitsbereitschaft',
  ability: 'Arbeitsbefähigung',
  knowledge: 'Fachwissen',
  training: 'Weiterbildung',
  workStyle: 'Arbeitsweise',
  result: 'Arbeitserfolg',
  leadership: 'Führungsleistung',
  behaviourInternal: 'Verhalten intern',
  behaviourExternal: 'Verhalten extern',
};

export const gradeNames: Readonly<Record<Grade, string>> = {
  1: 'sehr gut',
  2: 'gut',
  3: 'befriedigend',
  4: 'ausreichend',
  5: 'mangelhaft',
};

/** "2 (gut)". */
export function gradeLabel(grade: number): string {
  const name = gradeNames[grade as Grade];
  return name ? `${grade} (${name})` : String(grade);
}

/** One decimal with a German decimal comma: 1.1666 → "1,2". */
export function formatDecimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}
