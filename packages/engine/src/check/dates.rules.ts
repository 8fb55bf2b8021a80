// Dates that contradict each other or the conventions of domain guide §1.3 (issue date = end date).
import type { CertificateIssue } from '../model/issue.types.js';
import { formatGermanDate as german } from '../format/dates.js';
import type { CheckRule } from './check.types.js';
import { addMonths, nextDay, wholeMonthsBetween } from './iso-dates.js';

/** A position that starts before the employment, ends after it, or lies after the issue date. */
export const positionOutsideEmployment: CheckRule = ({ input }) => {
  const { startDate, endDate } = input.employment;
  return input.positions.flatMap((position, index): CertificateIssue[] => {
    const last = position.to ?? position.from;
    const path = `positions.${index}`;
    if (position.from < startDate || (endDate && last > endDate)) {
      const period = endDate ? `${german(startDate)} bis ${german(endDate)}` : `ab ${german(startDate)}`;
      return [
        {
          code: 'dates.position_outside_employment',
          severity: 'error',
          message: `Die Station „${position.jobTitle}“ liegt nicht vollständig im Beschäftigungszeitraum (${period}). Bitte prüfen Sie die Daten.`,
          path,
        },
      ];
    }
    const after = position.from > input.issueDate || (input.kind === 'interim' && last > input.issueDate);
    if (!after) return [];
    return [
      {
        code: 'dates.position_after_issue',
        severity: 'error',
        message: `Die Station „${position.jobTitle}“ reicht über das Ausstellungsdatum (${german(input.issueDate)}) hinaus. Ein Zeugnis kann nur beschreiben, was bis zu seiner Ausstellung geschehen ist.`,
        path,
      },
    ];
  });
};

/** Two positions whose periods overlap (a shared boundary day is fine). */
export const positionsOverlap: CheckRule = ({ input }) => {
  const ordered = input.positions
    .map((position, index) => ({ position, index }))
    .sort((a, b) => (a.position.from < b.position.from ? -1 : a.position.from > b.position.from ? 1 : 0));
  return ordered.slice(1).flatMap(({ position, index }, offset): CertificateIssue[] => {
    const previous = ordered[offset] as (typeof ordered)[number];
    const previousEnd = previous.position.to;
    if (previousEnd !== null && previousEnd !== undefined && position.from >= previousEnd) return [];
    return [
      {
        code: 'dates.positions_overlap',
        severity: 'warning',
        message: `Die Stationen „${previous.position.jobTitle}“ und „${position.jobTitle}“ überschneiden sich zeitlich. Falls beide Funktionen parallel ausgeübt wurden, ist das in Ordnung; sonst prüfen Sie bitte die Daten.`,
        path: `positions.${index}.from`,
      },
    ];
  });
};

/** A final or apprenticeship certificate dated before the last day. */
export const issuedBeforeEnd: CheckRule = ({ input }) => {
  const { endDate } = input.employment;
  if (input.kind === 'interim' || !endDate || input.issueDate >= endDate) return [];
  return [
    {
      code: 'dates.issued_before_end',
      severity: 'warning',
      message: `Das Ausstellungsdatum (${german(input.issueDate)}) liegt vor dem Ende des ${input.kind === 'apprenticeship' ? 'Ausbildungsverhältnisses' : 'Arbeitsverhältnisses'} (${german(endDate)}). Das passt zu einem vorläufigen Zeugnis; ein Endzeugnis trägt in der Regel das Datum des letzten Tages. Bitte bezeichnen Sie ein vorläufiges Zeugnis als solches oder passen Sie das Datum an.`,
      path: 'issueDate',
    },
  ];
};

/** Issued more than three months after the end: the date is usually the legal end date. */
export const issuedLongAfterEnd: CheckRule = ({ input }) => {
  const { endDate } = input.employment;
  if (!endDate || input.issueDate <= addMonths(endDate, 3)) return [];
  return [
    {
      code: 'dates.issued_long_after_end',
      severity: 'info',
      message: `Das Ausstellungsdatum (${german(input.issueDate)}) liegt mehr als drei Monate nach dem Ende (${german(endDate)}). Üblich ist das Datum des rechtlichen Endes; ein deutlich späteres Datum kann auf einen Streit über das Zeugnis hindeuten.`,
      path: 'issueDate',
    },
  ];
};

/** Younger than 15 at the start (Jugendarbeitsschutzgesetz): most likely a typing error. */
export const employeeTooYoung: CheckRule = ({ input }) => {
  const { birthDate } = input.employee;
  if (!birthDate || input.employment.startDate >= addMonths(birthDate, 15 * 12)) return [];
  return [
    {
      code: 'dates.employee_too_young',
      severity: 'warning',
      message: `Nach den Angaben war die Person zu Beginn (${german(input.employment.startDate)}) jünger als 15 Jahre. Bitte prüfen Sie das Geburtsdatum und das Eintrittsdatum.`,
      path: 'employee.birthDate',
    },
  ];
};

/** A completed apprenticeship shorter than 12 months, or any longer than 48. */
export const apprenticeshipDuration: CheckRule = ({ input }) => {
  const { startDate, endDate, exitReason } = input.employment;
  if (input.kind !== 'apprenticeship' || !endDate) return [];
  const end = nextDay(endDate);
  const completed = exitReason === 'apprenticeship_completed' || exitReason === 'apprenticeship_taken_over';
  const tooShort = completed && end < addMonths(startDate, 12);
  const tooLong = end > addMonths(startDate, 48);
  if (!tooShort && !tooLong) return [];
  const months = wholeMonthsBetween(startDate, end);
  return [
    {
      code: 'dates.apprenticeship_duration',
      severity: 'warning',
      message: `Die Ausbildung dauerte nach den Angaben ${months} Monate. Üblich sind 24 bis 42 Monate, mit Verkürzung oder Verlängerung 12 bis 48; bitte prüfen Sie Beginn und Ende.`,
      path: 'employment.endDate',
    },
  ];
};

export const dateRules: readonly CheckRule[] = [
  positionOutsideEmployment,
  positionsOverlap,
  issuedBeforeEnd,
  issuedLongAfterEnd,
  employeeTooYoung,
  apprenticeshipDuration,
];
