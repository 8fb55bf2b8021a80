// Grades that contradict each other: the summary formula must follow the single ratings, and one
// outstanding sentence among average ones ("Schaufenster") reads as deliberate (domain guide §2.2).
import type { CertificateInput, PerformanceCategory } from '@zeugnisdesk/shared';
import type { CertificateIssue } from '../model/issue.types.js';
import { assessedPerformanceCategories } from '../text/compose/grades.js';
import { categoryNames, formatDecimal, gradeLabel } from '../model/labels.js';
import type { CheckRule } from './check.types.js';

interface Rated {
  category: PerformanceCategory;
  grade: number;
}

function ratedPerformance(input: CertificateInput): Rated[] {
  if (input.form === 'simple') return [];
  return assessedPerformanceCategories(input).map((category) => ({
    category,
    grade: input.ratings[category] as number,
  }));
}

const mean = (grades: readonly number[]) => grades.reduce((sum, grade) => sum + grade, 0) / grades.length;

/** An explicit overall grade more than half a grade away from the mean of the rated categories. */
export const overallGradeMismatch: CheckRule = ({ input }) => {
  const rated = ratedPerformance(input);
  const stated = input.overallGrade;
  if (stated === null || stated === undefined || rated.length === 0) return [];
  const average = mean(rated.map((entry) => entry.grade));
  if (Math.abs(stated - average) <= 0.5) return [];
  return [
    {
      code: 'grade.overall_mismatch',
      severity: 'warning',
      message:
        `Die angegebene Gesamtnote ${gradeLabel(stated)} weicht um mehr als eine halbe Note vom Durchschnitt ` +
        `der Einzelbewertungen (${formatDecimal(average)}) ab. Die Zufriedenheitsformel sollte zu den ` +
        'Einzelbewertungen passen; bitte prüfen Sie die Gesamtnote oder die Einzelnoten.',
      path: 'overallGrade',
      sentenceId: 'performance.summary',
    },
  ];
};

/** A category more than two grades away from the mean of the other rated categories. */
export const gradeOutlier: CheckRule = ({ input }) => {
  const rated = ratedPerformance(input);
  if (rated.length < 3) return [];
  return rated.flatMap(({ category, grade }): CertificateIssue[] => {
    const others = mean(rated.filter((entry) => entry.category !== category).map((entry) => entry.grade));
    if (Math.abs(grade - others) <= 2) return [];
    const direction = grade < others ? 'deutlich besser' : 'deutlich schlechter';
    return [
      {
        code: 'grade.outlier',
        severity: 'warning',
        message:
          `Die Kategorie „${categoryNames[category]}“ ist mit der Note ${gradeLabel(grade)} ${direction} ` +
          `bewertet als der ` +
          `Durchschnitt der übrigen Leistungsbewertungen (${formatDecimal(others)}). Eine einzelne ` +
          'Aussage, die so weit von den anderen abweicht, kann als bewusstes Signal gelesen werden ' +
          '(„Schaufenster“). Bitte prüfen Sie, ob die Bewertung so gemeint ist.',
        path: `ratings.${category}`,
        sentenceId: `performance.${category}`,
      },
    ];
  });
};

export const gradeRules: readonly CheckRule[] = [overallGradeMismatch, gradeOutlier];
