// An apprenticeship that ended with a passed exam cannot have a failing exam grade (5 or 6).
import type { CheckRule } from './check.types.js';

export const examContradictsExitReason: CheckRule = ({ input }) => {
  const { exitReason } = input.employment;
  const grade = input.examResult?.grade;
  if (input.kind !== 'apprenticeship' || grade === undefined || grade < 5) return [];
  if (exitReason !== 'apprenticeship_completed' && exitReason !== 'apprenticeship_taken_over') return [];
  const outcome =
    exitReason === 'apprenticeship_taken_over'
      ? 'die Übernahme nach bestandener Ausbildung'
      : 'den Abschluss der Ausbildung';
  return [
    {
      code: 'exam.contradicts_exit_reason',
      severity: 'warning',
      message:
        `Die Prüfungsnote ${grade} bedeutet „nicht bestanden“, der Beendigungsgrund nennt aber ${outcome}. ` +
        'Bitte prüfen Sie die Prüfungsnote oder den Beendigungsgrund.',
      path: 'examResult.grade',
    },
  ];
};

export const examRules: readonly CheckRule[] = [examContradictsExitReason];
