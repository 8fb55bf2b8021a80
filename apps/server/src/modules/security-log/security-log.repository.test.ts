import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db, SecurityEventsTable } from '../../app/database/database.types.js';
import { createId } from '../../app/ids.js';
import {
  createSecurityLogRepository,
  type SecurityEventFilters,
  type SecurityEventPosition,
} from './security-log.repository.js';

function eventRow(
  organizationId: string | null,
  fields: Partial<SecurityEventsTable> & { created_at: string },
): SecurityEventsTable {
  return {
    id: createId('sev'),
    organization_id: organizationId,
    user_id: null,
    actor_user_id: null,
    action: 'authn_login_success',
    reason: null,
    subject: null,
    ip_address: '127.0.0.1',
    user_agent: null,
    details_json: null,
    ...fields,
  };
}

async function seed(db: Db, rows: SecurityEventsTable[]): Promise<SecurityEventsTable[]> {
  const repository = createSecurityLogRepository({ db });
  for (const row of rows) await repository.insertEvent(row);
  return rows;
}

/** Newest first, then by id descending: the order the list promises. */
function newestFirst(rows: SecurityEventsTable[]): SecurityEventsTable[] {
  return [...rows].sort((a, b) =>
    a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1,
  );
}

async function readAllPages(db: Db, organizationId: string, filters: SecurityEventFilters, limit: number) {
  const repository = createSecurityLogRepository({ db });
  const pages: string[][] = [];
  let after: SecurityEventPosition | undefined;
  for (;;) {
    const rows = await repository.listEvents({ organizationId, filters, limit, ...(after ? { after } : {}) });
    if (rows.length === 0) break;
    pages.push(rows.map((row) => row.id));
    const last = rows.at(-1)!;
    after = { createdAt: last.created_at, id: last.id };
  }
  return pages;
}

describeEachDatabase('the security log repository', ({ openDatabase }) => {
  it('stores every column and lists newest first, paging by keyset without gaps or repeats on equal times', async () => {
    const { db } = await openDatabase();
    const organizationId = createId('org');
    const full = eventRow(organizationId, {
      created_at: '2026-06-30T08:00:00.000Z',
      user_id: 'usr_a',
      actor_user_id: 'usr_admin',
      action: 'authn_login_unlock',
      reason: 'account_locked',
      subject: 'anna@example.de',
      ip_address: '2001:db8::1',
      user_agent: 'Mozilla/5.0',
      details_json: '{"factor":"password"}',
    });
    const rows = await seed(db, [
      full,
      // Five entries in the same millisecond: the id decides, and no page boundary loses one.
      ...Array.from({ length: 5 }, () =>
        eventRow(organizationId, { created_at: '2026-06-29T10:00:00.000Z' }),
      ),
      eventRow(organizationId, { created_at: '2026-06-28T10:00:00.000Z' }),
    ]);
    const repository = createSecurityLogRepository({ db });
    const [first] = await repository.listEvents({ organizationId, filters: {}, limit: 1 });
    expect(first).toEqual(full);

    const pages = await readAllPages(db, organizationId, {}, 2);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(newestFirst(rows).map((row) => row.id));
  });

  it('filters by action, user, and a time range that includes from and excludes to', async () => {
    const { db } = await openDatabase();
    const organizationId = createId('org');
    const [early, atFrom, failed, otherUser, atTo] = await seed(db, [
      eventRow(organizationId, { created_at: '2026-06-01T07:59:59.999Z', user_id: 'usr_a' }),
      eventRow(organizationId, { created_at: '2026-06-01T08:00:00.000Z', user_id: 'usr_a' }),
      eventRow(organizationId, {
        created_at: '2026-06-10T08:00:00.000Z',
        user_id: 'usr_a',
        action: 'authn_login_fail',
        reason: 'wrong_password',
      }),
      eventRow(organizationId, { created_at: '2026-06-11T08:00:00.000Z', user_id: 'usr_b' }),
      eventRow(organizationId, { created_at: '2026-06-20T08:00:00.000Z', user_id: 'usr_a' }),
    ]);
    const repository = createSecurityLogRepository({ db });
    const ids = async (filters: SecurityEventFilters) =>
      (await repository.listEvents({ organizationId, filters, limit: 100 })).map((row) => row.id);

    expect(await ids({ action: 'authn_login_fail' })).toEqual([failed!.id]);
    expect(await ids({ userId: 'usr_b' })).toEqual([otherUser!.id]);
    expect(await ids({ from: '2026-06-01T08:00:00.000Z', to: '2026-06-20T08:00:00.000Z' })).toEqual([
      otherUser!.id,
      failed!.id,
      atFrom!.id,
    ]);
    expect(
      await ids({
        userId: 'usr_a',
        action: 'authn_login_success',
        from: '2026-06-01T00:00:00.000Z',
        to: '2026-06-30T00:00:00.000Z',
      }),
    ).toEqual([atTo!.id, atFrom!.id, early!.id]);
    expect(await ids({ action: 'authn_logout' })).toEqual([]);
  });

  it('never lists another organisation’s entries or those of no organisation, whatever the filters or cursor', async () => {
    const { db } = await openDatabase();
    const [mine, other] = [createId('org'), createId('org')];
    const at = '2026-06-30T08:00:00.000Z';
    const [own] = await seed(db, [
      eventRow(mine, { created_at: at, user_id: 'usr_shared' }),
      eventRow(other, { created_at: at, user_id: 'usr_shared' }),
      eventRow(other, { created_at: '2026-06-29T08:00:00.000Z', user_id: 'usr_shared' }),
      eventRow(null, {
        created_at: at,
        user_id: 'usr_shared',
        action: 'authn_login_fail',
        reason: 'unknown_user',
      }),
    ]);
    const repository = createSecurityLogRepository({ db });
    expect(
      (
        await repository.listEvents({ organizationId: mine, filters: { userId: 'usr_shared' }, limit: 100 })
      ).map((row) => row.id),
    ).toEqual([own!.id]);
    expect(
      await repository.listEvents({
        organizationId: mine,
        filters: { action: 'authn_login_fail' },
        limit: 100,
      }),
    ).toEqual([]);
    // A position taken from the other organisation's page does not open it either.
    expect(
      await repository.listEvents({
        organizationId: mine,
        filters: {},
        after: { createdAt: '2026-07-01T00:00:00.000Z', id: 'sev_zzzz' },
        limit: 100,
      }),
    ).toEqual([own]);
  });

  it('deletes exactly the entries of every organisation written before the cutoff, and is idempotent', async () => {
    const { db } = await openDatabase();
    const [mine, other] = [createId('org'), createId('org')];
    const cutoff = '2026-05-01T08:00:00.000Z';
    const rows = await seed(db, [
      eventRow(mine, { created_at: '2026-04-01T08:00:00.000Z' }),
      eventRow(other, { created_at: '2026-05-01T07:59:59.999Z' }),
      eventRow(null, { created_at: '2026-04-30T08:00:00.000Z' }),
      eventRow(mine, { created_at: cutoff }),
      eventRow(other, { created_at: '2026-06-30T08:00:00.000Z' }),
    ]);
    const repository = createSecurityLogRepository({ db });
    expect(await repository.deleteEventsBefore({ cutoff })).toBe(3);
    expect(await repository.deleteEventsBefore({ cutoff })).toBe(0);
    const left = await db.selectFrom('security_events').select('id').orderBy('created_at').execute();
    expect(left.map((row) => row.id)).toEqual([rows[3]!.id, rows[4]!.id]);
  });
});
