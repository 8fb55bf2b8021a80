// The configuration, parsed once at start from the environment and an optional `.env` file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { StartupError } from '../startup-error.js';
import { configSchema, configVariableNames, type LogLevel, type NodeEnv } from './config.schema.js';

export type DatabaseKeySetting =
  | { source: 'environment'; hex: string }
  | { source: 'file'; path: string }
  | { source: 'data-dir'; path: string };

export type DatabaseConfig =
  { kind: 'sqlite'; path: string; key: DatabaseKeySetting } | { kind: 'postgres'; url: string };

export interface DkimConfig {
  domainName: string;
  keySelector: string;
  /** Absolute. */
  privateKeyFile: string;
}

/** Where e-mails and text messages go (modules/delivery): a real server, or the built-in outbox. */
export interface DeliveryConfig {
  mail:
    | {
        kind: 'smtp';
        url: string;
        from: string;
        allowInsecureLoopback: boolean;
        /** DKIM signing (E2): the key file is read when the mail driver is created at start. */
        dkim?: DkimConfig;
      }
    | { kind: 'outbox' };
  sms: { kind: 'http'; url: string; token?: string; bodyTemplate: string } | { kind: 'outbox' };
}

export interface Config {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  database: DatabaseConfig;
  /** Origin (and optional base path) users reach the application at, without a trailing slash. */
  publicUrl: string;
  isHttps: boolean;
  /** TRUSTED_PROXIES: addresses and CIDR ranges whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  delivery: DeliveryConfig;
  /** SEED_DEMO: the first start fills the development organisation with demo data. */
  seedDemo: boolean;
}

/** A configuration problem: one line that names the variable, never the value (it may be a secret). */
export class ConfigError extends StartupError {
  constructor(message: string) {
    super('config.invalid', message);
    this.name = 'ConfigError';
  }
}

export const databaseFileName = 'zeugnisdesk.db';
export const databaseKeyFileName = 'database.key';

type Environment = Record<string, string | undefined>;

/** Reads `cwd/.env` if present. Variables already set in the environment win over the file. */
export function readDotEnv(cwd: string): Environment {
  const path = join(cwd, '.env');
  let text: string;
  try {
    // The path is fixed: `.env` in the working directory.
    // eslint-disable-next-line security/detect-non-literal-fs-filename
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ConfigError(`${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseEnv(text);
}

export function loadConfig({ env, cwd }: { env: Environment; cwd: string }): Config {
  return parseConfig({ env: { ...readDotEnv(cwd), ...env }, cwd });
}

export function parseConfig({ env, cwd }: { env: Environment; cwd: string }): Config {
  // Only our variables, and an empty value means "unset" (as in `PORT=` in a .env file).
  const ours = Object.fromEntries(
    configVariableNames.flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const result = configSchema.safeParse(ours);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const vars = result.data;
  const dataDir = resolve(cwd, vars.DATA_DIR);
  const hostInUrl = vars.HOST.includes(':') ? `[${vars.HOST}]` : vars.HOST;
  // The server itself speaks plain HTTP; TLS is terminated in front of it (PUBLIC_URL says where).
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url
  const publicUrl = (vars.PUBLIC_URL ?? `http://${hostInUrl}:${vars.PORT}`).replace(/\/+$/, '');
  return {
    port: vars.PORT,
    host: vars.HOST,
    dataDir,
    database: vars.DATABASE_URL
      ? { kind: 'postgres', url: vars.DATABASE_URL }
      : {
          kind: 'sqlite',
          path: join(dataDir, databaseFileName),
          key: vars.DATABASE_KEY
            ? { source: 'environment', hex: vars.DATABASE_KEY }
            : vars.DATABASE_KEY_FILE
              ? { source: 'file', path: resolve(cwd, vars.DATABASE_KEY_FILE) }
              : { source: 'data-dir', path: join(dataDir, databaseKeyFileName) },
        },
    publicUrl,
    isHttps: publicUrl.startsWith('https://'),
    trustedProxies: (vars.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    logLevel: vars.LOG_LEVEL,
    nodeEnv: vars.NODE_ENV,
    delivery: {
      mail: vars.SMTP_URL
        ? {
            kind: 'smtp',
            url: vars.SMTP_URL,
            from: vars.MAIL_FROM ?? '',
            allowInsecureLoopback: vars.SMTP_ALLOW_INSECURE_LOOPBACK === 'true',
            ...(vars.DKIM_DOMAIN && vars.DKIM_SELECTOR && vars.DKIM_PRIVATE_KEY_FILE
              ? {
                  dkim: {
                    domainName: vars.DKIM_DOMAIN,
                    keySelector: vars.DKIM_SELECTOR,
                    privateKeyFile: resolve(cwd, vars.DKIM_PRIVATE_KEY_FILE),
                  },
                }
              : {}),
          }
        : { kind: 'outbox' },
      sms: vars.SMS_GATEWAY_URL
        ? {
            kind: 'http',
            url: vars.SMS_GATEWAY_URL,
            ...(vars.SMS_GATEWAY_TOKEN ? { token: vars.SMS_GATEWAY_TOKEN } : {}),
            bodyTemplate: vars.SMS_GATEWAY_BODY,
          }
        : { kind: 'outbox' },
    },
    seedDemo: vars.SEED_DEMO === 'true',
  };
}
