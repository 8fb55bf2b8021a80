// A correction must not punish the employee for asking: a granted closing stays (BAG 06.06.2023 –
// 9 AZR 272/22, Maßregelungsverbot), and the assessment binds unless new facts appear (BAG 21.06.2005 –
// 9 AZR 352/04).
import { ratingCategories } from '@zeugnisdesk/shared';
import type { CertificateIssue } from '../model/issue.types.js';
import { overallGrade } from '../text/compose/grades.js';
import { categoryNames, gradeLabel } from '../model/labels.js';
import { joinAsProse } from '../text/compose/compose.values.js';
import type { CheckRule } from './check.types.js';
import { documentClosing, effectiveClosing } from './closing.blocks.js';

const accusatives = { thanks: 'den Dank', wishes: 'die Zukunftswünsche' } as const;

const bindingNote =
  'Nach einer Korrektur ist der Arbeitgeber an seine frühere Beurteilung gebunden, solange keine neuen ' +
  'Tatsachen vorliegen (BAG, 21.06.2005 – 9 AZR 352/04). Bitte dokumentieren Sie den Grund der Änderung.';

/** Thanks or wishes of the previous version that this version no longer says. */
export const closingRemovedAfterCorrection: CheckRule = ({ previousVersion, document }) => {
  if (!previousVersion) return [];
  const before = effectiveClosing(previousVersion);
  const now = documentClosing(document);
  const removed = (['thanks', 'wishes'] as const).filter((block) => before[block] && !now[block]);
  if (removed.length === 0) return [];
  return [
    {
      code: 'closing.removed_after_correction',
      severity: 'error',
      message:
        `Die vorige Fassung enthielt ${joinAsProse(removed.map((block) => accusatives[block]))}, ` +
        'diese Fassung nicht mehr. Eine bereits erteilte Dankes- oder Wunschformel darf nach einer ' +
        'berechtigten Korrekturbitte nicht gestrichen werden (BAG, 06.06.2023 – 9 AZR 272/22, ' +
        'Maßregelungsverbot).',
      path: 'closing',
    },
  ];
};

/** Categories (and the overall grade) rated worse than, or no longer rated as, in the previous version. */
export const gradeWorseThanPreviousVersion: CheckRule = ({ previousVersion, input, grade }) => {
  if (!previousVersion) return [];
  const issues: CertificateIssue[] = ratingCategories.flatMap((category): CertificateIssue[] => {
    const before = previousVersion.ratings[category];
    const now = input.ratings[category];
    if (before === null || (now !== null && now <= before)) return [];
    const change =
      now === null
        ? `wird nicht mehr beurteilt; in der vorigen Fassung war sie mit ${gradeLabel(before)} bewertet`
        : `ist jetzt mit ${gradeLabel(now)} bewertet, in der vorigen Fassung mit ${gradeLabel(before)}`;
    return [
      {
        code: 'grade.worse_than_previous_version',
        severity: 'warning',
        message: `Die Kategorie „${categoryNames[category]}“ ${change}. ${bindingNote}`,
        path: `ratings.${category}`,
      },
    ];
  });
  const overallBefore = overallGrade(previousVersion);
  if (overallBefore !== null && grade !== null && grade > overallBefore) {
    issues.push({
      code: 'grade.worse_than_previous_version',
      severity: 'warning',
      message:
        `Die Gesamtnote ist jetzt ${gradeLabel(grade)}, in der vorigen Fassung war sie ` +
        `${gradeLabel(overallBefore)}. ${bindingNote}`,
      path: 'overallGrade',
      sentenceId: 'performance.summary',
    });
  }
  return issues;
};

export const versionRules: readonly CheckRule[] = [
  closingRemovedAfterCorrection,
  gradeWorseThanPreviousVersion,
];
