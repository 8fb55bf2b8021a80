// Grade arithmetic: the overall grade the summary formula expresses.
import type { CertificateInput, Grade, PerformanceCategory } from '@zeugnisdesk/shared';
import { performanceCategories } from '@zeugnisdesk/shared';

/** Performance categories assessed for this input, in certificate order. */
export function assessedPerformanceCategories(input: CertificateInput): PerformanceCategory[] {
  return performanceCategories.filter((category) => {
    if (category === 'leadership' && (!input.employment.isManager || input.kind === 'apprenticeship'))
      return false;
    return input.ratings[category] !== null;
  });
}

/**
 * The mean of the rated performance categories, rounded; an exact half rounds to the better grade
 * (benevolence: the certificate must not needlessly hinder the employee, domain guide §1.2).
 */
export function deriveOverallGrade(input: CertificateInput): Grade | null {
  const grades = assessedPerformanceCategories(input).map((category) => input.ratings[category] as number);
  if (grades.length === 0) return null;
  const mean = grades.reduce((sum, grade) => sum + grade, 0) / grades.length;
  return Math.min(5, Math.max(1, Math.ceil(mean - 0.5))) as Grade;
}

export function overallGrade(input: CertificateInput): Grade | null {
  if (input.form === 'simple') return null;
  return (input.overallGrade as Grade | null | undefined) ?? deriveOverallGrade(input);
}
