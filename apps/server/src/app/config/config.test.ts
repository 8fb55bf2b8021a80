// The server speaks plain HTTP on loopback; TLS is the reverse proxy's job.
/* eslint-disable @microsoft/sdl/no-insecure-url */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it, onTestFinished } from 'vitest';
import { configSchema, configVariableNames } from './config.schema.js';
import { ConfigError, loadConfig, parseConfig } from './config.js';

const cwd = '/srv/zeugnisdesk';

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zd-config-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const key = 'ab'.repeat(32);

function configError(env: Record<string, string>): ConfigError {
  try {
    parseConfig({ env, cwd });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('starts the embedded database on 127.0.0.1:3000 with nothing configured', () => {
    expect(parseConfig({ env: {}, cwd })).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/zeugnisdesk/data',
      database: {
        kind: 'sqlite',
        path: '/srv/zeugnisdesk/data/zeugnisdesk.db',
        key: { source: 'data-dir', path: '/srv/zeugnisdesk/data/database.key' },
      },
      publicUrl: 'http://127.0.0.1:3000',
      isHttps: false,
      trustedProxies: [],
      logLevel: 'info',
      nodeEnv: 'production',
      delivery: { mail: { kind: 'outbox' }, sms: { kind: 'outbox' } },
      seedDemo: true,
    });
  });

  it('reads SEED_DEMO=false, and refuses anything but true or false', () => {
    expect(parseConfig({ env: { SEED_DEMO: 'false' }, cwd }).seedDemo).toBe(false);
    expect(configError({ SEED_DEMO: 'no' }).message).toBe(
      'invalid configuration: SEED_DEMO must be true or false',
    );
  });

  it('reads every variable', () => {
    const config = parseConfig({
      env: {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/zeugnisdesk',
        DATABASE_URL: 'postgres://app:secret@db:5432/zeugnisdesk',
        PUBLIC_URL: 'https://zeugnisse.example.de/',
        TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,fd00::/8',
        LOG_LEVEL: 'debug',
        NODE_ENV: 'development',
      },
      cwd,
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/zeugnisdesk',
      database: { kind: 'postgres', url: 'postgres://app:secret@db:5432/zeugnisdesk' },
      publicUrl: 'https://zeugnisse.example.de',
      isHttps: true,
      trustedProxies: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'],
      logLevel: 'debug',
      nodeEnv: 'development',
    });
  });

  it('takes the key from DATABASE_KEY, or the path of DATABASE_KEY_FILE relative to the working directory', () => {
    expect(parseConfig({ env: { DATABASE_KEY: key }, cwd }).database).toMatchObject({
      key: { source: 'environment', hex: key },
    });
    expect(parseConfig({ env: { DATABASE_KEY_FILE: 'secrets/db.key' }, cwd }).database).toMatchObject({
      key: { source: 'file', path: '/srv/zeugnisdesk/secrets/db.key' },
    });
  });

  it('treats an empty value as unset and ignores variables that are not ours', () => {
    expect(parseConfig({ env: { PORT: '', HOME: '/root' }, cwd }).port).toBe(3000);
  });

  it('puts brackets around an IPv6 host in the default public URL', () => {
    expect(parseConfig({ env: { HOST: '::1', PORT: '4000' }, cwd }).publicUrl).toBe('http://[::1]:4000');
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['HOST', { HOST: 'local host' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db/zeugnisdesk' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['DATABASE_KEY', { DATABASE_KEY: 'too-short' }],
    ['DATABASE_KEY_FILE', { DATABASE_KEY: key, DATABASE_KEY_FILE: '/run/secrets/key' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://example.de' }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: 'proxy.example.de' }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.0/33' }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '127.0.0.1,,10.0.0.1' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://example.de/?x=1' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('rejects a bad %s with one line that names it', (name, env) => {
    const error = configError(env);
    expect(error.code).toBe('config.invalid');
    expect(error.message).toMatch(new RegExp(`^invalid configuration: ${name} `));
    expect(error.message).not.toContain('\n');
  });

  it('never repeats a secret value in its message', () => {
    const error = configError({ DATABASE_KEY: 'my-secret-passphrase', DATABASE_URL: 'mysql://u:pw123@db/x' });
    expect(error.message).toContain('DATABASE_KEY');
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).not.toContain('my-secret-passphrase');
    expect(error.message).not.toContain('pw123');
  });
});

describe('loadConfig', () => {
  it('reads a .env file in the working directory; the environment wins over it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), '# settings\nPORT=4100\nLOG_LEVEL="warn"\nHOST=0.0.0.0\n');
    const config = loadConfig({ env: { HOST: '127.0.0.2' }, cwd: dir });
    expect(config).toMatchObject({
      port: 4100,
      logLevel: 'warn',
      host: '127.0.0.2',
      dataDir: join(dir, 'data'),
    });
  });

  it('works without a .env file', () => {
    const dir = tempDir();
    expect(loadConfig({ env: {}, cwd: dir }).port).toBe(3000);
  });

  it('rejects a bad value from the .env file like one from the environment', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.env'), 'PORT=eighty\n');
    expect(() => loadConfig({ env: {}, cwd: dir })).toThrow(/PORT must be a whole number/);
  });
});

describe('docs/operations.md', () => {
  const docs = readFileSync(new URL('../../../../../docs/operations.md', import.meta.url), 'utf8');
  const { properties } = z.toJSONSchema(configSchema, { io: 'input' }) as {
    properties: Record<string, { default?: string }>;
  };

  it.each(configVariableNames)('documents %s with its default', (name) => {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\``));
    expect(row, `a table row for ${name}`).toBeDefined();
    const fallback = properties[name]?.default;
    if (fallback !== undefined) expect(row).toContain(`\`${fallback}\``);
  });
});

describe('parseConfig: delivery of e-mails and text messages', () => {
  it('uses the built-in outbox for both when nothing is configured', () => {
    expect(parseConfig({ env: {}, cwd }).delivery).toEqual({
      mail: { kind: 'outbox' },
      sms: { kind: 'outbox' },
    });
  });

  it('reads the SMTP server, the sender and the SMS gateway', () => {
    const { delivery } = parseConfig({
      env: {
        SMTP_URL: 'smtps://mailer:secret@mail.example.de:465',
        MAIL_FROM: 'Zeugnisdesk <zeugnisse@example.de>',
        SMS_GATEWAY_URL: 'https://sms.example.de/api/send',
        SMS_GATEWAY_TOKEN: 'tok',
        SMS_GATEWAY_BODY: '{"number":"{to}","message":"{text}"}',
      },
      cwd,
    });
    expect(delivery).toEqual({
      mail: {
        kind: 'smtp',
        url: 'smtps://mailer:secret@mail.example.de:465',
        from: 'Zeugnisdesk <zeugnisse@example.de>',
        allowInsecureLoopback: false,
      },
      sms: {
        kind: 'http',
        url: 'https://sms.example.de/api/send',
        token: 'tok',
        bodyTemplate: '{"number":"{to}","message":"{text}"}',
      },
    });
  });

  it('allows plain SMTP only to a loopback server, and only when asked to', () => {
    const env = {
      SMTP_URL: 'smtp://localhost:2525',
      MAIL_FROM: 'dev@localhost.test',
      SMTP_ALLOW_INSECURE_LOOPBACK: 'true',
    };
    expect(parseConfig({ env, cwd }).delivery.mail).toMatchObject({ allowInsecureLoopback: true });
    expect(() => parseConfig({ env: { ...env, SMTP_URL: 'smtp://mail.example.de:587' }, cwd })).toThrow(
      /^invalid configuration: SMTP_ALLOW_INSECURE_LOOPBACK applies only to/,
    );
  });

  it.each([
    ['SMTP_URL', { SMTP_URL: 'https://mail.example.de', MAIL_FROM: 'a@example.de' }],
    ['MAIL_FROM', { SMTP_URL: 'smtp://mail.example.de' }],
    ['MAIL_FROM', { MAIL_FROM: 'a@example.de\nBcc: x@evil.test' }],
    ['MAIL_FROM', { MAIL_FROM: 'Personalabteilung' }],
    ['SMTP_ALLOW_INSECURE_LOOPBACK', { SMTP_ALLOW_INSECURE_LOOPBACK: 'yes' }],
    ['SMS_GATEWAY_URL', { SMS_GATEWAY_URL: 'http://sms.example.de/send' }],
    ['SMS_GATEWAY_BODY', { SMS_GATEWAY_BODY: '{"to":"{to}"}' }],
    ['SMS_GATEWAY_BODY', { SMS_GATEWAY_BODY: '{"to":{to},"text":"{text}"}' }],
  ])('rejects a bad %s with one line that names it', (name, env) => {
    expect(() => parseConfig({ env, cwd })).toThrow(new RegExp(`^invalid configuration: ${name} `));
  });

  it('reads DKIM (domain, selector, key file relative to the working directory) only as all three', () => {
    const smtp = { SMTP_URL: 'smtps://mail.example.de', MAIL_FROM: 'zeugnisse@example.de' };
    const dkim = {
      DKIM_DOMAIN: 'example.de',
      DKIM_SELECTOR: 'zd2026',
      DKIM_PRIVATE_KEY_FILE: 'keys/dkim.pem',
    };
    expect(parseConfig({ env: { ...smtp, ...dkim }, cwd }).delivery.mail).toMatchObject({
      dkim: { domainName: 'example.de', keySelector: 'zd2026', privateKeyFile: join(cwd, 'keys/dkim.pem') },
    });
    expect(parseConfig({ env: smtp, cwd }).delivery.mail).not.toHaveProperty('dkim');
    expect(() =>
      parseConfig({ env: { ...smtp, DKIM_DOMAIN: 'example.de', DKIM_SELECTOR: 'zd2026' }, cwd }),
    ).toThrow(/^invalid configuration: DKIM_PRIVATE_KEY_FILE DKIM needs all three/);
    expect(() => parseConfig({ env: dkim, cwd })).toThrow(/DKIM_DOMAIN applies only with SMTP_URL/);
    expect(() => parseConfig({ env: { ...smtp, ...dkim, DKIM_DOMAIN: 'example.de\nx' }, cwd })).toThrow(
      /^invalid configuration: DKIM_DOMAIN must be a domain name/,
    );
    expect(() => parseConfig({ env: { ...smtp, ...dkim, DKIM_SELECTOR: 'a b' }, cwd })).toThrow(
      /^invalid configuration: DKIM_SELECTOR must be a DNS label/,
    );
  });

  it('never repeats the SMTP password in its message', () => {
    expect(() => parseConfig({ env: { SMTP_URL: 'imap://u:hunter2@mail.example.de' }, cwd })).toThrow(
      /^(?!.*hunter2)invalid configuration: SMTP_URL/,
    );
  });
});
