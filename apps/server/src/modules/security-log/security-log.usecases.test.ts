import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, describeEachDatabase } from '../../app/database/database.test-utils.js';
import type { Db } from '../../app/database/database.types.js';
import { createTransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import { securityLogTextLimits } from './security-log.config.js';
import { sanitizeLogText, type SecurityEvent } from './security-log.models.js';
import { createSecurityLogRepository } from './security-log.repository.js';
import { listSecurityEventsQuerySchema } from './security-log.schemas.js';
import { startSecurityLogRetention } from './security-log.task.js';
import * as usecases from './security-log.usecases.js';

const testNow = new Date('2026-06-30T08:00:00.000Z');
const day = 24 * 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(testNow.getTime() + offsetMs);

function dependenciesFor(db: Db, now: () => Date = () => testNow): usecases.SecurityLogDependencies {
  return {
    inTransaction: createTransactionRunner(db, (trx) => ({
      securityLog: createSecurityLogRepository({ db: trx }),
    })),
    now,
  };
}

/** Records one event in a transaction of its own, as a feature would in its own. */
async function record(db: Db, event: SecurityEvent, now: Date = testNow) {
  return dependenciesFor(db).inTransaction((repositories) =>
    usecases.recordSecurityEvent(repositories, event, { now: () => now }),
  );
}

const listQuery = (query: Record<string, unknown> = {}) => listSecurityEventsQuerySchema.parse(query);

/** The CSV's lines without the byte-order mark and the final line break, each split into its cells. */
function csvCells(csv: string): string[][] {
  return csv
    .slice(1)
    .split('\r\n')
    .slice(0, -1)
    .map((line) => line.split(';'));
}

describe('sanitizeLogText', () => {
  it('turns CR/LF and other line breaks into a space, so no second log line can be forged', () => {
    const forged = 'anna@example.de\r\n2026-06-30T08:00:00Z authn_login_success admin@example.de';
    expect(sanitizeLogText(forged, 254)).toBe(
      'anna@example.de 2026-06-30T08:00:00Z authn_login_success admin@example.de',
    );
    expect(sanitizeLogText('a\nb\rc\u2028d\u2029e\u0085f\u000bg\u000ch', 254)).toBe('a b c d e f g h');
  });

  it('removes ANSI escape sequences whole (colours, cursor moves, window titles, 8-bit CSI)', () => {
    expect(sanitizeLogText('\u001b[31mred\u001b[0m', 100)).toBe('red');
    expect(sanitizeLogText('a\u001b[2J\u001b[1;1Hb', 100)).toBe('ab');
    expect(sanitizeLogText('x\u001b]0;owned\u0007y', 100)).toBe('xy');
    expect(sanitizeLogText('x\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\y', 100)).toBe('xlinky');
    expect(sanitizeLogText('x\u009b31my', 100)).toBe('xy');
    expect(sanitizeLogText('x\u001bcy', 100)).toBe('xy');
    expect(sanitizeLogText('x\u001b(By', 100)).toBe('xy');
    expect(sanitizeLogText('bell\u0007 nul\u0000 del\u007f', 100)).toBe('bell nul del');
    // Nothing that a terminal would act on is left.
    expect(sanitizeLogText('\u001b[31m\u001b]0;t\u0007\u009b1m', 100)).toBeNull();
  });

  it('removes bidi overrides and other invisible characters, so the reader sees what was stored', () => {
    // "admin\u202Egnp.exe" shows as "adminexe.png"
    expect(sanitizeLogText('admin\u202Egnp.exe', 100)).toBe('admingnp.exe');
    expect(
      sanitizeLogText('\u2066a\u2067b\u2068c\u2069\u202Ad\u202Be\u202Cf\u200Eg\u200Fh\u061Ci', 100),
    ).toBe('abcdefghi');
    expect(sanitizeLogText('ad\u200Bmin\uFEFF\u00AD', 100)).toBe('admin');
    expect(sanitizeLogText('lone \uD800 surrogate', 100)).toBe('lone surrogate');
  });

  it('collapses white space, trims, keeps umlauts and emoji, and cuts to the length in characters', () => {
    expect(sanitizeLogText('  Jörg \t\t Müller  ', 100)).toBe('Jörg Müller');
    expect(sanitizeLogText('   ', 100)).toBeNull();
    expect(sanitizeLogText(undefined, 100)).toBeNull();
    expect(sanitizeLogText('abcdefghij', 10)).toBe('abcdefghij');
    expect(sanitizeLogText('abcdefghijk', 10)).toBe('abcdefghi…');
    // Emoji are two UTF-16 units: a cut never leaves half of one behind.
    const cut = sanitizeLogText('😀'.repeat(20), 10)!;
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
    expect(sanitizeLogText('u\u0308', 10)).toBe('ü');
  });
});

describe('toCsvCell', () => {
  it('defuses cells that spreadsheets would run as formulas with an apostrophe', () => {
    expect(usecases.toCsvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    for (const start of ['+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(usecases.toCsvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    }
    expect(usecases.toCsvCell('a=1')).toBe('"a=1"');
  });

  it('quotes every cell and doubles inner quotes, so ; and " cannot split a cell', () => {
    expect(usecases.toCsvCell('Müller; "Chef"')).toBe('"Müller; ""Chef"""');
    expect(usecases.toCsvCell(null)).toBe('""');
  });
});

describeEachDatabase('the security log use cases', ({ openDatabase }) => {
  it('records an event with the caller’s transaction: committed with it, rolled back with it', async () => {
    const { db } = await openDatabase();
    const organizationId = createId('org');
    const { inTransaction } = dependenciesFor(db);
    const row = await record(db, {
      organizationId,
      userId: 'usr_a',
      action: 'authn_login_success',
      ipAddress: '203.0.113.7',
      userAgent: 'Mozilla/5.0',
      details: { factor: 'password+totp', attempts: 2, remembered: false, note: null },
    });
    expect(row).toEqual({
      id: expect.stringMatching(/^sev_/),
      organization_id: organizationId,
      user_id: 'usr_a',
      actor_user_id: null,
      action: 'authn_login_success',
      reason: null,
      subject: null,
      ip_address: '203.0.113.7',
      user_agent: 'Mozilla/5.0',
      details_json: '{"factor":"password+totp","attempts":2,"remembered":false,"note":null}',
      created_at: '2026-06-30T08:00:00.000Z',
    });

    await expect(
      inTransaction(async (repositories) => {
        await usecases.recordSecurityEvent(
          repositories,
          { organizationId, userId: 'usr_a', action: 'authn_password_change' },
          { now: () => testNow },
        );
        throw new Error('the password change failed after the event was written');
      }),
    ).rejects.toThrow('failed after');
    expect(await db.selectFrom('security_events').select('action').execute()).toEqual([
      { action: 'authn_login_success' },
    ]);
  });

  it('stores user-controlled text as one sanitised line: CR/LF, ANSI, bidi and NUL removed, cut to 254/512', async () => {
    const { db } = await openDatabase();
    const row = await record(db, {
      organizationId: null,
      action: 'authn_login_fail',
      reason: 'unknown_user',
      subject:
        'eve@example.de\r\n2026-06-30T08:00:00.000Z authn_login_success \u001b[32madmin\u001b[0m\u202E\u0000',
      ipAddress: '198.51.100.1\n',
      userAgent: `curl/8.0 ${'x'.repeat(600)}`,
      details: { step: 'password\r\nforged', path: '/\u001b]0;t\u0007x' },
    });
    const stored = await db.selectFrom('security_events').selectAll().executeTakeFirstOrThrow();
    expect(stored).toEqual(row);
    expect(stored.subject).toBe('eve@example.de 2026-06-30T08:00:00.000Z authn_login_success admin');
    expect(stored.ip_address).toBe('198.51.100.1');
    expect(Array.from(stored.user_agent!)).toHaveLength(securityLogTextLimits.userAgent);
    expect(stored.user_agent!.endsWith('…')).toBe(true);
    expect(JSON.parse(stored.details_json!)).toEqual({ step: 'password forged', path: '/x' });

    const long = await record(db, {
      organizationId: null,
      action: 'authn_login_fail',
      subject: 'a'.repeat(300),
    });
    expect(Array.from(long.subject!)).toHaveLength(securityLogTextLimits.subject);
  });

  it('refuses details whose keys look secret, as a programming error, and writes nothing', async () => {
    const { db } = await openDatabase();
    const secretKeys = [
      'password',
      'newPassword',
      'PASSWORD_HASH',
      'passwordHash',
      'resetToken',
      'access_token',
      'code',
      'otpCode',
      'totp-secret',
      'clientSecret',
      'hash',
      'Cookie',
      'sessionCookie',
      'apiKey',
      'authorization',
    ];
    for (const key of secretKeys) {
      await expect(
        record(db, { organizationId: null, action: 'authn_mfa_fail', details: { [key]: 'x' } }),
        key,
      ).rejects.toThrow(usecases.InvalidSecurityEventError);
    }
    await expect(
      record(db, { organizationId: null, action: 'authn_mfa_fail', details: { password: 'hunter2' } }),
    ).rejects.toThrow(/looks secret/);
    // Not flat, not finite, or a key with a line break: refused too.
    for (const details of [
      { nested: { a: 1 } },
      { count: Number.NaN },
      { 'step\nforged': 'x' },
      ['a'],
    ] as unknown as SecurityEvent['details'][]) {
      await expect(record(db, { organizationId: null, action: 'authn_mfa_fail', details })).rejects.toThrow(
        usecases.InvalidSecurityEventError,
      );
    }
    expect(await db.selectFrom('security_events').select('id').execute()).toEqual([]);
  });

  it('refuses an unknown action and a reason that is free text instead of a code', async () => {
    const { db } = await openDatabase();
    await expect(
      record(db, { organizationId: null, action: 'authn_login_hacked' as SecurityEvent['action'] }),
    ).rejects.toThrow(/unknown security action/);
    await expect(
      record(db, {
        organizationId: null,
        action: 'authn_login_fail',
        reason: 'wrong password\r\nauthn_login_success',
      }),
    ).rejects.toThrow(usecases.InvalidSecurityEventError);
    expect(await db.selectFrom('security_events').select('id').execute()).toEqual([]);
  });

  it('lists one organisation’s events newest first, page by page with nextCursor, filtered', async () => {
    const { db } = await openDatabase();
    const [mine, other] = [createId('org'), createId('org')];
    for (let index = 0; index < 5; index += 1) {
      await record(
        db,
        { organizationId: mine, userId: 'usr_a', action: 'authn_login_success' },
        at(index * 1000),
      );
    }
    await record(db, { organizationId: mine, userId: 'usr_b', action: 'authn_logout' }, at(10_000));
    await record(db, { organizationId: other, userId: 'usr_a', action: 'authn_login_success' }, at(20_000));
    const { inTransaction } = dependenciesFor(db);
    const list = (query: Record<string, unknown>) =>
      usecases.listSecurityEvents({ organizationId: mine, query: listQuery(query), inTransaction });

    const first = await list({ limit: 4 });
    expect(first.events.map((event) => event.created_at)).toEqual([
      at(10_000).toISOString(),
      at(4000).toISOString(),
      at(3000).toISOString(),
      at(2000).toISOString(),
    ]);
    const second = await list({ limit: 4, cursor: first.nextCursor });
    expect(second.events.map((event) => event.created_at)).toEqual([
      at(1000).toISOString(),
      at(0).toISOString(),
    ]);
    expect(second.nextCursor).toBeNull();

    expect((await list({ action: 'authn_logout' })).events.map((event) => event.user_id)).toEqual(['usr_b']);
    // A time with an offset means the same instant as in UTC.
    const ranged = await list({ from: '2026-06-30T10:00:02+02:00', to: '2026-06-30T08:00:04Z' });
    expect(ranged.events.map((event) => event.created_at)).toEqual([
      at(3000).toISOString(),
      at(2000).toISOString(),
    ]);
    await expect(list({ from: '2026-06-30T09:00:00Z', to: '2026-06-30T08:00:00Z' })).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [{ path: 'query.to', message: 'must be after query.from' }],
    });
    await expect(list({ cursor: 'garbage' })).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [{ path: 'query.cursor' }],
    });
  });

  it('exports CSV for German Excel: BOM, ;, CRLF, German header, UTC times, quoted and defused cells', async () => {
    const { db } = await openDatabase();
    const [mine, other] = [createId('org'), createId('org')];
    await record(
      db,
      { organizationId: mine, userId: 'usr_a', action: 'authn_login_fail', reason: 'wrong_password' },
      at(-day),
    );
    await record(db, {
      organizationId: mine,
      userId: 'usr_a',
      actorUserId: 'usr_admin',
      action: 'authn_login_unlock',
      subject: '=HYPERLINK("http://evil.example","klick"); "x"',
      ipAddress: '203.0.113.7',
      userAgent: '-2+3',
      details: { via: 'Administration' },
    });
    await record(db, { organizationId: other, userId: 'usr_x', action: 'authn_login_success' });
    const { inTransaction } = dependenciesFor(db);

    const { csv, count } = await usecases.exportSecurityEventsCsv({
      organizationId: mine,
      query: {},
      inTransaction,
    });
    expect(count).toBe(2);
    expect(csv.startsWith('\uFEFF"Zeitpunkt (UTC)";"Ereignis";')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      [
        'Zeitpunkt (UTC)',
        'Ereignis',
        'Ereigniscode',
        'Grund',
        'Benutzer-ID',
        'Ausgeführt von (Benutzer-ID)',
        'Angegebene E-Mail-Adresse',
        'IP-Adresse',
        'User-Agent',
        'Details',
      ]
        .map((cell) => `"${cell}"`)
        .join(';'),
    );
    expect(lines[1]).toBe(
      [
        '"2026-06-30T08:00:00.000Z"',
        '"Konto entsperrt"',
        '"authn_login_unlock"',
        '""',
        '"usr_a"',
        '"usr_admin"',
        '"\'=HYPERLINK(""http://evil.example"",""klick""); ""x"""',
        '"203.0.113.7"',
        '"\'-2+3"',
        '"{""via"":""Administration""}"',
      ].join(';'),
    );
    expect(lines[2]).toBe(
      [
        '"2026-06-29T08:00:00.000Z"',
        '"Anmeldung fehlgeschlagen"',
        '"authn_login_fail"',
        '"Falsches Passwort"',
        '"usr_a"',
        '""',
        '""',
        '""',
        '""',
        '""',
      ].join(';'),
    );
    expect(csvCells(csv)).toHaveLength(3);
    expect(csv).not.toContain('usr_x');

    const filtered = await usecases.exportSecurityEventsCsv({
      organizationId: mine,
      query: { action: 'authn_login_fail' },
      inTransaction,
    });
    expect(csvCells(filtered.csv).map((cells) => cells[2])).toEqual(['"Ereigniscode"', '"authn_login_fail"']);

    // More entries than an export may hold: refused with a hint, not silently cut.
    await expect(
      usecases.exportSecurityEventsCsv({ organizationId: mine, query: {}, inTransaction, maxRows: 1 }),
    ).rejects.toMatchObject({ code: 'validation.failed', issues: [{ path: 'query.from' }] });
    const empty = await usecases.exportSecurityEventsCsv({
      organizationId: createId('org'),
      query: {},
      inTransaction,
    });
    expect(csvCells(empty.csv)).toHaveLength(1);
  });

  it('deletes exactly the entries older than 60 days (injected clock), of every organisation, idempotently', async () => {
    const { db } = await openDatabase();
    const sixtyDays = 60 * day;
    const [mine, other] = [createId('org'), createId('org')];
    await record(db, { organizationId: mine, action: 'authn_login_success' }, at(-sixtyDays - 1));
    await record(db, { organizationId: other, action: 'authn_logout' }, at(-sixtyDays - day));
    await record(db, { organizationId: null, action: 'authn_login_fail' }, at(-90 * day));
    const kept = [
      await record(db, { organizationId: mine, action: 'authn_login_success' }, at(-sixtyDays)),
      await record(db, { organizationId: other, action: 'authn_login_success' }, at(-day)),
      await record(db, { organizationId: null, action: 'authn_login_fail' }, testNow),
    ];
    const dependencies = dependenciesFor(db, () => testNow);

    expect(await usecases.purgeOldSecurityEvents(dependencies)).toEqual({
      deleted: 3,
      cutoff: '2026-05-01T08:00:00.000Z',
    });
    expect(await usecases.purgeOldSecurityEvents(dependencies)).toMatchObject({ deleted: 0 });
    const left = await db.selectFrom('security_events').select('id').execute();
    expect(left.map((row) => row.id).sort()).toEqual(kept.map((row) => row.id).sort());

    // One millisecond later, the entry of exactly 60 days ago is older than 60 days.
    expect(await usecases.purgeOldSecurityEvents(dependenciesFor(db, () => at(1)))).toMatchObject({
      deleted: 1,
    });
  });

  it('deletes each old entry once when two instances run the retention at the same time', async () => {
    const { db } = await openDatabase();
    for (let index = 0; index < 20; index += 1) {
      await record(db, { organizationId: null, action: 'authn_login_fail' }, at(-61 * day - index));
    }
    const young = await record(db, { organizationId: null, action: 'authn_login_fail' }, at(-day));
    const results = await Promise.all([
      usecases.purgeOldSecurityEvents(dependenciesFor(db)),
      usecases.purgeOldSecurityEvents(dependenciesFor(db)),
    ]);
    expect(results[0].deleted + results[1].deleted).toBe(20);
    expect(await db.selectFrom('security_events').select('id').execute()).toEqual([{ id: young.id }]);
  });
});

// The retention task (security-log.task.ts) runs the purge above on a schedule.
describe('startSecurityLogRetention', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const createLogger = () => ({ info: vi.fn(), error: vi.fn() });

  it('is scheduled daily at 03:15 German time, in summer and in winter', async () => {
    const { db } = await createTestDatabase();
    const retention = startSecurityLogRetention({ db, logger: createLogger(), runAtStart: false });
    expect(retention.nextRun(new Date('2026-06-30T12:00:00Z'))).toEqual(new Date('2026-07-01T01:15:00Z'));
    expect(retention.nextRun(new Date('2026-01-15T12:00:00Z'))).toEqual(new Date('2026-01-16T02:15:00Z'));
    // The night summer time ends (25 October 2026): still once, at 03:15 CET.
    expect(retention.nextRun(new Date('2026-10-24T12:00:00Z'))).toEqual(new Date('2026-10-25T02:15:00Z'));
    await retention.stop();
  });

  it('runs at start and at 03:15 with the clock of that moment, and not after stop', async () => {
    const { db } = await createTestDatabase();
    const start = new Date('2026-07-01T01:14:00.000Z'); // 03:14 in Berlin
    vi.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // Older than 60 days only from 03:14:30 on: the start run keeps it, the 03:15 run deletes it.
    await record(
      db,
      { organizationId: null, action: 'authn_login_fail' },
      new Date(start.getTime() - 60 * day + 30_000),
    );
    const logger = createLogger();
    const retention = startSecurityLogRetention({ db, logger });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(logger.info.mock.calls).toEqual([
      [{ deleted: 0, cutoff: '2026-05-02T01:14:00.000Z' }, expect.stringContaining('deleted')],
    ]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(logger.info.mock.calls[1]).toEqual([
      { deleted: 1, cutoff: '2026-05-02T01:15:00.000Z' },
      expect.stringContaining('deleted'),
    ]);
    await retention.stop();
    await vi.advanceTimersByTimeAsync(2 * day);
    expect(logger.info).toHaveBeenCalledTimes(2);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('logs a failed run and carries on instead of crashing', async () => {
    // No tables: every run fails.
    const { db } = await createTestDatabase({ migrated: false });
    const logger = createLogger();
    const retention = startSecurityLogRetention({ db, logger, runAtStart: false });
    await expect(retention.runOnce()).resolves.toBeNull();
    await expect(retention.runOnce()).resolves.toBeNull();
    expect(logger.error).toHaveBeenCalledTimes(2);
    expect(logger.error).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: expect.stringContaining('security_events') }) },
      expect.stringContaining('retention run failed'),
    );
    expect(logger.info).not.toHaveBeenCalled();
    await retention.stop();
  });
});
