// Handovers (H1–H4, C14). HR hands a certificate to a person with a grant per section: the link (two
// random strings, only the secret's hash stored) is e-mailed in the transaction that creates it and
// answered once. The recipient exchanges it for a 2-hour session cookie, proves an optional one-time
// code (6 digits, 5 minutes, 5 wrong ones lock the link), reads only the granted sections, writes only
// the write-granted ones (under the certificate's revision check, recorded by change tracking), may
// download, and finishes. Every step lands on the handover's timeline (handover_events).
import { validateCertificateInput, type CertificateInput } from '@zeugnisdesk/shared';
import type {
  Db,
  HandoverEventsTable,
  HandoverEventType,
  HandoversTable,
} from '../../app/database/database.types.js';
import { createTransactionRunner, type TransactionRunner } from '../../app/database/transaction.js';
import { AppError, createValidationError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { createAuthRepository, type AuthRepository } from '../auth/auth.repository.js';
import { createToken, hashToken, secretsEqual } from '../auth/auth.services.js';
import { createSmsCode, hashSmsCode } from '../auth/second-factor-login.usecases.js';
import {
  renderCertificateDocument,
  type DocumentDependencies,
} from '../certificates/certificate-documents.usecases.js';
import { parseContent, parseOptions, toCertificateNameKey } from '../certificates/certificates.models.js';
import { canEditCertificate } from '../certificates/certificates.policies.js';
import {
  composeAndCheck,
  getVisibleCertificateOrThrow,
  revisionConflict,
  type Actor,
  type CertificateRepositories,
} from '../certificates/certificates.usecases.js';
import { snapshotOfRow } from '../change-tracking/change-tracking.models.js';
import type { ChangeTrackingRepository } from '../change-tracking/change-tracking.repository.js';
import { recordCertificateChanges } from '../change-tracking/change-tracking.usecases.js';
import type { CompanyAssetsRepository } from '../company-assets/company-assets.repository.js';
import type { OutboundMessage } from '../delivery/delivery.types.js';
import type { EmailTemplatesRepository } from '../email-templates/email-templates.repository.js';
import { toEmailKey } from '../users/users.models.js';
import {
  codeLifetimeMs,
  codeSendWindowMs,
  handoverRateLimits,
  handoverSessionLifetimeMs,
  maxCodeAttempts,
  maxCodeSends,
  savedEventIntervalMs,
} from './handovers.config.js';
import { handoverMessages, type Mail } from './handovers.messages.js';
import {
  collectPatchPaths,
  formatHandoverForApi,
  grantsAnything,
  handoverLink,
  handoverStatus,
  maskEmail,
  maskPhone,
  mergePatch,
  parseGrants,
  pickGrantedContent,
  createLinkString,
  type HandoverForApi,
} from './handovers.models.js';
import {
  createHandoversRepository,
  type HandoverRow,
  type HandoversRepository,
} from './handovers.repository.js';
import type { CreateHandoverInput, UpdateRecipientCertificateInput } from './handovers.schemas.js';
import { createCertificateRepositories } from '../certificates/certificates.dependencies.js';

export function createHandoverRepositories(db: Db, now: () => Date): HandoverRepositories {
  return {
    ...createCertificateRepositories(db, now),
    handovers: createHandoversRepository({ db }),
    /** The shared fixed-window counters (rate_limit_buckets) of the sign-in, and the organisation. */
    rateLimits: createAuthRepository({ db }),
  };
}

export interface HandoverRepositories extends CertificateRepositories {
  assets: CompanyAssetsRepository;
  handovers: HandoversRepository;
  changeTracking: ChangeTrackingRepository;
  emailTemplates: EmailTemplatesRepository;
  rateLimits: Pick<AuthRepository, 'countRequest' | 'getOrganization'>;
  outbox: { enqueue: (message: OutboundMessage) => Promise<unknown> };
}

export interface HandoverDependencies {
  inTransaction: TransactionRunner<HandoverRepositories>;
  now: () => Date;
  /** Where users reach the application (links in e-mails). */
  publicUrl: string;
}

export function createHandoverTransactionRunner(
  db: Db,
  now: () => Date,
): TransactionRunner<HandoverRepositories> {
  return createTransactionRunner(db, (trx) => createHandoverRepositories(trx, now));
}

// Errors ---------------------------------------------------------------------------------------------

/** The one answer for every link that does not work: unknown, wrong secret, expired, revoked, finished, locked. */
export function invalidLink(): AppError {
  return new AppError(
    'handover.invalid_link',
    'This link is not valid (any more). Ask the sender for a new one.',
  );
}

function handoverNotFound(handoverId: string): AppError {
  return new AppError('handover.not_found', `There is no handover ${handoverId}.`);
}

function sessionRequired(): AppError {
  return new AppError('handover.session_required', 'Open the handover link again.');
}

function codeRequired(): AppError {
  return new AppError('handover.code_required', 'Enter the code first.');
}

function rateLimited(): AppError {
  return new AppError('handover.rate_limited', 'Too many requests: wait a few minutes and try again.');
}

// Shared steps ---------------------------------------------------------------------------------------

function event(
  handover: Pick<HandoversTable, 'id' | 'organization_id' | 'certificate_id'>,
  type: HandoverEventType,
  {
    at,
    userId = null,
    details = {},
  }: { at: string; userId?: string | null; details?: Record<string, unknown> },
): Omit<HandoverEventsTable, 'seq'> {
  return {
    id: createId('hev'),
    organization_id: handover.organization_id,
    certificate_id: handover.certificate_id,
    handover_id: handover.id,
    type,
    at,
    user_id: userId,
    details_json: JSON.stringify(details),
  };
}

async function describeHandovers(
  repositories: HandoverRepositories,
  organizationId: string,
  rows: HandoverRow[],
  now: Date,
): Promise<HandoverForApi[]> {
  const events = await repositories.handovers.listEvents({
    organizationId,
    handoverIds: rows.map((row) => row.id),
  });
  const userIds = new Set<string>();
  for (const row of rows) userIds.add(row.created_by);
  for (const item of events) if (item.user_id) userIds.add(item.user_id);
  const users = await repositories.handovers.getUsers({ organizationId, userIds: [...userIds] });
  const userNames = new Map(users.map((user) => [user.id, `${user.first_name} ${user.last_name}`]));
  return rows.map((row) =>
    formatHandoverForApi(
      row,
      events.filter((item) => item.handover_id === row.id),
      { userNames },
      now,
    ),
  );
}

/**
 * Counts a request in a fixed window and refuses it over the limit. Runs in a transaction of its own, so
 * that the count stays even when the request then fails (a wrong secret must still count).
 */
export async function enforceRateLimit(
  { inTransaction, now }: Pick<HandoverDependencies, 'inTransaction' | 'now'>,
  { key, max, windowMs = handoverRateLimits.windowMs }: { key: string; max: number; windowMs?: number },
): Promise<void> {
  const current = now().getTime();
  const windowStart = new Date(current - (current % windowMs)).toISOString();
  const count = await inTransaction(({ rateLimits }) =>
    rateLimits.countRequest({ key: `handover:${key}`, windowStart }),
  );
  if (count > max) throw rateLimited();
}

// HR -------------------------------------------------------------------------------------------------

/** A signed-in HR user who hands over (the user id is required here). */
export type HandoverActor = Actor & { userId: string };

export async function createHandover({
  actor,
  certificateId,
  input,
  inTransaction,
  now,
  publicUrl,
}: {
  actor: HandoverActor;
  certificateId: string;
  input: CreateHandoverInput;
} & HandoverDependencies): Promise<{
  handover: HandoverForApi;
  link: string;
}> {
  if (!grantsAnything(input.grants)) {
    throw createValidationError([
      { path: 'grants', message: 'must grant at least one section read or write' },
    ]);
  }
  if (input.secondFactor === 'sms' && !input.recipient.phone) {
    throw createValidationError([{ path: 'recipient.phone', message: 'is required for a code by SMS' }]);
  }
  const created = now();
  const at = created.toISOString();
  const publicId = createLinkString();
  const secret = createLinkString();
  const link = handoverLink(publicUrl, publicId, secret);
  const { organizationId, userId } = actor;
  const handover = await inTransaction(async (repositories) => {
    const certificate = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    if (!canEditCertificate(certificate.status)) {
      throw new AppError(
        'certificate.archived',
        `The certificate ${certificateId} is archived and cannot be handed over.`,
      );
    }
    const policy = await repositories.handovers.getCodePolicy({ organizationId });
    if (input.secondFactor === 'none' && policy.required) {
      throw new AppError('handover.code_required', 'Your organisation requires a code for every handover.');
    }
    if (input.secondFactor !== 'none' && !policy.channels.includes(input.secondFactor)) {
      throw new AppError(
        'handover.channel_not_allowed',
        `Your organisation does not allow codes by ${input.secondFactor === 'sms' ? 'SMS' : 'e-mail'}.`,
      );
    }
    // One active link per recipient and certificate: the new one replaces the old.
    await repositories.handovers.lockCertificate({ organizationId, certificateId });
    const emailKey = toEmailKey(input.recipient.email);
    const replaced = await repositories.handovers.revokeActiveForRecipient({
      organizationId,
      certificateId,
      emailKey,
      at,
      by: userId,
    });
    for (const id of replaced) {
      await repositories.handovers.insertEvent({
        event: event({ id, organization_id: organizationId, certificate_id: certificateId }, 'revoked', {
          at,
          userId,
          details: { reason: 'replaced' },
        }),
      });
    }
    const expiresAt = new Date(created.getTime() + input.expiresInDays * 24 * 60 * 60 * 1000);
    const row: HandoversTable = {
      id: createId('hov'),
      organization_id: organizationId,
      certificate_id: certificateId,
      public_id: publicId,
      secret_hash: hashToken(secret),
      recipient_name: input.recipient.name,
      recipient_email: input.recipient.email,
      recipient_email_key: emailKey,
      recipient_phone: input.recipient.phone ?? null,
      message: input.message ?? null,
      due_date: input.dueDate ?? null,
      grants_json: JSON.stringify(input.grants),
      download_allowed: input.download ? 1 : 0,
      code_channel: input.secondFactor === 'none' ? null : input.secondFactor,
      created_by: userId,
      created_at: at,
      expires_at: expiresAt.toISOString(),
      opened_at: null,
      finished_at: null,
      finish_comment: null,
      revoked_at: null,
      revoked_by: null,
      locked_at: null,
      expiry_recorded_at: null,
      code_hash: null,
      code_expires_at: null,
      code_sends: 0,
      code_sends_window_start: null,
      code_attempts: 0,
    };
    await repositories.handovers.insertHandover({ handover: row });
    await repositories.handovers.insertEvent({
      event: event(row, 'created', {
        at,
        userId,
        details: {
          recipientName: row.recipient_name,
          recipientEmail: row.recipient_email,
          grants: input.grants,
          download: input.download,
          secondFactor: input.secondFactor,
          expiresAt: row.expires_at,
          ...(replaced.length > 0 ? { replaces: replaced } : {}),
        },
      }),
    });
    const [sender] = await repositories.handovers.getUsers({ organizationId, userIds: [userId] });
    const content = parseContent(certificate.content_json);
    const organization = await repositories.rateLimits.getOrganization({ organizationId });
    const mail = await handoverMessages.link(repositories, organizationId, {
      organizationName: organization?.name ?? '',
      recipientName: row.recipient_name,
      senderName: sender ? `${sender.first_name} ${sender.last_name}` : 'Ihre Personalabteilung',
      employeeName: `${content.employee.firstName} ${content.employee.lastName}`,
      message: row.message,
      dueDate: row.due_date,
      link,
      expiresAt,
    });
    await repositories.outbox.enqueue({ organizationId, channel: 'email', to: row.recipient_email, ...mail });
    const [described] = await describeHandovers(repositories, organizationId, [row], created);
    return described as HandoverForApi;
  });
  return { handover, link };
}

export async function listCertificateHandovers({
  actor,
  certificateId,
  inTransaction,
  now,
}: { actor: Actor; certificateId: string } & Pick<HandoverDependencies, 'inTransaction' | 'now'>): Promise<
  HandoverForApi[]
> {
  return inTransaction(async (repositories) => {
    await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    const rows = await repositories.handovers.listHandovers({
      organizationId: actor.organizationId,
      certificateId,
    });
    return describeHandovers(repositories, actor.organizationId, rows, now());
  });
}

export async function revokeHandover({
  actor,
  handoverId,
  inTransaction,
  now,
}: { actor: HandoverActor; handoverId: string } & Pick<
  HandoverDependencies,
  'inTransaction' | 'now'
>): Promise<HandoverForApi> {
  const current = now();
  const at = current.toISOString();
  return inTransaction(async (repositories) => {
    const { organizationId } = actor;
    const existing = await repositories.handovers.getHandover({ organizationId, handoverId });
    if (!existing) throw handoverNotFound(handoverId);
    // A handover of a certificate the user may not see does not exist for them (U7, U8).
    await getVisibleCertificateOrThrow(repositories, actor, existing.certificate_id).catch(
      (error: unknown) => {
        throw error instanceof AppError && error.code === 'certificate.not_found'
          ? handoverNotFound(handoverId)
          : error;
      },
    );
    if (!(await repositories.handovers.revoke({ organizationId, handoverId, at, by: actor.userId }))) {
      throw new AppError(
        'handover.not_active',
        `The handover ${handoverId} is ${handoverStatus(existing, current)}, not active.`,
      );
    }
    await repositories.handovers.insertEvent({
      event: event(existing, 'revoked', { at, userId: actor.userId, details: { reason: 'revoked' } }),
    });
    await repositories.handovers.deleteSessions({ handoverId });
    const updated = await repositories.handovers.getHandover({ organizationId, handoverId });
    const [described] = await describeHandovers(
      repositories,
      organizationId,
      [updated as HandoverRow],
      current,
    );
    return described as HandoverForApi;
  });
}

// The recipient --------------------------------------------------------------------------------------

/** Compared against when the public id is unknown, so that an unknown id costs the same as a wrong secret. */
const unknownHandoverSecretHash = hashToken('no handover has this secret');

export type SessionAnswer =
  { status: 'ready' } | { status: 'code_required'; channel: 'email' | 'sms'; destination: string };

/**
 * Exchanges the link's two strings for a session token. Every link that does not work gives the same
 * `handover.invalid_link`, after the same work: the secret is hashed and compared in constant time also
 * for unknown ids.
 */
export async function openHandoverSession({
  publicId,
  secret,
  inTransaction,
  now,
  compareSecrets = secretsEqual,
}: {
  publicId: string;
  secret: string;
  /** Constant-time comparison of the two hashes (injected so that tests can see it is always used). */
  compareSecrets?: (a: string, b: string) => boolean;
} & Pick<HandoverDependencies, 'inTransaction' | 'now'>): Promise<{
  token: string;
  expiresAt: Date;
  answer: SessionAnswer;
}> {
  await enforceRateLimit(
    { inTransaction, now },
    { key: `id:${publicId}`, max: handoverRateLimits.linkPerHandover },
  );
  const current = now();
  const at = current.toISOString();
  return inTransaction(async ({ handovers }) => {
    const handover = await handovers.findByPublicId({ publicId });
    const matches = compareSecrets(hashToken(secret), handover?.secret_hash ?? unknownHandoverSecretHash);
    if (!handover || !matches || handoverStatus(handover, current) !== 'active') throw invalidLink();
    const { token, hash } = createToken();
    const expiresAt = new Date(
      Math.min(current.getTime() + handoverSessionLifetimeMs, new Date(handover.expires_at).getTime()),
    );
    await handovers.insertSession({
      session: {
        token_hash: hash,
        handover_id: handover.id,
        organization_id: handover.organization_id,
        created_at: at,
        expires_at: expiresAt.toISOString(),
        code_verified_at: null,
      },
    });
    if (await handovers.markOpened({ handoverId: handover.id, at })) {
      await handovers.insertEvent({ event: event(handover, 'opened', { at }) });
    }
    const answer: SessionAnswer =
      handover.code_channel === null
        ? { status: 'ready' }
        : {
            status: 'code_required',
            channel: handover.code_channel,
            destination:
              handover.code_channel === 'sms'
                ? maskPhone(handover.recipient_phone ?? '')
                : maskEmail(handover.recipient_email),
          };
    return { token, expiresAt, answer };
  });
}

interface RecipientState {
  handover: HandoverRow;
  tokenHash: string;
  verified: boolean;
}

/** The handover behind a session cookie: active, and (unless `allowUnverified`) with its code proven. */
async function loadRecipient(
  repositories: HandoverRepositories,
  { token, now, allowUnverified = false }: { token: string | null; now: Date; allowUnverified?: boolean },
): Promise<RecipientState> {
  if (!token) throw sessionRequired();
  const tokenHash = hashToken(token);
  const session = await repositories.handovers.findSession({ tokenHash });
  if (!session || new Date(session.expires_at).getTime() <= now.getTime()) throw sessionRequired();
  const handover = await repositories.handovers.getHandover({
    organizationId: session.organization_id,
    handoverId: session.handover_id,
  });
  if (!handover || handoverStatus(handover, now) !== 'active') throw invalidLink();
  const verified = handover.code_channel === null || session.code_verified_at !== null;
  if (!verified && !allowUnverified) throw codeRequired();
  return { handover, tokenHash, verified };
}

/** Sends a fresh one-time code by the handover's channel (the previous one stops working). */
export async function sendHandoverCode({
  token,
  inTransaction,
  now,
}: { token: string | null } & Pick<HandoverDependencies, 'inTransaction' | 'now'>): Promise<void> {
  const current = now();
  const { handover } = await inTransaction((repositories) =>
    loadRecipient(repositories, { token, now: current, allowUnverified: true }),
  );
  const channel = handover.code_channel;
  if (channel === null) return;
  await inTransaction(async (repositories) => {
    const at = current.toISOString();
    const reserved = await repositories.handovers.reserveCodeSend({
      handoverId: handover.id,
      at,
      windowStartedBefore: new Date(current.getTime() - codeSendWindowMs).toISOString(),
      max: maxCodeSends,
    });
    if (!reserved) throw rateLimited();
    const { code, hash } = createSmsCode(handover.id);
    await repositories.handovers.setCode({
      handoverId: handover.id,
      codeHash: hash,
      expiresAt: new Date(current.getTime() + codeLifetimeMs).toISOString(),
    });
    if (channel === 'sms') {
      await repositories.outbox.enqueue({
        organizationId: handover.organization_id,
        channel: 'sms',
        to: handover.recipient_phone ?? '',
        text: handoverMessages.codeSms({ code }),
      });
    } else {
      await repositories.outbox.enqueue({
        organizationId: handover.organization_id,
        channel: 'email',
        to: handover.recipient_email,
        ...(await handoverMessages.codeMail(repositories, handover.organization_id, {
          recipientName: handover.recipient_name,
          code,
          validMinutes: codeLifetimeMs / 60_000,
        })),
      });
    }
    await repositories.handovers.insertEvent({
      event: event(handover, 'code_sent', { at, details: { channel } }),
    });
  });
}

/**
 * Checks the code. Wrong or expired: `handover.invalid_code`, counted by one conditional update (so
 * parallel guesses count at most 5), and the 5th locks the handover, ends its sessions and tells HR.
 */
export async function verifyHandoverCode({
  token,
  code,
  inTransaction,
  now,
}: { token: string | null; code: string } & Pick<
  HandoverDependencies,
  'inTransaction' | 'now'
>): Promise<void> {
  const current = now();
  const at = current.toISOString();
  const { handover, tokenHash, verified } = await inTransaction((repositories) =>
    loadRecipient(repositories, { token, now: current, allowUnverified: true }),
  );
  if (verified) return;
  const isValid =
    handover.code_hash !== null &&
    handover.code_expires_at !== null &&
    current.getTime() < new Date(handover.code_expires_at).getTime() &&
    secretsEqual(handover.code_hash, hashSmsCode(handover.id, code.replace(/\s+/g, '')));
  if (isValid) {
    await inTransaction(async (repositories) => {
      if (!(await repositories.handovers.verifySession({ tokenHash, at }))) throw invalidLink();
      await repositories.handovers.acceptCode({ handoverId: handover.id });
    });
    return;
  }
  const counted = await inTransaction(async (repositories) => {
    const result = await repositories.handovers.countWrongCode({
      handoverId: handover.id,
      max: maxCodeAttempts,
      at,
    });
    if (!result) return undefined;
    await repositories.handovers.insertEvent({
      event: event(handover, 'code_failed', { at, details: { attempt: result.attempts } }),
    });
    if (result.locked) {
      await repositories.handovers.insertEvent({
        event: event(handover, 'locked', { at, details: { attempts: result.attempts } }),
      });
      await repositories.handovers.deleteSessions({ handoverId: handover.id });
      await notifyCreator(repositories, handover, (creator, employeeName) =>
        handoverMessages.locked({
          creatorFirstName: creator.first_name,
          recipientName: handover.recipient_name,
          employeeName,
          lockedAt: current,
        }),
      );
    }
    return result;
  });
  throw counted ? new AppError('handover.invalid_code', 'The code is wrong or has expired.') : invalidLink();
}

async function notifyCreator(
  repositories: HandoverRepositories,
  handover: HandoverRow,
  mail: (
    creator: { first_name: string; last_name: string; email: string },
    employeeName: string,
  ) => Mail | Promise<Mail>,
): Promise<void> {
  const organizationId = handover.organization_id;
  const [creator] = await repositories.handovers.getUsers({ organizationId, userIds: [handover.created_by] });
  const certificate = await repositories.certificates.getCertificate({
    organizationId,
    certificateId: handover.certificate_id,
  });
  if (!creator || !certificate) return;
  const content = parseContent(certificate.content_json);
  await repositories.outbox.enqueue({
    organizationId,
    channel: 'email',
    to: creator.email,
    ...(await mail(creator, `${content.employee.firstName} ${content.employee.lastName}`)),
  });
}

async function buildRecipientView(repositories: HandoverRepositories, handover: HandoverRow) {
  const organizationId = handover.organization_id;
  const certificate = await repositories.certificates.getCertificate({
    organizationId,
    certificateId: handover.certificate_id,
  });
  // The certificate goes with its handovers (cascade): a missing one is a link that no longer works.
  if (!certificate) throw invalidLink();
  const grants = parseGrants(handover.grants_json);
  const content = parseContent(certificate.content_json);
  const options = parseOptions(certificate.options_json);
  let composed: ReturnType<typeof composeAndCheck> | null = null;
  if (grants.result !== 'none') {
    const versions = await repositories.certificates.listVersions({
      organizationId,
      certificateId: certificate.id,
    });
    const last = versions.at(-1);
    composed = composeAndCheck(content, options, last ? parseContent(last.content_json) : undefined);
  }
  return {
    handover: {
      recipientName: handover.recipient_name,
      message: handover.message,
      dueDate: handover.due_date,
      grants,
      download: handover.download_allowed === 1,
      expiresAt: handover.expires_at,
      secondFactor: handover.code_channel ?? ('none' as const),
    },
    certificate: {
      kind: certificate.kind,
      form: certificate.form,
      status: certificate.status,
      revision: certificate.revision,
      employeeName: `${content.employee.firstName} ${content.employee.lastName}`,
    },
    content: pickGrantedContent(content, grants),
    ...(grants.result === 'write' ? { options } : {}),
    document: composed ? (composed.document as unknown as Record<string, unknown>) : null,
    issues: composed ? composed.issues : [],
  };
}

export type RecipientView = Awaited<ReturnType<typeof buildRecipientView>>;

export async function getRecipientView({
  token,
  inTransaction,
  now,
}: { token: string | null } & Pick<HandoverDependencies, 'inTransaction' | 'now'>): Promise<RecipientView> {
  return inTransaction(async (repositories) => {
    const { handover } = await loadRecipient(repositories, { token, now: now() });
    return buildRecipientView(repositories, handover);
  });
}

function sectionNotGranted(refused: { path: string; section: string }[]): AppError {
  const sections = [...new Set(refused.map((item) => item.section))];
  return new AppError(
    'handover.section_not_granted',
    `This handover does not allow changing ${sections.join(', ')} (${refused.map((item) => item.path).join(', ')}).`,
  );
}

/**
 * Saves the recipient's changes: only paths of write-granted sections (anything else refuses the whole
 * request, nothing saved), validated as a whole, under the revision check, recorded by change tracking.
 */
export async function saveRecipientChanges({
  token,
  input,
  inTransaction,
  now,
}: { token: string | null; input: UpdateRecipientCertificateInput } & Pick<
  HandoverDependencies,
  'inTransaction' | 'now'
>): Promise<RecipientView> {
  const current = now();
  const at = current.toISOString();
  return inTransaction(async (repositories) => {
    const { handover } = await loadRecipient(repositories, { token, now: current });
    const organizationId = handover.organization_id;
    const certificateId = handover.certificate_id;
    const existing = await repositories.certificates.getCertificate({ organizationId, certificateId });
    if (!existing) throw invalidLink();
    if (!canEditCertificate(existing.status)) {
      throw new AppError('certificate.archived', 'The certificate is archived and can no longer be changed.');
    }
    const grants = parseGrants(handover.grants_json);
    const patch = input.content ?? {};
    const { paths, unknown } = collectPatchPaths(patch);
    if (unknown.length > 0) {
      throw createValidationError(
        unknown.map((path) => ({ path: `content.${path}`, message: 'is not a field of the certificate' })),
      );
    }
    const refused = paths.filter(({ section }) => grants[section] !== 'write');
    if (input.options !== undefined && grants.result !== 'write')
      refused.push({ path: 'options', section: 'result' });
    if (refused.length > 0) throw sectionNotGranted(refused);

    let content: CertificateInput | undefined;
    if (paths.length > 0) {
      const merged = mergePatch(
        parseContent(existing.content_json),
        patch,
        paths.map(({ path }) => path),
      );
      const validated = validateCertificateInput(merged);
      if (!validated.success) {
        throw createValidationError(
          validated.issues.map((issue) => ({
            path: issue.path ? `content.${issue.path}` : 'content',
            message: issue.message,
          })),
        );
      }
      content = validated.data;
    }
    const updated = await repositories.certificates.updateCertificate({
      organizationId,
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
        ...(input.options ? { options_json: JSON.stringify(input.options) } : {}),
        updated_at: at,
      },
    });
    if (!updated) throw await revisionConflict(repositories, organizationId, certificateId, input.revision);
    await recordCertificateChanges(repositories, {
      organizationId,
      certificateId,
      actor: { type: 'handover', handoverId: handover.id, name: handover.recipient_name },
      before: snapshotOfRow(existing),
      after: snapshotOfRow(updated),
      at: current,
    });
    await recordSaved(repositories, handover, current);
    return buildRecipientView(repositories, handover);
  });
}

/** At most one 'saved' event a minute per handover; saves within the minute count up its `count`. */
async function recordSaved(
  repositories: HandoverRepositories,
  handover: HandoverRow,
  current: Date,
): Promise<void> {
  const last = await repositories.handovers.findLatestEvent({
    organizationId: handover.organization_id,
    handoverId: handover.id,
    type: 'saved',
  });
  if (last && current.getTime() - new Date(last.at).getTime() < savedEventIntervalMs) {
    const details = JSON.parse(last.details_json) as { count?: number };
    await repositories.handovers.updateEventDetails({
      eventId: last.id,
      detailsJson: JSON.stringify({ ...details, count: (details.count ?? 1) + 1 }),
    });
    return;
  }
  await repositories.handovers.insertEvent({
    event: event(handover, 'saved', { at: current.toISOString(), details: { count: 1 } }),
  });
}

/** Returns the certificate to HR: the link stops working, the sessions end, the creator is told. */
export async function finishHandover({
  token,
  comment,
  inTransaction,
  now,
  publicUrl,
}: { token: string | null; comment: string | null } & Pick<
  HandoverDependencies,
  'inTransaction' | 'now' | 'publicUrl'
>): Promise<void> {
  const current = now();
  const at = current.toISOString();
  await inTransaction(async (repositories) => {
    const { handover } = await loadRecipient(repositories, { token, now: current });
    if (!(await repositories.handovers.finish({ handoverId: handover.id, at, comment }))) throw invalidLink();
    await repositories.handovers.insertEvent({
      event: event(handover, 'finished', { at, details: comment ? { comment } : {} }),
    });
    await repositories.handovers.deleteSessions({ handoverId: handover.id });
    await notifyCreator(repositories, handover, (creator, employeeName) =>
      handoverMessages.finished(repositories, handover.organization_id, {
        recipientName: `${creator.first_name} ${creator.last_name}`,
        editorName: handover.recipient_name,
        employeeName,
        comment,
        link: `${publicUrl}/zeugnisse/${encodeURIComponent(handover.certificate_id)}`,
      }),
    );
  });
}

/** The certificate as PDF or DOCX, if the handover allows downloading (the certificates' rendering). */
export async function renderRecipientDocument({
  token,
  format,
  renderPdf,
  inTransaction,
  now,
}: { token: string | null; format: 'pdf' | 'docx' } & Pick<DocumentDependencies, 'renderPdf'> &
  Pick<HandoverDependencies, 'inTransaction' | 'now'>) {
  const { handover } = await inTransaction((repositories) =>
    loadRecipient(repositories, { token, now: now() }),
  );
  if (handover.download_allowed !== 1) {
    throw new AppError(
      'handover.download_not_allowed',
      'This handover does not allow downloading the certificate.',
    );
  }
  // The handover stands in for the user: it grants this one certificate, whatever the scope.
  const actor: Actor = { organizationId: handover.organization_id, userId: null, scope: { all: true } };
  return renderCertificateDocument({
    actor,
    certificateId: handover.certificate_id,
    format,
    renderPdf,
    inTransaction: inTransaction as TransactionRunner<CertificateRepositories & HandoverRepositories>,
    now,
  });
}

// Housekeeping ---------------------------------------------------------------------------------------

/**
 * Hourly: deletes expired recipient sessions and writes the 'expired' event of every handover that
 * expired while active — exactly once, also with several instances (a conditional update claims it).
 */
export async function recordExpiredHandovers({
  inTransaction,
  now,
}: Pick<HandoverDependencies, 'inTransaction' | 'now'>): Promise<{ sessions: number; expired: number }> {
  const at = now().toISOString();
  return inTransaction(async ({ handovers }) => {
    const sessions = await handovers.deleteExpiredSessions({ before: at });
    const expired = await handovers.markExpiryRecorded({ at });
    for (const row of expired) {
      await handovers.insertEvent({ event: event(row, 'expired', { at: row.expires_at }) });
    }
    return { sessions, expired: expired.length };
  });
}
