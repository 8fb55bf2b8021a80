// What the first start asks of the organisations table: is it empty, and create the development
// organisation (through the one function that does that, in app/request-context.ts).
import type { Db } from '../../app/database/database.types.js';
import { ensureDevelopmentOrganization } from '../../app/request-context.js';

export type DemoRepository = ReturnType<typeof createDemoRepository>;

export function createDemoRepository({ db }: { db: Db }) {
  return {
    async hasAnyOrganization(): Promise<boolean> {
      return (await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst()) !== undefined;
    },

    /** True if this call created it. */
    ensureDevelopmentOrganization({ now }: { now: () => Date }): Promise<boolean> {
      return ensureDevelopmentOrganization({ db, now });
    },
  };
}
