import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { insertTestOrganization } from '../employees/employees.test-utils.js';
import { createIdentityTransactionRunner } from './auth.dependencies.js';
import { insertTestSession, insertTestUser } from './auth.test-utils.js';
import { purgeExpiredSignInState } from './housekeeping.usecases.js';

describeEachDatabase('sign-in housekeeping', ({ openDatabase }) => {
  it('deletes sessions past their lifetime and day-old links and windows, and nothing else', async () => {
    const { db } = await openDatabase();
    const organizationId = await insertTestOrganization(db);
    const user = await insertTestUser(db, organizationId);
    const at = (iso: string) => () => new Date(iso);
    // Sessions live 12 hours: one from yesterday morning has ended, one from this morning has not.
    const ended = await insertTestSession(db, {
      organizationId,
      userId: user.id,
      now: at('2026-06-29T06:00:00.000Z'),
    });
    const live = await insertTestSession(db, {
      organizationId,
      userId: user.id,
      now: at('2026-06-30T06:00:00.000Z'),
    });
    for (const [id, expires] of [
      ['tok_old', '2026-06-28T00:00:00.000Z'],
      ['tok_new', '2026-06-30T09:00:00.000Z'],
    ] as const) {
      await db
        .insertInto('auth_tokens')
        .values({
          id,
          organization_id: organizationId,
          user_id: user.id,
          purpose: 'password_reset',
          token_hash: id,
          email_key: user.email_key,
          created_at: '2026-06-27T00:00:00.000Z',
          expires_at: expires,
          used_at: null,
        })
        .execute();
    }
    await db
      .insertInto('rate_limit_buckets')
      .values([
        { key: 'auth:old', window_start: '2026-06-28T00:00:00.000Z', count: 3 },
        { key: 'auth:now', window_start: '2026-06-30T07:55:00.000Z', count: 1 },
      ])
      .execute();
    const now = at('2026-06-30T08:00:00.000Z');
    const inTransaction = createIdentityTransactionRunner(db, now);
    expect(await purgeExpiredSignInState({ inTransaction, now })).toEqual({ sessions: 1, other: 1 });
    expect((await db.selectFrom('sessions').select('id').execute()).map((row) => row.id)).toEqual([
      live.sessionId,
    ]);
    expect(ended.sessionId).not.toBe(live.sessionId);
    expect((await db.selectFrom('auth_tokens').select('id').execute()).map((row) => row.id)).toEqual([
      'tok_new',
    ]);
    expect((await db.selectFrom('rate_limit_buckets').select('key').execute()).map((row) => row.key)).toEqual(
      ['auth:now'],
    );
    // Idempotent: a second run (or another instance) finds nothing more.
    expect(await purgeExpiredSignInState({ inTransaction, now })).toEqual({ sessions: 0, other: 0 });
  });
});
