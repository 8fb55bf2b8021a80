// The e-mail key (unique per organisation in any letter case, made by the application so that both
// databases compare alike), and what leaves the server about a user: never the password hash.
import type { UsersTable } from '../../app/database/database.types.js';

export function toEmailKey(email: string): string {
  return email.trim().normalize('NFC').toLocaleLowerCase('de-DE');
}

export function formatUserForApi(row: UsersTable) {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    isActive: row.is_active === 1,
    createdAt: row.created_at,
  };
}
