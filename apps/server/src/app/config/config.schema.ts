// Every environment variable the server reads, declared once: type, default and documentation.
// docs/operations.md documents the same list; a test keeps the two in step.
import { isIP } from 'node:net';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const nodeEnvs = ['production', 'development', 'test'] as const;

const portMessage = 'must be a whole number from 0 to 65535';
const hexKeyMessage = 'must be 64 hexadecimal characters (a 256-bit key, e.g. from `openssl rand -hex 32`)';

export const databaseKeyPattern = /^[0-9a-fA-F]{64}$/;

function isUrlWithProtocol(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const booleans = ['true', 'false'] as const;
// `address` or `Name <address>`, on one line (no header injection through the sender).
const mailboxPattern = /^(?:[^\r\n<>"]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;
const dnsLabelPattern = /^[a-zA-Z0-9-]{1,63}$/;

/** DNS labels separated by dots (a DKIM selector may have several). */
function isDnsName(value: string, { minLabels }: { minLabels: number }): boolean {
  const labels = value.split('.');
  return (
    value.length <= 253 &&
    labels.length >= minLabels &&
    labels.every((label) => dnsLabelPattern.test(label) && !label.startsWith('-') && !label.endsWith('-'))
  );
}

export const defaultSmsBodyTemplate = '{"to":"{to}","text":"{text}"}';

export function isLoopbackUrl(value: string): boolean {
  try {
    return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(value).hostname);
  } catch {
    return false;
  }
}

/** An IP address, or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

function isSmsBodyTemplate(template: string): boolean {
  if (!template.includes('{to}') || !template.includes('{text}')) return false;
  try {
    JSON.parse(template.replaceAll('{to}', 'x').replaceAll('{text}', 'x'));
    return true;
  } catch {
    return false;
  }
}

export const configSchema = z
  .object({
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, portMessage)
      .transform(Number)
      .refine((port) => port <= 65535, portMessage)
      .prefault('3000')
      .describe('TCP port of the HTTP server; `0` picks a free port (the address is printed).'),
    HOST: z
      .string()
      .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0')
      .default('127.0.0.1')
      .describe(
        'Address the HTTP server binds to. The default accepts local connections only; ' +
          '`0.0.0.0` (or `::`) listens on every interface, e.g. behind a reverse proxy or in a container.',
      ),
    DATA_DIR: z
      .string()
      .default('./data')
      .describe(
        'Directory for the embedded database and its generated key (created with mode 0700); ' +
          'relative paths are resolved against the working directory.',
      ),
    DATABASE_URL: z
      .string()
      .refine(
        (url) => isUrlWithProtocol(url, ['postgres:', 'postgresql:']),
        'must be a PostgreSQL URL (postgres://user:password@host:5432/database); leave it unset for the embedded database',
      )
      .optional()
      .describe(
        'PostgreSQL connection URL (`postgres://…`). Unset: the embedded, encrypted SQLite database ' +
          '`DATA_DIR/zeugnisdesk.db`.',
      ),
    DATABASE_KEY: z
      .string()
      .regex(databaseKeyPattern, hexKeyMessage)
      .optional()
      .describe(
        'Key of the embedded database, 64 hex characters. Unset (and no `DATABASE_KEY_FILE`): read from ' +
          '`DATA_DIR/database.key`, which the first start generates.',
      ),
    DATABASE_KEY_FILE: z
      .string()
      .optional()
      .describe(
        'Path of a file holding the key instead (e.g. a container secret); same format as `DATABASE_KEY`.',
      ),
    PUBLIC_URL: z
      .string()
      .refine(
        (url) => isUrlWithProtocol(url, ['http:', 'https:']) && !/[?#]/.test(url),
        'must be an http:// or https:// URL without query or fragment, e.g. https://zeugnisse.example.de',
      )
      .optional()
      .describe(
        'The address users reach the application at. `https://` turns on HSTS. ' +
          'Unset: `http://HOST:PORT`.',
      ),
    TRUSTED_PROXIES: z
      .string()
      .refine(
        (value) => value.split(',').every((entry) => isAddressOrRange(entry.trim())),
        'must be a comma-separated list of IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8',
      )
      .optional()
      .describe(
        'Reverse proxies whose `X-Forwarded-For` names the client: comma-separated addresses or CIDR ' +
          'ranges. Unset: the client is the connecting address, and forwarded headers are ignored (the ' +
          'security log and the rate limits use that address).',
      ),
    LOG_LEVEL: z
      .enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` })
      .default('info')
      .describe('Level of the JSON log lines on standard output.'),
    NODE_ENV: z
      .enum(nodeEnvs, { error: `must be one of ${nodeEnvs.join(', ')}` })
      .default('production')
      .describe(
        '`production`, `development` or `test`. Outside production the development page `/dev/outbox` lists the outbox.',
      ),
    // Delivery of e-mails and text messages (modules/delivery). Unset: the built-in outbox.
    SMTP_URL: z
      .string()
      .refine(
        (url) => isUrlWithProtocol(url, ['smtp:', 'smtps:']),
        'must be an smtp:// (STARTTLS) or smtps:// (TLS) URL, e.g. smtps://user:password@mail.example.de:465',
      )
      .optional()
      .describe(
        'Mail server: `smtps://user:password@host:465` (TLS) or `smtp://…:587` (STARTTLS, required). ' +
          'Unset: e-mails stay in the built-in outbox.',
      ),
    SMTP_ALLOW_INSECURE_LOOPBACK: z
      .enum(booleans, { error: 'must be true or false' })
      .default('false')
      .describe('`true` allows an smtp:// server on 127.0.0.1, ::1 or localhost without STARTTLS.'),
    MAIL_FROM: z
      .string()
      .regex(
        mailboxPattern,
        'must be an address or `Name <address>`, e.g. Zeugnisdesk <zeugnisse@example.de>',
      )
      .optional()
      .describe(
        'Sender address of every e-mail; required with `SMTP_URL`. The From name is the tenant’s sender ' +
          'name (default „Zeugnisdesk“); a name given here applies only to mails of no tenant.',
      ),
    DKIM_DOMAIN: z
      .string()
      .refine((value) => isDnsName(value, { minLabels: 2 }), 'must be a domain name, e.g. example.de')
      .optional()
      .describe('DKIM: the signing domain (`d=`). Set all three DKIM variables or none.'),
    DKIM_SELECTOR: z
      .string()
      .refine((value) => isDnsName(value, { minLabels: 1 }), 'must be a DNS label such as zeugnisdesk2026')
      .optional()
      .describe(
        'DKIM: the selector (`s=`); the public key is published at `<selector>._domainkey.<domain>`.',
      ),
    DKIM_PRIVATE_KEY_FILE: z
      .string()
      .optional()
      .describe('DKIM: path of the private key (PEM, RSA 2048 bit or Ed25519), read once at start.'),
    SMS_GATEWAY_URL: z
      .string()
      .refine(
        (url) =>
          isUrlWithProtocol(url, ['https:']) || (isUrlWithProtocol(url, ['http:']) && isLoopbackUrl(url)),
        'must be an https:// URL (http:// only on 127.0.0.1, ::1 or localhost)',
      )
      .optional()
      .describe('HTTP gateway for text messages (POST). Unset: text messages stay in the built-in outbox.'),
    SMS_GATEWAY_TOKEN: z.string().optional().describe('Sent to the gateway as `Authorization: Bearer …`.'),
    SMS_GATEWAY_BODY: z
      .string()
      .refine(isSmsBodyTemplate, 'must be a JSON template containing {to} and {text}')
      .default(defaultSmsBodyTemplate)
      .describe('JSON body posted to the gateway; `{to}` and `{text}` are replaced by JSON-escaped values.'),
    SEED_DEMO: z
      .enum(booleans, { error: 'must be true or false' })
      .default('true')
      .describe(
        'On the first start with an empty database: `true` fills the development organisation with demo ' +
          'data, `false` creates the organisation and its administrator only.',
      ),
  })
  .refine((env) => !(env.DATABASE_KEY && env.DATABASE_KEY_FILE), {
    path: ['DATABASE_KEY_FILE'],
    message: 'cannot be combined with DATABASE_KEY: set only one of them',
  })
  .refine((env) => !env.SMTP_URL || env.MAIL_FROM, {
    path: ['MAIL_FROM'],
    message: 'is required when SMTP_URL is set',
  })
  .refine(
    (env) => [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY_FILE].filter(Boolean).length % 3 === 0,
    {
      path: ['DKIM_PRIVATE_KEY_FILE'],
      message: 'DKIM needs all three of DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_FILE, or none',
    },
  )
  .refine((env) => !env.DKIM_DOMAIN || env.SMTP_URL, {
    path: ['DKIM_DOMAIN'],
    message: 'applies only with SMTP_URL (the built-in outbox signs nothing)',
  })
  .refine(
    (env) => env.SMTP_ALLOW_INSECURE_LOOPBACK === 'false' || (env.SMTP_URL && isLoopbackUrl(env.SMTP_URL)),
    {
      path: ['SMTP_ALLOW_INSECURE_LOOPBACK'],
      message: 'applies only to an SMTP_URL on 127.0.0.1, ::1 or localhost',
    },
  );

/** The names of all variables, in the order they are documented. */
export const configVariableNames = Object.keys(configSchema.shape) as (keyof typeof configSchema.shape)[];

export type ConfigEnvironment = z.output<typeof configSchema>;
export type LogLevel = (typeof logLevels)[number];
export type NodeEnv = (typeof nodeEnvs)[number];
