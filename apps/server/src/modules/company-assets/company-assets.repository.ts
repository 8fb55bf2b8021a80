// Company letterhead images in the database. Every query is scoped to one organisation; a company has at
// most one asset per slot (UNIQUE(company_id, slot)), so storing one replaces the previous.
import type { CompaniesTable, CompanyAssetsTable, Db } from '../../app/database/database.types.js';
import type { CompanyAssetSlot } from './company-assets.config.js';

export type CompanyAssetsRepository = ReturnType<typeof createCompanyAssetsRepository>;

/** What rendering needs of an asset. */
export type RenderableAsset = Pick<CompanyAssetsTable, 'slot' | 'format' | 'bytes'>;

export interface CompanySlot {
  organizationId: string;
  companyId: string;
  slot: CompanyAssetSlot;
}

export function createCompanyAssetsRepository({ db }: { db: Db }) {
  return {
    /**
     * The company, with its row locked until the transaction ends (a no-op update: PostgreSQL holds the
     * row lock; SQLite runs one write transaction at a time anyway), so that two changes of its layout
     * cannot overwrite each other. Undefined when the organisation has no such company.
     */
    async lockCompany({
      organizationId,
      companyId,
    }: {
      organizationId: string;
      companyId: string;
    }): Promise<CompaniesTable | undefined> {
      return db
        .updateTable('companies')
        .set((eb) => ({ name: eb.ref('name') }))
        .where('organization_id', '=', organizationId)
        .where('id', '=', companyId)
        .returningAll()
        .executeTakeFirst();
    },

    async getAsset({
      organizationId,
      companyId,
      slot,
    }: CompanySlot): Promise<CompanyAssetsTable | undefined> {
      return db
        .selectFrom('company_assets')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('company_id', '=', companyId)
        .where('slot', '=', slot)
        .executeTakeFirst();
    },

    /** Every stored asset of the company, for rendering. */
    async listRenderableAssets({
      organizationId,
      companyId,
    }: {
      organizationId: string;
      companyId: string;
    }): Promise<RenderableAsset[]> {
      return db
        .selectFrom('company_assets')
        .select(['slot', 'format', 'bytes'])
        .where('organization_id', '=', organizationId)
        .where('company_id', '=', companyId)
        .orderBy('slot')
        .execute();
    },

    /** Inserts the asset, or replaces the company's asset of the same slot (keeping its id and creation). */
    async putAsset({ asset }: { asset: CompanyAssetsTable }): Promise<void> {
      const row = {
        ...asset,
        bytes: Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength),
      };
      await db
        .insertInto('company_assets')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['company_id', 'slot']).doUpdateSet({
            format: row.format,
            content_type: row.content_type,
            bytes: row.bytes,
            byte_size: row.byte_size,
            sha256: row.sha256,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },

    async deleteAsset({ organizationId, companyId, slot }: CompanySlot): Promise<'deleted' | 'not_found'> {
      const result = await db
        .deleteFrom('company_assets')
        .where('organization_id', '=', organizationId)
        .where('company_id', '=', companyId)
        .where('slot', '=', slot)
        .executeTakeFirst();
      return result.numDeletedRows > 0n ? 'deleted' : 'not_found';
    },
  };
}
