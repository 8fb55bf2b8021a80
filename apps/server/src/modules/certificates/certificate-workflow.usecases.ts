// The certificate workflow (C14): status transitions by the policy table, and issued versions. Every
// status change is recorded with user and time in the transaction that makes it.
import type { CertificateIssue } from '@zeugnisdesk/engine';
import type {
  CertificatesTable,
  CertificateStatus,
  CertificateVersionsTable,
} from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import type { OutboundMessage } from '../delivery/delivery.types.js';
import type { EmailTemplatesRepository } from '../email-templates/email-templates.repository.js';
import { renderMail } from '../email-templates/email-templates.usecases.js';
import type { UsersRepository } from '../users/users.repository.js';
import { parseContent, parseOptions } from './certificates.models.js';
import { allowedTransitions, canIssueVersion, canTransition } from './certificates.policies.js';
import {
  composeAndCheck,
  getVisibleCertificateOrThrow,
  loadDetails,
  revisionConflict,
  statusChange,
  type Actor,
  type CertificateRepositories,
  type CertificateDependencies,
  type CertificateDetails,
} from './certificates.usecases.js';

export async function transitionCertificate({
  actor,
  certificateId,
  to,
  comment,
  inTransaction,
  now,
}: {
  actor: Actor;
  certificateId: string;
  to: CertificateStatus;
  comment: string | null;
} & CertificateDependencies): Promise<CertificateDetails> {
  const timestamp = now().toISOString();
  return inTransaction(async (repositories) => {
    const existing = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    if (!canTransition(existing.status, to)) {
      const allowed = allowedTransitions[existing.status];
      throw new AppError(
        'certificate.transition_not_allowed',
        `A certificate in status ${existing.status} cannot move to ${to}; ` +
          (allowed.length > 0 ? `it can move to ${allowed.join(' or ')}.` : 'it can no longer move.'),
      );
    }
    const updated = await repositories.certificates.updateCertificate({
      organizationId: actor.organizationId,
      certificateId,
      revision: existing.revision,
      changes: { status: to, updated_at: timestamp },
    });
    if (!updated) {
      throw await revisionConflict(repositories, actor.organizationId, certificateId, existing.revision);
    }
    await repositories.certificates.insertStatusChange({
      change: statusChange(updated, {
        from: existing.status,
        to,
        userId: actor.userId,
        at: timestamp,
        comment,
      }),
    });
    return loadDetails(repositories, updated);
  });
}

/**
 * Issues a version: the composed text and the content as they are now, numbered, never changed again.
 * The first version of an approved certificate moves it to `issued` (recorded in the history). The
 * check runs against the previous version, so that a correction that drops a granted closing shows up.
 */
/** What issuing needs besides the certificates: it tells the certificate's author by e-mail. */
export interface IssueRepositories extends CertificateRepositories {
  users: Pick<UsersRepository, 'getUser'>;
  emailTemplates: EmailTemplatesRepository;
  outbox: { enqueue: (message: OutboundMessage) => Promise<unknown> };
}

export async function issueVersion({
  actor,
  certificateId,
  inTransaction,
  now,
  publicUrl,
}: {
  actor: Actor;
  certificateId: string;
  inTransaction: TransactionRunner<IssueRepositories>;
  now: () => Date;
  /** Where users reach the application (the link in the e-mail); without it nobody is told (first start). */
  publicUrl?: string;
}): Promise<{
  version: CertificateVersionsTable;
  issues: CertificateIssue[];
}> {
  const timestamp = now().toISOString();
  return inTransaction(async (repositories) => {
    const existing = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    if (!canIssueVersion(existing.status)) {
      throw new AppError(
        'certificate.not_issuable',
        `A certificate in status ${existing.status} cannot be issued; approve it first.`,
      );
    }
    const scope = { organizationId: actor.organizationId, certificateId };
    const previous = (await repositories.certificates.listVersions(scope)).at(-1);
    const content = parseContent(existing.content_json);
    const { text, issues } = composeAndCheck(
      content,
      parseOptions(existing.options_json),
      previous ? parseContent(previous.content_json) : undefined,
    );
    const version: CertificateVersionsTable = {
      id: createId('crv'),
      organization_id: actor.organizationId,
      certificate_id: certificateId,
      number: (previous?.number ?? 0) + 1,
      content_json: existing.content_json,
      text,
      issued_at: timestamp,
      issued_by: actor.userId,
    };
    await repositories.certificates.insertVersion({ version });
    const updated = await repositories.certificates.updateCertificate({
      ...scope,
      revision: existing.revision,
      changes: { ...(existing.status === 'approved' ? { status: 'issued' } : {}), updated_at: timestamp },
    });
    if (!updated) {
      throw await revisionConflict(repositories, actor.organizationId, certificateId, existing.revision);
    }
    if (existing.status === 'approved') {
      await repositories.certificates.insertStatusChange({
        change: statusChange(updated, {
          from: 'approved',
          to: 'issued',
          userId: actor.userId,
          at: timestamp,
          comment: `version ${version.number}`,
        }),
      });
    }
    if (publicUrl !== undefined) {
      await tellAuthor(repositories, { certificate: existing, actor, version: version.number, publicUrl });
    }
    return { version, issues };
  });
}

/**
 * „Zeugnis ausgestellt“ to the user who wrote the certificate, when someone else issued it (in the
 * transaction of the issue, through the outbox). Nobody is told about what they did themselves.
 */
async function tellAuthor(
  repositories: IssueRepositories,
  {
    certificate,
    actor,
    version,
    publicUrl,
  }: { certificate: CertificatesTable; actor: Actor; version: number; publicUrl: string },
): Promise<void> {
  const authorId = certificate.created_by;
  if (!authorId || authorId === actor.userId) return;
  const { organizationId } = actor;
  const author = await repositories.users.getUser({ organizationId, userId: authorId });
  if (!author || author.status !== 'active') return;
  const { employee } = parseContent(certificate.content_json);
  const mail = await renderMail(repositories, {
    organizationId,
    key: 'certificate_issued',
    language: 'de',
    values: {
      'employee.name': `${employee.firstName} ${employee.lastName}`,
      version: String(version),
      link: `${publicUrl}/zeugnisse/${encodeURIComponent(certificate.id)}`,
    },
  });
  await repositories.outbox.enqueue({ organizationId, channel: 'email', to: author.email, ...mail });
}
