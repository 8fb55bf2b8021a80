// The data of the overview: exact counts from the server (scope and privacy applied there), the most
// recently changed certificates from the newest page, and who leaves soon without a final certificate.
import { mapWithConcurrency } from '../../app/concurrency';
import { countCertificates, listCertificates } from '../certificates/certificates.api';
import type { CertificateSummary } from '../certificates/certificates.types';
import { listEmployees } from '../employees/employees.api';
import type { Employee } from '../employees/employees.types';
import {
  addDays,
  countsFromStatuses,
  employeesLeavingWithin,
  needsFinalCertificate,
  recentCertificates,
  type CertificateCounts,
} from './overview.models';

const pageSize = 100;
const maxEmployeePages = 5;
/** Parallel certificate look-ups for the leaving employees (a browser opens about six connections anyway). */
const lookupConcurrency = 4;

export interface CertificateOverview {
  counts: CertificateCounts;
  recent: CertificateSummary[];
}

export async function fetchCertificateOverview(signal?: AbortSignal): Promise<CertificateOverview> {
  const [counts, newest] = await Promise.all([
    countCertificates(signal),
    listCertificates({ limit: pageSize }, signal),
  ]);
  return {
    counts: countsFromStatuses(counts.byStatus),
    recent: recentCertificates(newest.items, 5),
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
