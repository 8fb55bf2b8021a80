// Change tracking (L4): recording a certificate's changed leaves in the transaction of the change (when
// the organisation has it switched on), and the history of one certificate for those who may see it.
// Other features that change certificates (the certificate editor, handovers) call
// recordCertificateChanges with the repositories of their own transaction.
import { decodeCursor, encodeCursor } from '../../app/api/cursor.js';
import type { CertificateChangesTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import {
  getVisibleCertificateOrThrow,
  type Actor,
  type CertificateRepositories,
} from '../certificates/certificates.usecases.js';
import {
  diffCertificate,
  toStoredValue,
  type CertificateSnapshot,
  type ChangeActor,
} from './change-tracking.models.js';
import type { ChangeTrackingRepository } from './change-tracking.repository.js';

export interface ChangeTrackingRepositories {
  changeTracking: ChangeTrackingRepository;
}

/**
 * Records every changed leaf between `before` and `after` as one entry each, if the organisation has
 * change tracking switched on (read in the same transaction); returns how many entries were written
 * (0 when it is off or nothing changed). Call it inside the transaction of the change, after the
 * change succeeded, so that both commit or neither does.
 */
export async function recordCertificateChanges(
  repositories: ChangeTrackingRepositories,
  {
    organizationId,
    certificateId,
    actor,
    before,
    after,
    at,
  }: {
    organizationId: string;
    certificateId: string;
    actor: ChangeActor;
    before: CertificateSnapshot;
    after: CertificateSnapshot;
    at: Date;
  },
): Promise<number> {
  if (!(await repositories.changeTracking.isChangeTrackingOn({ organizationId }))) return 0;
  const changedAt = at.toISOString();
  const rows: CertificateChangesTable[] = diffCertificate(before, after).map((change) => ({
    id: createId('chg'),
    organization_id: organizationId,
    certificate_id: certificateId,
    changed_at: changedAt,
    actor_type: actor.type,
    actor_user_id: actor.type === 'user' ? actor.userId : null,
    actor_handover_id: actor.type === 'handover' ? actor.handoverId : null,
    actor_name: actor.name,
    path: change.path,
    before_json: toStoredValue(change.before),
    after_json: toStoredValue(change.after),
  }));
  await repositories.changeTracking.insertChanges({ changes: rows });
  return rows.length;
}

/** The name of the signed-in user as the history shows it („First Last“), or '' if unknown. */
export async function userNameOf(
  repositories: ChangeTrackingRepositories,
  { organizationId, userId }: { organizationId: string; userId: string | null },
): Promise<string> {
  if (userId === null) return '';
  const names = await repositories.changeTracking.getUserNames({ organizationId, userIds: [userId] });
  return names.get(userId) ?? '';
}

export type ChangeHistoryRepositories = CertificateRepositories & ChangeTrackingRepositories;

export interface ChangeHistoryDependencies {
  inTransaction: TransactionRunner<ChangeHistoryRepositories>;
}

const historyOrder = 'changedAt:desc';

/**
 * One page of a certificate's changes, newest first, for a user who may see the certificate (404
 * otherwise, as for the certificate itself), with the names of the users in its status history and
 * whether changes are being recorded now (so that a reader knows why there are none).
 */
export async function listCertificateChanges({
  actor,
  certificateId,
  query,
  inTransaction,
}: {
  actor: Actor;
  certificateId: string;
  query: { limit: number; cursor?: string | undefined };
} & ChangeHistoryDependencies): Promise<{
  changes: CertificateChangesTable[];
  nextCursor: string | null;
  userNames: Record<string, string>;
  changeTracking: boolean;
}> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, historyOrder);
  return inTransaction(async (repositories) => {
    const certificate = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    const scope = { organizationId: actor.organizationId, certificateId: certificate.id };
    const rows = await repositories.changeTracking.listChanges({
      ...scope,
      ...(after ? { after } : {}),
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ order: historyOrder, key: last.changed_at, id: last.id })
        : null;
    const statusChanges = await repositories.certificates.listStatusChanges(scope);
    const names = await repositories.changeTracking.getUserNames({
      organizationId: actor.organizationId,
      userIds: statusChanges.flatMap((change) => (change.changed_by ? [change.changed_by] : [])),
    });
    const changeTracking = await repositories.changeTracking.isChangeTrackingOn({
      organizationId: actor.organizationId,
    });
    return { changes: page, nextCursor, userNames: Object.fromEntries(names), changeTracking };
  });
}
