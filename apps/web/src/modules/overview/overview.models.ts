// The figures of the overview, computed from the certificate and employee lists: certificates by
// status, the most recently changed ones, and who leaves within the next days without a final
// certificate. Dates are calendar dates (YYYY-MM-DD); „today“ comes in as input.
import type { CertificateSummary } from '../certificates/certificates.types';
import type { Employee } from '../employees/employees.types';

export interface CertificateCounts {
  draft: number;
  /** „In Prüfung“: submitted for review, and reviewed but not yet approved. */
  inReview: number;
  approved: number;
  issued: number;
}

/** The overview's four figures from the server's counts by status. */
export function countsFromStatuses(byStatus: Readonly<Record<string, number>>): CertificateCounts {
  const of = (status: string) => byStatus[status] ?? 0;
  return {
    draft: of('draft'),
    inReview: of('in_review') + of('reviewed'),
    approved: of('approved'),
    issued: of('issued'),
  };
}

/** The `count` most recently changed certificates, newest first (archived ones are done and left out). */
export function recentCertificates(
  certificates: readonly CertificateSummary[],
  count: number,
): CertificateSummary[] {
  return certificates
    .filter((certificate) => certificate.status !== 'archived')
    .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, count);
}

/** The calendar date of `date` in the browser's time zone, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

const dayMs = 24 * 60 * 60 * 1000;

/** `isoDate` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Employees whose last day is from today to `days` days ahead, soonest first. */
export function employeesLeavingWithin(
  employees: readonly Employee[],
  today: string,
  days: number,
): Employee[] {
  const until = addDays(today, days);
  return employees
    .filter(
      (employee) => employee.exitDate !== null && employee.exitDate >= today && employee.exitDate <= until,
    )
    .toSorted(
      (a, b) => (a.exitDate ?? '').localeCompare(b.exitDate ?? '') || a.lastName.localeCompare(b.lastName),
    );
}

/**
 * Whether a leaving employee still needs their certificate: none of theirs is a final (or
 * apprenticeship) certificate, whatever its status — a draft means the work has begun. Interim
 * certificates do not count.
 */
export function needsFinalCertificate(certificatesOfEmployee: readonly CertificateSummary[]): boolean {
  return !certificatesOfEmployee.some((certificate) => certificate.kind !== 'interim');
}
