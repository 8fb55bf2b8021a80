// The data of the overview. The API has no count endpoint yet, so the certificates are paged through
// (at most `maxCertificatePages` pages of 100; beyond that the counts are shown as „at least“).
import { mapWithConcurrency } from '../../app/concurrency';
import { listCertificates } from '../certificates/certificates.api';
import type { CertificateSummary } from '../certificates/certificates.types';
import { listEmployees } from '../employees/employees.api';
import type { Employee } from '../employees/employees.types';
import {
  addDays,
  countCertificatesByStatus,
  employeesLeavingWithin,
  needsFinalCertificate,
  recentCertificates,
  type CertificateCounts,
} from './overview.models';

const pageSize = 100;
const maxCertificatePages = 20;
const maxEmployeePages = 5;
/** Parallel certificate look-ups for the leaving employees (a browser opens about six connections anyway). */
const lookupConcurrency = 4;

export interface CertificateOverview {
  counts: CertificateCounts;
  /** More certificates exist than were counted: the counts are lower bounds. */
  isTruncated: boolean;
  recent: CertificateSummary[];
}

export async function fetchCertificateOverview(signal?: AbortSignal): Promise<CertificateOverview> {
  const certificates: CertificateSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxCertificatePages; page++) {
    const result = await listCertificates({ limit: pageSize, cursor }, signal);
    certificates.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return {
    counts: countCertificatesByStatus(certificates),
    isTruncated: cursor !== null,
    recent: recentCertificates(certificates, 5),
  };
}

/**
 * Active employees whose last day is within `days` days from `today` and who have no final
 * certificate yet. The employees come sorted by exit date, so paging stops at the first one beyond.
 */
export async function fetchLeavingWithoutCertificate(
  { today, days }: { today: string; days: number },
  signal?: AbortSignal,
): Promise<Employee[]> {
  const until = addDays(today, days);
  const leaving: Employee[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxEmployeePages; page++) {
    const result = await listEmployees(
      { status: 'active', sort: 'exitDate', direction: 'asc', limit: pageSize, cursor },
      signal,
    );
    leaving.push(...employeesLeavingWithin(result.items, today, days));
    const last = result.items.at(-1);
    cursor = result.nextCursor;
    if (!cursor || !last?.exitDate || last.exitDate > until) break;
  }
  const checked = await mapWithConcurrency(leaving, lookupConcurrency, async (employee) => {
    const { items } = await listCertificates({ employeeId: employee.id, limit: pageSize }, signal);
    return needsFinalCertificate(items) ? employee : null;
  });
  return checked.filter((employee): employee is Employee => employee !== null);
}
