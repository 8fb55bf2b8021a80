// Mandatory parts, judged on the composed document: a user can blank out a generated sentence with an
// override, and what the reader expects but does not find is itself a signal (BAG 12.08.2008 –
// 9 AZR 632/07, "beredtes Schweigen").
import type { CheckRule } from './check.types.js';
import { whenMissing } from './when-missing.js';
import { hasSentence, runsOf } from './document-query.js';

export const interimOccasionMissing = whenMissing(
  'completeness.interim_occasion_missing',
  'error',
  ({ input, document }) => input.kind === 'interim' && !hasSentence(document, 'closing.occasion'),
  () => ({
    message:
      'Das Zwischenzeugnis nennt keinen Anlass. Ein Zwischenzeugnis sollte angeben, aus welchem Grund es ' +
      'erteilt wird (etwa ein Wechsel der Vorgesetzten oder eine Versetzung).',
    path: 'employment.interimReason',
    sentenceId: 'closing.occasion',
  }),
);

export const trainingGoalMissing = whenMissing(
  'completeness.training_goal_missing',
  'error',
  ({ input, document }) =>
    input.kind === 'apprenticeship' && !hasSentence(document, 'introduction.trainingGoal'),
  () => ({
    message:
      'Das Ausbildungszeugnis nennt das Ziel der Ausbildung nicht. Art, Dauer und Ziel der Ausbildung ' +
      'sind Pflichtangaben (§ 16 BBiG).',
    path: 'employment.jobTitle',
    sentenceId: 'introduction.trainingGoal',
  }),
);

export const activitiesMissing = whenMissing(
  'completeness.activities_missing',
  'error',
  ({ document }) =>
    !runsOf(document, 'activities').some(
      (run) => run.sentenceId === undefined || run.sentenceId === 'activities.additional',
    ),
  () => ({
    message:
      'Das Zeugnis beschreibt keine Tätigkeiten. Die Tätigkeitsbeschreibung ist Pflichtbestandteil jedes ' +
      'Zeugnisses; bitte ergänzen Sie die wichtigsten Aufgaben.',
    path: 'activities',
  }),
);

export const signatureMissing = whenMissing(
  'completeness.signature_missing',
  'error',
  ({ document }) => {
    const blocks = document.sections.flatMap((section) => section.blocks);
    const signers = blocks.flatMap((block) => (block.type === 'signatures' ? block.signers : []));
    return signers.length === 0 || signers.some((signer) => !signer.name.trim() || !signer.function.trim());
  },
  () => ({
    message:
      'Dem Zeugnis fehlt ein Unterschriftsblock mit Name und Funktion. Es muss von einer vorgesetzten ' +
      'Person unterschrieben werden, deren Name und Funktion unter der Unterschrift stehen.',
    path: 'signatures',
  }),
);

export const completenessRules: readonly CheckRule[] = [
  interimOccasionMissing,
  trainingGoalMissing,
  activitiesMissing,
  signatureMissing,
];
