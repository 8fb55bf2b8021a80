// Burden of proof for the overall grade (BAG 14.10.2003 – 9 AZR 12/03): "zur vollen Zufriedenheit"
// (3) is the anchor; whoever wants a different grade must prove it.
import { gradeLabel } from '../model/labels.js';
import type { CheckRule } from './check.types.js';

export const burdenOfProofRule: CheckRule = ({ grade }) => {
  if (grade === null || grade === 3) return [];
  if (grade < 3) {
    return [
      {
        code: 'legal.burden_of_proof_employee',
        severity: 'info',
        message:
          `Die Gesamtnote ${gradeLabel(grade)} ist besser als der Durchschnitt. Im Streitfall muss die ` +
          'beschäftigte Person eine überdurchschnittliche Bewertung belegen; es lohnt sich, Belege ' +
          '(Zielvereinbarungen, Beurteilungen, Erfolge) aufzubewahren.',
        path: 'overallGrade',
      },
    ];
  }
  return [
    {
      code: 'legal.burden_of_proof_employer',
      severity: 'info',
      message:
        `Die Gesamtnote ${gradeLabel(grade)} ist schlechter als der Durchschnitt. Im Streitfall muss der ` +
        'Arbeitgeber die unterdurchschnittliche Leistung belegen; bitte dokumentieren Sie die Gründe ' +
        '(etwa Gespräche, Zielverfehlungen, Beanstandungen).',
      path: 'overallGrade',
    },
  ];
};

export const legalHintRules: readonly CheckRule[] = [burdenOfProofRule];
