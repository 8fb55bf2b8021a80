// Certificates (C1, D1, U8): list, create (from the employee record or from complete content), read with
// the composed text and the consistency check, change under optimistic concurrency, delete. The workflow
// (C14) is in certificate-workflow.usecases.ts, the documents in certificate-documents.usecases.ts.
import { checkCertificate, composeCertificate, type CertificateIssue } from '@zeugnisdesk/engine';
import { certificateInputSchema, type CertificateInput } from '@zeugnisdesk/shared';
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import type {
  CertificateStatus,
  CertificateStatusChangesTable,
  CertificatesTable,
  CertificateVersionsTable,
} from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError, createValidationError, type ValidationIssue } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import type { EmployeesRepository } from '../employees/employees.repository.js';
import { toSearchWords } from '../employees/employees.models.js';
import type { OrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import {
  buildContentSnapshot,
  fullName,
  parseContent,
  parseOptions,
  toCertificateNameKey,
  type ResolvedSigner,
} from './certificates.models.js';
import { isInScope } from '../access/access.policies.js';
import type { CertificateScope } from '../access/access.models.js';
import {
  canEditCertificate,
  canSeeCertificate,
  certificateStatuses,
  scopeAttributesOf,
} from './certificates.policies.js';
import type { CertificatesRepository } from './certificates.repository.js';
import { snapshotOfRow } from '../change-tracking/change-tracking.models.js';
import type { ChangeTrackingRepository } from '../change-tracking/change-tracking.repository.js';
import { recordCertificateChanges, userNameOf } from '../change-tracking/change-tracking.usecases.js';
import type {
  CertificateOptions,
  CreateCertificateInput,
  ListCertificatesQuery,
  SignerInput,
  UpdateCertificateInput,
} from './certificates.schemas.js';

export interface CertificateRepositories {
  certificates: CertificatesRepository;
  employees: EmployeesRepository;
  structure: OrganizationStructureRepository;
  /** Change tracking (L4): updates record their changes through it. */
  changeTracking: ChangeTrackingRepository;
}

export interface CertificateDependencies {
  inTransaction: TransactionRunner<CertificateRepositories>;
  now: () => Date;
}

/** Who acts, for which organisation (from the request context). */
export interface Actor {
  organizationId: string;
  userId: string | null;
  /** U7: the user's certificate scope („Administrator“ sees all, private ones included). */
  scope: CertificateScope;
}

export interface CertificateDetails {
  certificate: CertificatesTable;
  content: CertificateInput;
  options: CertificateOptions;
  history: CertificateStatusChangesTable[];
  versions: CertificateVersionsTable[];
  text: string;
  issues: CertificateIssue[];
}

const listOrder = 'createdAt:desc';

function certificateNotFound(certificateId: string): AppError {
  return new AppError('certificate.not_found', `There is no certificate ${certificateId}.`);
}

function employeeNotFound(employeeId: string): AppError {
  return new AppError('employee.not_found', `There is no employee ${employeeId}.`);
}

/** The certificate if it exists in the organisation and the user may see it (U8); else not found. */
export async function getVisibleCertificateOrThrow(
  repositories: CertificateRepositories,
  actor: Actor,
  certificateId: string,
): Promise<CertificatesTable> {
  const { organizationId } = actor;
  const certificate = await repositories.certificates.getCertificate({ organizationId, certificateId });
  if (!certificate) throw certificateNotFound(certificateId);
  const employee = actor.scope.all
    ? undefined
    : await repositories.employees.getEmployee({ organizationId, employeeId: certificate.employee_id });
  if (!canSeeCertificate(certificate, employee, actor)) throw certificateNotFound(certificateId);
  return certificate;
}

/** Composes the content with the options, and checks it against the last issued version. */
export function composeAndCheck(
  content: CertificateInput,
  options: CertificateOptions,
  previousVersion: CertificateInput | undefined,
) {
  const composed = composeCertificate(content, options);
  const issues = checkCertificate(content, composed.document, previousVersion ? { previousVersion } : {});
  return { document: composed.document, text: composed.text, issues };
}

export async function loadDetails(
  repositories: CertificateRepositories,
  certificate: CertificatesTable,
): Promise<CertificateDetails> {
  const scope = { organizationId: certificate.organization_id, certificateId: certificate.id };
  const history = await repositories.certificates.listStatusChanges(scope);
  const versions = await repositories.certificates.listVersions(scope);
  const content = parseContent(certificate.content_json);
  const options = parseOptions(certificate.options_json);
  const last = versions.at(-1);
  const { text, issues } = composeAndCheck(
    content,
    options,
    last ? parseContent(last.content_json) : undefined,
  );
  return { certificate, content, options, history, versions, text, issues };
}

export function statusChange(
  certificate: CertificatesTable,
  {
    from,
    to,
    userId,
    at,
    comment,
  }: {
    from: CertificateStatus | null;
    to: CertificateStatus;
    userId: string | null;
    at: string;
    comment: string | null;
  },
): CertificateStatusChangesTable {
  return {
    id: createId('csc'),
    organization_id: certificate.organization_id,
    certificate_id: certificate.id,
    from_status: from,
    to_status: to,
    changed_by: userId,
    changed_at: at,
    comment,
    revision: certificate.revision,
  };
}

/** A change based on a revision that is no longer current: 409 with what to do, or 404 if it is gone. */
export async function revisionConflict(
  { certificates }: CertificateRepositories,
  organizationId: string,
  certificateId: string,
  revision: number,
): Promise<AppError> {
  const current = await certificates.getCertificate({ organizationId, certificateId });
  if (!current) return certificateNotFound(certificateId);
  return new AppError(
    'certificate.revision_conflict',
    `The certificate was changed by someone else after revision ${revision} (it is now at revision ` +
      `${current.revision}); reload it, apply your change again and send it with the new revision.`,
  );
}

async function resolveSigners(
  { employees }: CertificateRepositories,
  organizationId: string,
  signers: SignerInput[],
): Promise<ResolvedSigner[]> {
  const issues: ValidationIssue[] = [];
  const resolved: ResolvedSigner[] = [];
  for (const [index, signer] of signers.entries()) {
    if (signer.employeeId === undefined) {
      resolved.push({ name: signer.name ?? '', function: signer.function ?? null, employeeId: null });
      continue;
    }
    const employee = await employees.getEmployee({ organizationId, employeeId: signer.employeeId });
    if (!employee) throw employeeNotFound(signer.employeeId);
    const role = signer.function ?? employee.job_title;
    if (role === null) {
      issues.push({
        path: `signers.${index}.function`,
        message: 'is required: the employee record of this signer has no job title',
      });
    }
    resolved.push({ name: fullName(employee), function: role, employeeId: employee.id });
  }
  if (issues.length > 0) throw createValidationError(issues);
  return resolved;
}

export async function listCertificates({
  actor,
  query,
  inTransaction,
}: { actor: Actor; query: ListCertificatesQuery } & CertificateDependencies): Promise<{
  certificates: CertificatesTable[];
  nextCursor: string | null;
}> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, listOrder);
  return inTransaction(async ({ certificates, employees }) => {
    if (
      query.employeeId &&
      !(await employees.getEmployee({ organizationId: actor.organizationId, employeeId: query.employeeId }))
    ) {
      throw employeeNotFound(query.employeeId);
    }
    const rows = await certificates.listCertificates({
      organizationId: actor.organizationId,
      filters: {
        ...(query.status ? { status: query.status } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.employeeId ? { employeeId: query.employeeId } : {}),
        words: toSearchWords(query.search),
        viewer: actor,
      },
      ...(after ? { after } : {}),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ order: listOrder, key: last.created_at, id: last.id })
        : null;
    return { certificates: page, nextCursor };
  });
}

/** The certificates the actor may see, counted by status (every status, zero included). */
export async function countCertificates({
  actor,
  inTransaction,
}: { actor: Actor } & Pick<CertificateDependencies, 'inTransaction'>) {
  const rows = await inTransaction(({ certificates }) =>
    certificates.countByStatus({ organizationId: actor.organizationId, viewer: actor }),
  );
  const byStatus = Object.fromEntries(certificateStatuses.map((status) => [status, 0])) as Record<
    CertificateStatus,
    number
  >;
  for (const { status, count } of rows) byStatus[status] = count;
  return { byStatus, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

export async function createCertificate({
  actor,
  input,
  inTransaction,
  now,
}: { actor: Actor; input: CreateCertificateInput } & CertificateDependencies): Promise<CertificateDetails> {
  const { organizationId, userId } = actor;
  const timestamp = now().toISOString();
  return inTransaction(async (repositories) => {
    const employee = await repositories.employees.getEmployee({
      organizationId,
      employeeId: input.employeeId,
    });
    // Out of scope is as good as absent (U7): no certificate for someone the user may not see.
    if (!employee || !isInScope(actor.scope, scopeAttributesOf(employee)))
      throw employeeNotFound(input.employeeId);
    const company = employee.company_id
      ? await repositories.structure.getCompany({ organizationId, companyId: employee.company_id })
      : undefined;
    let content = input.content;
    let signerEmployeeIds: string[] = [];
    if (content === undefined) {
      const signers = await resolveSigners(repositories, organizationId, input.signers ?? []);
      signerEmployeeIds = signers.flatMap((signer) => (signer.employeeId ? [signer.employeeId] : []));
      const organizationName = company
        ? company.name
        : ((await repositories.certificates.getOrganizationName({ organizationId })) ?? '');
      const draft = buildContentSnapshot({
        employee,
        company,
        organizationName,
        input,
        signers,
        today: timestamp.slice(0, 10),
      });
      const parsed = certificateInputSchema.safeParse(draft);
      if (!parsed.success) {
        // Named by the content field the snapshot fills, so the record or the request can be completed.
        throw createValidationError(
          parsed.error.issues.map((issue) => ({
            path: ['content', ...issue.path.map(String)].join('.'),
            message: issue.message,
          })),
        );
      }
      content = parsed.data;
    }
    const certificate: CertificatesTable = {
      id: createId('crt'),
      organization_id: organizationId,
      employee_id: employee.id,
      company_id: employee.company_id,
      kind: content.kind,
      form: content.form,
      status: 'draft',
      is_private: input.isPrivate ? 1 : 0,
      name_key: toCertificateNameKey(content),
      content_json: JSON.stringify(content),
      options_json: JSON.stringify(input.options ?? { variants: {}, overrides: {} }),
      created_by: userId,
      created_at: timestamp,
      updated_at: timestamp,
      revision: 1,
    };
    await repositories.certificates.insertCertificate({ certificate, signerEmployeeIds });
    await repositories.certificates.insertStatusChange({
      change: statusChange(certificate, { from: null, to: 'draft', userId, at: timestamp, comment: null }),
    });
    return loadDetails(repositories, certificate);
  });
}

export async function getCertificateOrThrow({
  actor,
  certificateId,
  inTransaction,
}: { actor: Actor; certificateId: string } & CertificateDependencies): Promise<CertificateDetails> {
  return inTransaction(async (repositories) =>
    loadDetails(repositories, await getVisibleCertificateOrThrow(repositories, actor, certificateId)),
  );
}

export async function updateCertificate({
  actor,
  certificateId,
  input,
  inTransaction,
  now,
}: {
  actor: Actor;
  certificateId: string;
  input: UpdateCertificateInput;
} & CertificateDependencies): Promise<CertificateDetails> {
  return inTransaction(async (repositories) => {
    const existing = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    if (!canEditCertificate(existing.status)) {
      throw new AppError(
        'certificate.archived',
        `The certificate ${certificateId} is archived and can no longer be changed.`,
      );
    }
    const { content, options } = input;
    const at = now();
    const updated = await repositories.certificates.updateCertificate({
      organizationId: actor.organizationId,
      certificateId,
      revision: input.revision,
      changes: {
        ...(content
          ? {
              content_json: JSON.stringify(content),
              kind: content.kind,
              form: content.form,
              name_key: toCertificateNameKey(content),
            }
          : {}),
        ...(options ? { options_json: JSON.stringify(options) } : {}),
        ...(input.isPrivate === undefined ? {} : { is_private: input.isPrivate ? 1 : 0 }),
        updated_at: at.toISOString(),
      },
    });
    if (!updated)
      throw await revisionConflict(repositories, actor.organizationId, certificateId, input.revision);
    // L4: in this transaction, so the change and its record commit together.
    const { organizationId, userId } = actor;
    await recordCertificateChanges(repositories, {
      organizationId,
      certificateId,
      actor: { type: 'user', userId, name: await userNameOf(repositories, { organizationId, userId }) },
      before: snapshotOfRow(existing),
      after: snapshotOfRow(updated),
      at,
    });
    return loadDetails(repositories, updated);
  });
}

export async function deleteCertificate({
  actor,
  certificateId,
  inTransaction,
}: { actor: Actor; certificateId: string } & CertificateDependencies): Promise<void> {
  await inTransaction(async (repositories) => {
    await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    const isDeleted = await repositories.certificates.deleteCertificate({
      organizationId: actor.organizationId,
      certificateId,
    });
    if (!isDeleted) throw certificateNotFound(certificateId);
  });
}
