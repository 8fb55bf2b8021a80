// Pure helpers of the certificates: the content snapshot built from the employee and company records,
// the name key, the download file name, and the formatters that decide what leaves the server.
import type { CertificateInputDraft, CertificateInput } from '@zeugnisdesk/shared';
import type {
  CertificateStatusChangesTable,
  CertificatesTable,
  CertificateVersionsTable,
  CompaniesTable,
  EmployeesTable,
} from '../../app/database/database.types.js';
import { toEmployeeNameKey } from '../employees/employees.models.js';
import type { CertificateOptions, CreateCertificateInput } from './certificates.schemas.js';

/** A signer as it goes into the content, and the employee behind it, if any. */
export interface ResolvedSigner {
  name: string;
  function: string | null;
  employeeId: string | null;
}

export function fullName(employee: Pick<EmployeesTable, 'title' | 'first_name' | 'last_name'>): string {
  return [employee.title, employee.first_name, employee.last_name].filter(Boolean).join(' ');
}

/**
 * The content as the employee and company records say it today: a snapshot, so that later changes to
 * the records do not change the certificate. The result is a draft; the caller validates it.
 */
export function buildContentSnapshot({
  employee,
  company,
  organizationName,
  input,
  signers,
  today,
}: {
  employee: EmployeesTable;
  company: CompaniesTable | undefined;
  /** The employer when the employee belongs to no company. */
  organizationName: string;
  input: CreateCertificateInput;
  signers: ResolvedSigner[];
  today: string;
}): CertificateInputDraft {
  const isInterim = input.kind === 'interim';
  const address = company
    ? { street: company.street, postalCode: company.postal_code, city: company.city }
    : null;
  return {
    kind: input.kind ?? 'final',
    form: input.form ?? 'qualified',
    issueDate: input.issueDate ?? today,
    // An empty place fails validation with a clear path; the caller can then give `place`.
    place: input.place ?? company?.city ?? '',
    employer: {
      name: company?.name ?? organizationName,
      description: company?.description ?? null,
      address,
    },
    employee: {
      gender: employee.gender,
      title: employee.title,
      firstName: employee.first_name,
      lastName: employee.last_name,
      birthDate: employee.birth_date,
      birthPlace: employee.birth_place,
    },
    employment: {
      startDate: employee.entry_date,
      endDate: isInterim ? null : employee.exit_date,
      jobTitle: employee.job_title ?? '',
      jobProfile: employee.job_profile,
      exitReason: isInterim ? null : (input.exitReason ?? null),
      interimReason: isInterim ? (input.interimReason ?? null) : null,
    },
    signatures: signers.map((signer) => ({ name: signer.name, function: signer.function ?? '' })),
  };
}

export function toCertificateNameKey(content: CertificateInput): string {
  return toEmployeeNameKey(content.employee);
}

export function parseContent(json: string): CertificateInput {
  return JSON.parse(json) as CertificateInput;
}

export function parseOptions(json: string): CertificateOptions {
  return JSON.parse(json) as CertificateOptions;
}

const transliterations: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};

/**
 * The download name in two forms for Content-Disposition: `ascii` for `filename=` (letters, digits,
 * dots, hyphens only: no quotes, slashes or control characters can reach the header or a path) and
 * `utf8` for `filename*=` (RFC 5987), with the umlauts kept but path and quote characters replaced.
 */
export function toDownloadFileName(base: string, extension: string): { ascii: string; utf8: string } {
  const unicode = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}/\\"'*:<>?|;%]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const ascii = unicode
    .replace(/[äöüÄÖÜß]/g, (character) => transliterations[character] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return {
    ascii: `${ascii.slice(0, 120) || 'Zeugnis'}.${extension}`,
    utf8: `${unicode.slice(0, 120) || 'Zeugnis'}.${extension}`,
  };
}

export function contentDisposition(name: { ascii: string; utf8: string }): string {
  const encoded = encodeURIComponent(name.utf8).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}

export function formatCertificateSummaryForApi(row: CertificatesTable) {
  const content = parseContent(row.content_json);
  return {
    id: row.id,
    employeeId: row.employee_id,
    companyId: row.company_id,
    employeeName: [content.employee.firstName, content.employee.lastName].join(' '),
    kind: row.kind,
    form: row.form,
    status: row.status,
    isPrivate: row.is_private === 1,
    revision: row.revision,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function formatStatusChangeForApi(row: CertificateStatusChangesTable) {
  return {
    from: row.from_status,
    to: row.to_status,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    comment: row.comment,
  };
}

export function formatVersionSummaryForApi(row: CertificateVersionsTable) {
  return { id: row.id, number: row.number, issuedAt: row.issued_at, issuedBy: row.issued_by };
}

/** LIKE patterns: the search words are plain text, so LIKE's wildcards and its escape are escaped. */
export function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (character) => `\\${character}`);
}
