// Mandatory parts of the assessment of a qualified certificate: performance, leadership for managers,
// behaviour towards superiors and colleagues, and towards customers where the job faces them.
import { performanceCategories } from '@zeugnisdesk/shared';
import type { CheckRule } from './check.types.js';
import { hasSentence } from './document-query.js';
import { whenMissing } from './when-missing.js';

export const performanceMissing = whenMissing(
  'completeness.performance_missing',
  'error',
  ({ input, document }) =>
    input.form === 'qualified' &&
    !['summary', ...performanceCategories].some((category) =>
      hasSentence(document, `performance.${category}`),
    ),
  () => ({
    message:
      'Das qualifizierte Zeugnis enthält keine Leistungsbeurteilung. Bitte bewerten Sie mindestens die ' +
      'wesentlichen Leistungskategorien.',
    path: 'ratings',
  }),
);

export const leadershipMissing = whenMissing(
  'completeness.leadership_missing',
  'warning',
  ({ input, document }) =>
    input.form === 'qualified' &&
    input.kind !== 'apprenticeship' &&
    input.employment.isManager &&
    !hasSentence(document, 'performance.leadership'),
  () => ({
    message:
      'Die Person ist als Führungskraft angegeben, das Zeugnis beurteilt die Führungsleistung aber nicht. ' +
      'Fehlt diese Beurteilung, kann das als bewusstes Verschweigen gelesen werden.',
    path: 'ratings.leadership',
    sentenceId: 'performance.leadership',
  }),
);

export const behaviourInternalMissing = whenMissing(
  'completeness.behaviour_internal_missing',
  'error',
  ({ input, document }) =>
    input.form === 'qualified' && !hasSentence(document, 'behaviour.behaviourInternal'),
  () => ({
    message:
      'Das Verhalten gegenüber Vorgesetzten und Kollegen wird nicht beurteilt. Ein qualifiziertes Zeugnis ' +
      'muss das Verhalten beurteilen; fehlen die Vorgesetzten, gilt das als deutliches negatives Signal.',
    path: 'ratings.behaviourInternal',
    sentenceId: 'behaviour.behaviourInternal',
  }),
);

export const behaviourExternalMissing = whenMissing(
  'completeness.behaviour_external_missing',
  'warning',
  ({ input, document, profile }) =>
    input.form === 'qualified' &&
    profile?.isCustomerFacing === true &&
    !hasSentence(document, 'behaviour.behaviourExternal'),
  ({ input, profile }) => ({
    message:
      `Im Berufsbild „${profile?.titles[input.employee.gender] ?? ''}“ ist der Kontakt zu Kunden oder ` +
      'Geschäftspartnern üblich, das Zeugnis beurteilt das Verhalten ihnen gegenüber aber nicht. Das kann ' +
      'als negatives Signal gelesen werden.',
    path: 'ratings.behaviourExternal',
    sentenceId: 'behaviour.behaviourExternal',
  }),
);

export const assessmentCompletenessRules: readonly CheckRule[] = [
  performanceMissing,
  leadershipMissing,
  behaviourInternalMissing,
  behaviourExternalMissing,
];
