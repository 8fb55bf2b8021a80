// The repositories that the identity use cases (sign-in, users, roles) work with, bound to one
// transaction, plus the outbox: a message queued here is sent only if the transaction commits.
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner, type TransactionRunner } from '../../app/database/transaction.js';
import { createRolesRepository } from '../access/roles.repository.js';
import type { OutboundMessage } from '../delivery/delivery.types.js';
import { enqueueMessage } from '../delivery/outbox.usecases.js';
import { createEmailTemplatesRepository } from '../email-templates/email-templates.repository.js';
import { createSecondFactorRepository } from '../second-factor/second-factor.repository.js';
import { createSecurityLogRepository } from '../security-log/security-log.repository.js';
import { createUsersRepository } from '../users/users.repository.js';
import { createAuthRepository } from './auth.repository.js';

export function createIdentityRepositories(db: Db, now: () => Date) {
  return {
    users: createUsersRepository({ db }),
    roles: createRolesRepository({ db }),
    auth: createAuthRepository({ db }),
    securityLog: createSecurityLogRepository({ db }),
    secondFactors: createSecondFactorRepository({ db }),
    emailTemplates: createEmailTemplatesRepository({ db }),
    outbox: {
      enqueue: (message: OutboundMessage) => enqueueMessage({ db, message, now: now() }),
    },
  };
}

export type IdentityRepositories = ReturnType<typeof createIdentityRepositories>;

export interface IdentityDependencies {
  inTransaction: TransactionRunner<IdentityRepositories>;
  now: () => Date;
  /** Where users reach the application (links in e-mails), without a trailing slash. */
  publicUrl: string;
}

export function createIdentityTransactionRunner(
  db: Db,
  now: () => Date,
): TransactionRunner<IdentityRepositories> {
  return createTransactionRunner(db, (trx) => createIdentityRepositories(trx, now));
}

/** Where a request came from, for the security log. */
export interface RequestOrigin {
  ipAddress: string | null;
  userAgent: string | null;
}
