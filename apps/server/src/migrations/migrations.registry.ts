// Every migration, in the order it is applied. Add new files at the end, never reorder or edit applied
// ones. An explicit list instead of a directory scan: the build and the bundle cannot miss a file.
import type { Migration } from 'kysely';
import * as organizations from './list/0001-organizations.migration.js';
import * as organizationStructure from './list/0002-organization-structure.migration.js';
import * as deliveryOutbox from './list/0003-delivery-outbox.migration.js';
import * as certificates from './list/0004-certificates.migration.js';
import * as users from './list/0005-users.migration.js';
import * as securityLog from './list/0006-security-log.migration.js';
import * as identity from './list/0007-identity.migration.js';
import * as companyAssets from './list/0008-company-assets.migration.js';
import * as changeTracking from './list/0009-change-tracking.migration.js';
import * as emailTemplates from './list/0010-email-templates.migration.js';
import * as handovers from './list/0011-handovers.migration.js';

export interface NamedMigration {
  /** The file name without `.migration.ts`, e.g. `0001-organizations`. */
  name: string;
  migration: Migration;
}

export const migrations: readonly NamedMigration[] = [
  { name: '0001-organizations', migration: organizations },
  { name: '0002-organization-structure', migration: organizationStructure },
  { name: '0003-delivery-outbox', migration: deliveryOutbox },
  { name: '0004-certificates', migration: certificates },
  { name: '0005-users', migration: users },
  { name: '0006-security-log', migration: securityLog },
  { name: '0007-identity', migration: identity },
  { name: '0008-company-assets', migration: companyAssets },
  { name: '0009-change-tracking', migration: changeTracking },
  { name: '0010-email-templates', migration: emailTemplates },
  { name: '0011-handovers', migration: handovers },
];
