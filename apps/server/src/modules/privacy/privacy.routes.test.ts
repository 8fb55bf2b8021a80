// The tenant's privacy settings through the API on both databases: the defaults, a change with its
// security-log entry, who may read and who may change them (area „Datenschutz“), validation, and that a
// tenant only ever reads and changes its own.
import { expect, it } from 'vitest';
import { createApiTestServer, insertOrganization } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';

const url = '/api/v1/organization/privacy';

async function privacyEvents(db: Db, organizationId: string) {
  const rows = await db
    .selectFrom('security_events')
    .select(['action', 'user_id', 'details_json'])
    .where('organization_id', '=', organizationId)
    .where('action', '=', 'privacy_settings_changed')
    .execute();
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details_json ?? '{}') as unknown }));
}

describeEachDatabase('the privacy settings API', ({ openDatabase }) => {
  async function setUp() {
    const { db } = await openDatabase();
    return createApiTestServer({ db });
  }

  it('starts with change tracking off, no mandatory handover code, both channels allowed', async () => {
    const { send } = await setUp();
    const response = await send({ url });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      changeTracking: false,
      handoverCode: { required: false, channels: ['email', 'sms'] },
    });
  });

  it('changes the settings, keeps what is not sent, and logs the change with its new values', async () => {
    const { send, db, organizationId, administrator } = await setUp();
    const changed = await send({
      method: 'PATCH',
      url,
      payload: { changeTracking: true, handoverCode: { required: true, channels: ['sms', 'email'] } },
    });
    expect(changed.status).toBe(200);
    // Channels in a fixed order; 'email,sms' was already stored, so only two settings changed.
    expect(changed.body).toEqual({
      changeTracking: true,
      handoverCode: { required: true, channels: ['email', 'sms'] },
    });
    expect(await privacyEvents(db, organizationId)).toEqual([
      {
        action: 'privacy_settings_changed',
        user_id: administrator.id,
        details_json: expect.any(String) as string,
        details: { settings: 'privacy', changeTracking: true, handoverSecondFactorRequired: true },
      },
    ]);
    const partial = await send({ method: 'PATCH', url, payload: { handoverCode: { channels: ['email'] } } });
    expect(partial.body).toEqual({
      changeTracking: true,
      handoverCode: { required: true, channels: ['email'] },
    });
    expect((await send({ url })).body).toEqual(partial.body);
    // One clock: the entries share their time, so they are compared as a set.
    expect((await privacyEvents(db, organizationId)).map((event) => event.details)).toContainEqual({
      settings: 'privacy',
      handoverSecondFactorChannels: 'email',
    });
    // Nothing changes: nothing is logged.
    await send({ method: 'PATCH', url, payload: { changeTracking: true } });
    expect(await privacyEvents(db, organizationId)).toHaveLength(2);
  });

  it('lets „Datenschutz: lesen“ read but not change, and refuses others and anonymous requests', async () => {
    const { send, signIn } = await setUp();
    const reader = await signIn({ role: { privacy: 'read' } });
    const writer = await signIn({ role: { privacy: 'write' } });
    const other = await signIn({ role: { employees: 'write', emailTemplates: 'write' } });
    expect((await send({ url }, { as: reader.session })).status).toBe(200);
    const refused = await send(
      { method: 'PATCH', url, payload: { changeTracking: true } },
      { as: reader.session },
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'auth.forbidden' } });
    expect((await send({ url }, { as: other.session })).status).toBe(403);
    expect(
      (await send({ method: 'PATCH', url, payload: { changeTracking: true } }, { as: other.session })).status,
    ).toBe(403);
    expect((await send({ url }, { as: null })).status).toBe(401);
    // Nothing was changed by the refused requests.
    expect((await send({ url })).body).toMatchObject({ changeTracking: false });
    const allowed = await send(
      { method: 'PATCH', url, payload: { changeTracking: true } },
      { as: writer.session },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({ changeTracking: true });
  });

  it('refuses no channel, unknown or repeated channels, wrong types and unknown fields at their paths', async () => {
    const { send } = await setUp();
    const cases: [Record<string, unknown>, string][] = [
      [{ handoverCode: { channels: [] } }, 'handoverCode.channels'],
      [{ handoverCode: { channels: ['fax'] } }, 'handoverCode.channels.0'],
      [{ handoverCode: { channels: ['sms', 'sms'] } }, 'handoverCode.channels'],
      [{ changeTracking: 'ja' }, 'changeTracking'],
      [{ handoverCode: { required: 1 } }, 'handoverCode.required'],
      [{ retention: 30 }, ''],
    ];
    for (const [payload, path] of cases) {
      const response = await send({ method: 'PATCH', url, payload });
      expect(response.status, JSON.stringify(payload)).toBe(400);
      const body = response.body as { error: { code: string; issues: { path: string }[] } };
      expect(body.error.code).toBe('validation.failed');
      if (path) expect(body.error.issues.map((issue) => issue.path)).toContain(path);
    }
    expect((await send({ url })).body).toEqual({
      changeTracking: false,
      handoverCode: { required: false, channels: ['email', 'sms'] },
    });
  });

  it("changes only the own organisation's settings", async () => {
    const { send, db } = await setUp();
    const other = await insertOrganization(db);
    await send({ method: 'PATCH', url, payload: { changeTracking: true, handoverCode: { required: true } } });
    const row = await db
      .selectFrom('organizations')
      .select(['change_tracking', 'handover_code_required', 'handover_code_channels'])
      .where('id', '=', other)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      change_tracking: 0,
      handover_code_required: 0,
      handover_code_channels: 'email,sms',
    });
  });
});
