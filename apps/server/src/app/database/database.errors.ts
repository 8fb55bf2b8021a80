// Why the database could not be opened, with a stable code and a message for the operator.
import { StartupError } from '../startup-error.js';

export type DatabaseErrorCode = 'database.key_invalid' | 'database.unreachable' | 'database.migration_failed';

export class DatabaseError extends StartupError {
  constructor(
    override readonly code: DatabaseErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = 'DatabaseError';
  }
}
