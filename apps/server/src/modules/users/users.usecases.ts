// Users. For now only the administrator that the first start creates; the identity issue adds sign-in,
// invitations and the other roles. The password is hashed before the transaction starts (it takes
// about 70 ms), and only the hash is stored.
import type { UsersTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { AppError } from '../../app/http-errors.js';
import { createId } from '../../app/ids.js';
import { toEmailKey } from './users.models.js';
import type { UsersRepository } from './users.repository.js';
import type { HashPassword } from './users.services.js';

export interface UserDependencies {
  inTransaction: TransactionRunner<{ users: UsersRepository }>;
  now: () => Date;
  hashPassword: HashPassword;
}

export interface CreateAdministratorInput {
  email: string;
  firstName: string;
  lastName: string;
  password: string;
}

export async function createAdministrator({
  organizationId,
  input,
  inTransaction,
  now,
  hashPassword,
}: { organizationId: string; input: CreateAdministratorInput } & UserDependencies): Promise<{
  user: UsersTable;
}> {
  const user: UsersTable = {
    id: createId('usr'),
    organization_id: organizationId,
    email: input.email.trim(),
    email_key: toEmailKey(input.email),
    first_name: input.firstName,
    last_name: input.lastName,
    password_hash: await hashPassword(input.password),
    is_active: 1,
    role: 'administrator',
    created_at: now().toISOString(),
  };
  await inTransaction(async ({ users }) => {
    if ((await users.insertUser({ user })) === 'email_taken') {
      throw new AppError('user.email_taken', `The e-mail address ${user.email} is already taken.`);
    }
  });
  return { user };
}
