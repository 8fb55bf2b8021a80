// The certificate list's filters in the address (?suche=&status=&art=), and the new-certificate form:
// sensible defaults from the employee record, and the request body it becomes.
import { interimReasons } from '@zeugnisdesk/shared';
import type { CertificateListQuery } from './certificates.api';
import {
  certificateKinds,
  certificateStatuses,
  type CertificateKind,
  type CertificateStatus,
  type NewCertificate,
} from './certificates.types';

export interface CertificateFilters {
  search: string;
  status: CertificateStatus | '';
  kind: CertificateKind | '';
}

const pageSize = 25;

export function readCertificateFilters(params: URLSearchParams): CertificateFilters {
  const status = params.get('status') ?? '';
  const kind = params.get('art') ?? '';
  return {
    search: (params.get('suche') ?? '').slice(0, 200),
    status: (certificateStatuses as readonly string[]).includes(status) ? (status as CertificateStatus) : '',
    kind: (certificateKinds as readonly string[]).includes(kind) ? (kind as CertificateKind) : '',
  };
}

export function writeCertificateFilters(filters: CertificateFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim() !== '') params.set('suche', filters.search.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.kind) params.set('art', filters.kind);
  return params;
}

export function hasCertificateFilters(filters: CertificateFilters): boolean {
  return filters.search.trim() !== '' || filters.status !== '' || filters.kind !== '';
}

export function toCertificateListQuery(
  filters: CertificateFilters,
  cursor: string | null,
): CertificateListQuery {
  return {
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    limit: pageSize,
    ...(cursor ? { cursor } : {}),
  };
}

// New certificate -----------------------------------------------------------------------------------

export interface NewCertificateForm {
  employeeId: string;
  kind: CertificateKind;
  form: 'qualified' | 'simple';
  exitReason: string;
  interimReason: string;
  issueDate: string;
  signerName: string;
  signerFunction: string;
  isPrivate: boolean;
}

/** A final certificate for someone who leaves (or left), an interim one for someone who stays. */
export function defaultKind(employee: { exitDate: string | null } | null): CertificateKind {
  return employee?.exitDate ? 'final' : 'interim';
}

export function emptyNewCertificateForm(today: string): NewCertificateForm {
  return {
    employeeId: '',
    kind: 'final',
    form: 'qualified',
    exitReason: '',
    interimReason: interimReasons[2],
    issueDate: today,
    signerName: '',
    signerFunction: '',
    isPrivate: false,
  };
}

export type NewCertificateProblem =
  'employee' | 'signerName' | 'signerFunction' | 'issueDate' | 'interimReason';

export function checkNewCertificate(form: NewCertificateForm): NewCertificateProblem[] {
  const problems: NewCertificateProblem[] = [];
  if (!form.employeeId) problems.push('employee');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.issueDate)) problems.push('issueDate');
  if (form.signerName.trim() === '') problems.push('signerName');
  if (form.signerFunction.trim() === '') problems.push('signerFunction');
  if (form.kind === 'interim' && !form.interimReason) problems.push('interimReason');
  return problems;
}

export function toNewCertificateBody(form: NewCertificateForm): NewCertificate {
  const interim = form.kind === 'interim';
  return {
    employeeId: form.employeeId,
    kind: form.kind,
    form: form.form,
    exitReason: interim ? null : form.exitReason || null,
    interimReason: interim ? form.interimReason : null,
    issueDate: form.issueDate,
    signers: [{ name: form.signerName.trim(), function: form.signerFunction.trim() }],
    isPrivate: form.isPrivate,
  };
}
