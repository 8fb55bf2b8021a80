// Certificates, their status history, issued versions and signer links in the database. Every query is
// scoped to one organisation. Versions are only ever inserted: there is deliberately no update for them.
import { sql, type ExpressionBuilder } from 'kysely';
import type {
  CertificateStatus,
  CertificateStatusChangesTable,
  CertificatesTable,
  CertificateVersionsTable,
  DatabaseSchema,
  Db,
} from '../../app/database/database.types.js';
import { scopeDimensions, type CertificateScope, type ScopeDimension } from '../access/access.models.js';
import { escapeLike } from './certificates.models.js';

export type CertificateChanges = Partial<
  Pick<
    CertificatesTable,
    'kind' | 'form' | 'status' | 'is_private' | 'name_key' | 'content_json' | 'options_json' | 'updated_at'
  >
>;

export interface CertificateFilters {
  status?: CertificateStatus;
  kind?: CertificatesTable['kind'];
  employeeId?: string;
  /** Lower-cased words that must all occur in the name key. */
  words: string[];
  /** U7 + U8: who looks (see access.policies.ts, canSeeCertificate). */
  viewer: { userId: string | null; scope: CertificateScope };
}

const scopeColumns: Record<
  ScopeDimension,
  'company_id' | 'location_id' | 'department_id' | 'org_unit_id' | 'employee_type_id'
> = {
  companyIds: 'company_id',
  locationIds: 'location_id',
  departmentIds: 'department_id',
  orgUnitIds: 'org_unit_id',
  employeeTypeIds: 'employee_type_id',
};

/**
 * U7 + U8 inside the query — the same rule as canSeeCertificate: everything for the scope
 * „Administrator“; otherwise one's own private certificates and the public ones whose employee is in
 * scope. Lists and counts use it, so nothing out of scope is ever read, counted or paged.
 */
function visibleTo({ scope, userId }: CertificateFilters['viewer']) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'certificates'>) => {
    if (scope.all) return sql<boolean>`1 = 1`;
    const restricted = scopeDimensions.filter((dimension) => scope[dimension].length > 0);
    return eb.or([
      eb.and([eb('is_private', '=', 1), eb('created_by', '=', userId ?? '')]),
      eb.and([
        eb('is_private', '=', 0),
        restricted.length === 0
          ? sql<boolean>`1 = 0`
          : eb.exists(
              eb
                .selectFrom('employees')
                .select('employees.id')
                .whereRef('employees.organization_id', '=', 'certificates.organization_id')
                .whereRef('employees.id', '=', 'certificates.employee_id')
                .where((inner) =>
                  inner.and(
                    restricted.map((dimension) =>
                      inner(`employees.${scopeColumns[dimension]}`, 'in', scope[dimension]),
                    ),
                  ),
                ),
            ),
      ]),
    ]);
  };
}

export type CertificatesRepository = ReturnType<typeof createCertificatesRepository>;

export function createCertificatesRepository({ db }: { db: Db }) {
  return {
    /** How many certificates the viewer may see, by status. */
    async countByStatus({
      organizationId,
      viewer,
    }: {
      organizationId: string;
      viewer: CertificateFilters['viewer'];
    }): Promise<{ status: CertificateStatus; count: number }[]> {
      const rows = await db
        .selectFrom('certificates')
        .select(['status', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('organization_id', '=', organizationId)
        .where(visibleTo(viewer))
        .groupBy('status')
        .execute();
      return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
    },

    /** Newest first, paged by keyset (created_at, id). */
    async listCertificates({
      organizationId,
      filters,
      after,
      limit,
    }: {
      organizationId: string;
      filters: CertificateFilters;
      after?: { key: string; id: string };
      limit: number;
    }): Promise<CertificatesTable[]> {
      let query = db.selectFrom('certificates').selectAll().where('organization_id', '=', organizationId);
      query = query.where(visibleTo(filters.viewer));
      if (filters.status) query = query.where('status', '=', filters.status);
      if (filters.kind) query = query.where('kind', '=', filters.kind);
      if (filters.employeeId) query = query.where('employee_id', '=', filters.employeeId);
      for (const word of filters.words) {
        query = query.where(sql<boolean>`${sql.ref('name_key')} like ${`%${escapeLike(word)}%`} escape '\\'`);
      }
      if (after) {
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', after.key),
            eb.and([eb('created_at', '=', after.key), eb('id', '<', after.id)]),
          ]),
        );
      }
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    /** The employer's name of a certificate for an employee without a company. */
    async getOrganizationName({ organizationId }: { organizationId: string }): Promise<string | undefined> {
      const row = await db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', organizationId)
        .executeTakeFirst();
      return row?.name;
    },

    async getCertificate({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<CertificatesTable | undefined> {
      return db
        .selectFrom('certificates')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', certificateId)
        .executeTakeFirst();
    },

    async insertCertificate({
      certificate,
      signerEmployeeIds,
    }: {
      certificate: CertificatesTable;
      signerEmployeeIds: string[];
    }): Promise<void> {
      await db.insertInto('certificates').values(certificate).execute();
      for (const employeeId of new Set(signerEmployeeIds)) {
        await db
          .insertInto('certificate_signers')
          .values({
            organization_id: certificate.organization_id,
            certificate_id: certificate.id,
            employee_id: employeeId,
          })
          .execute();
      }
    },

    /**
     * Changes the certificate only if it is still at `revision`, and increments the revision in the same
     * statement, so that two changes based on the same revision cannot both succeed.
     */
    async updateCertificate({
      organizationId,
      certificateId,
      revision,
      changes,
    }: {
      organizationId: string;
      certificateId: string;
      revision: number;
      changes: CertificateChanges;
    }): Promise<CertificatesTable | undefined> {
      return db
        .updateTable('certificates')
        .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
        .where('organization_id', '=', organizationId)
        .where('id', '=', certificateId)
        .where('revision', '=', revision)
        .returningAll()
        .executeTakeFirst();
    },

    async deleteCertificate({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<boolean> {
      const result = await db
        .deleteFrom('certificates')
        .where('organization_id', '=', organizationId)
        .where('id', '=', certificateId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async insertStatusChange({ change }: { change: CertificateStatusChangesTable }): Promise<void> {
      await db.insertInto('certificate_status_changes').values(change).execute();
    },

    async listStatusChanges({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<CertificateStatusChangesTable[]> {
      return db
        .selectFrom('certificate_status_changes')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId)
        .orderBy('revision')
        .execute();
    },

    async insertVersion({ version }: { version: CertificateVersionsTable }): Promise<void> {
      await db.insertInto('certificate_versions').values(version).execute();
    },

    /** Oldest first. */
    async listVersions({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<CertificateVersionsTable[]> {
      return db
        .selectFrom('certificate_versions')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId)
        .orderBy('number')
        .execute();
    },

    async listSignerEmployeeIds({
      organizationId,
      certificateId,
    }: {
      organizationId: string;
      certificateId: string;
    }): Promise<string[]> {
      const rows = await db
        .selectFrom('certificate_signers')
        .select('employee_id')
        .where('organization_id', '=', organizationId)
        .where('certificate_id', '=', certificateId)
        .orderBy('employee_id')
        .execute();
      return rows.map((row) => row.employee_id);
    },
  };
}
