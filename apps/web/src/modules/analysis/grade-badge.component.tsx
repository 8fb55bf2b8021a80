// A grade as a tinted badge with its number („2“ or „2–3“) and, for screen readers, the words. The
// text stays dark on every tint (WCAG AA); the colour only helps to scan.
import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asGrade, formatGradeSpan, gradeColor, gradeSpan } from './analysis.models';
import type { GradeRange } from './analysis.types';

type Range = Pick<GradeRange, 'grade' | 'min' | 'max'>;

/** „sehr gut“, „gut bis befriedigend“; the number alone for a value without a word. */
export function useGradeWords(): (range: Range) => string {
  const { t } = useTranslation();
  const word = (value: number) => {
    const grade = asGrade(value);
    return grade ? t(`analysis.grades.${grade}`) : String(value).replace('.', ',');
  };
  return (range) => {
    const { from, to } = gradeSpan(range);
    return from === to ? word(from) : t('analysis.gradeRange', { from: word(from), to: word(to) });
  };
}

export function GradeBadge({
  range,
  size = 'md',
  withWords = false,
}: {
  range: Range;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  /** Show the words beside the number (otherwise only screen readers hear them). */
  withWords?: boolean;
}) {
  const { t } = useTranslation();
  const words = useGradeWords()(range);
  const numbers = formatGradeSpan(range);
  return (
    <Badge
      variant="light"
      color={gradeColor(range.grade)}
      c="dark.8"
      tt="none"
      fw={700}
      size={size}
      miw="max-content"
      style={{ verticalAlign: 'baseline' }}
    >
      <span aria-hidden="true">{withWords ? `${numbers} · ${words}` : numbers}</span>
      <VisuallyHidden>{`${t('analysis.grade', { grade: numbers })}: ${words}`}</VisuallyHidden>
    </Badge>
  );
}
