// A stand-in for Microsoft Entra ID in tests: oidc-provider on loopback, laid out like Entra's v2.0
// endpoints (issuer http://127.0.0.1:<port>/<tenantId>/v2.0, endpoints under /<tenantId>/oauth2/v2.0/…)
// and issuing ID tokens with Entra's claims (oid, tid, preferred_username, email, name, a pairwise sub).
// `loginAs` plays the browser: it follows the authorization URL, signs the user in and consents through
// a small interaction endpoint, and returns the redirect back to the client without fetching it.
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestEntraUser {
  oid: string;
  email: string;
  name: string;
}

export interface TestEntraClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface TestEntraProviderOptions {
  tenantId: string;
  clients: TestEntraClient[];
  users: TestEntraUser[];
  /** The `tid` written into tokens; defaults to `tenantId` (set it to imitate a token of another directory). */
  tokenTenantId?: string;
  /** Leave `oid` out of the tokens (to see the client fall back to `sub`). */
  omitOid?: boolean;
  /**
   * Name the issuer in authorization responses (`iss`, RFC 9207) and say so in the discovery document.
   * Entra ID does neither, so neither does the test IdP by default.
   */
  issuerInResponse?: boolean;
}

/** Requests the provider received, by endpoint. */
export interface TestEntraRequestCounts {
  discovery: number;
  authorization: number;
  token: number;
  jwks: number;
}

export interface TestEntraProvider {
  issuer: string;
  readonly requests: TestEntraRequestCounts;
  /** Signs `userOid` in and consents; returns the redirect to the client (`?code&state&iss`, or `?error`). */
  loginAs(authorizationUrl: URL, userOid: string): Promise<URL>;
  /** The user cancels at the provider; returns the redirect to the client with `?error=access_denied`. */
  refuse(authorizationUrl: URL): Promise<URL>;
  /** The pairwise `sub` the provider gives the user (Entra's differs from `oid`). */
  subjectOf(userOid: string): string;
  /** From now on the key set endpoint publishes another key under the signing key's id. */
  publishForeignSigningKey(): void;
  /** While set, the discovery document answers 503. */
  failDiscovery(fail: boolean): void;
  close(): Promise<void>;
}

// oidc-provider ships no type declarations; this is the part of its API the harness uses.
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ uid: string; params: Record<string, unknown> }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (properties: { accountId: string; clientId: string }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
  on(event: string, listener: (...args: unknown[]) => void): void;
  use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): void;
}
interface ProviderContext {
  oidc?: { route?: string };
  body: unknown;
  response: { get(name: string): string; set(name: string, value: string): void };
}
type OidcProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

let providerConstructor: Promise<OidcProviderConstructor> | undefined;

/**
 * Runs `action` with oidc-provider's start-up warnings held back: "unsupported runtime" (it wants Node 22,
 * works on 20) and "development-only in-memory adapter" (exactly what a test wants).
 */
async function withoutProviderWarnings<T>(action: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING:')) warn(...args);
  };
  try {
    return await action();
  } finally {
    console.warn = warn;
  }
}

function loadProvider(): Promise<OidcProviderConstructor> {
  providerConstructor ??= withoutProviderWarnings(async () => {
    // @ts-expect-error -- oidc-provider has no type declarations; `OidcProvider` above describes it.
    const module = (await import('oidc-provider')) as { Provider: OidcProviderConstructor };
    return module.Provider;
  });
  return providerConstructor;
}

function toSigningJwk(key: KeyObject, kid: string) {
  return { ...key.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
}

export async function startTestEntraProvider(options: TestEntraProviderOptions): Promise<TestEntraProvider> {
  const Provider = await loadProvider();
  const { tenantId } = options;
  const tokenTenantId = options.tokenTenantId ?? tenantId;
  const mount = `/${tenantId}`;
  const requests: TestEntraRequestCounts = { discovery: 0, authorization: 0, token: 0, jwks: 0 };

  // Entra's `sub` is pairwise (per application) and differs from `oid`; one application per test IdP is
  // enough, so it is derived from tenant and oid here.
  const subjectOf = (oid: string) => createHash('sha256').update(`${tenantId}:${oid}`).digest('base64url');
  const usersBySubject = new Map(options.users.map((user) => [subjectOf(user.oid), user]));

  const signingKid = randomBytes(8).toString('hex');
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  let foreignKey: KeyObject | undefined;
  let discoveryFails = false;

  // The issuer names the port, so the server listens first and serves the provider once it exists.
  let dispatch = async (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => {
    dispatch(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- loopback only, as openid-client allows for tests
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}${mount}/v2.0`;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith(`${mount}/`)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const route = url.pathname.slice(mount.length);
    if (route === '/v2.0/.well-known/openid-configuration') requests.discovery += 1;
    else if (route === '/oauth2/v2.0/authorize') requests.authorization += 1;
    else if (route === '/oauth2/v2.0/token') requests.token += 1;
    else if (route === '/discovery/v2.0/keys') requests.jwks += 1;

    if (route.startsWith('/interaction/')) {
      await interact(req, res, url);
      return;
    }
    if (route === '/v2.0/.well-known/openid-configuration' && discoveryFails) {
      res.statusCode = 503;
      res.end();
      return;
    }
    if (route === '/discovery/v2.0/keys' && foreignKey) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [toSigningJwk(foreignKey, signingKid)] }));
      return;
    }
    // Mounted like Express does it: the provider reads its mount path from `originalUrl` minus `url`.
    // Entra serves discovery under the issuer (…/v2.0/.well-known/…) but its endpoints beside it.
    const providerUrl =
      route === '/v2.0/.well-known/openid-configuration' ? '/.well-known/openid-configuration' : route;
    Object.assign(req, {
      originalUrl: `${mount}${providerUrl}${url.search}`,
      url: `${providerUrl}${url.search}`,
    });
    providerCallback(req, res);
  }

  async function interact(req: IncomingMessage, res: ServerResponse, url: URL) {
    const details = await provider.interactionDetails(req, res);
    if (url.searchParams.get('refuse') === '1') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'AADSTS65004: User declined to consent.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const user = options.users.find((candidate) => candidate.oid === url.searchParams.get('login_as'));
    if (!user) {
      res.statusCode = 400;
      res.end('unknown user');
      return;
    }
    const accountId = subjectOf(user.oid);
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, amr: ['pwd'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const provider = await withoutProviderWarnings(
    async () =>
      new Provider(issuer, {
        clients: options.clients.map((client) => ({
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: client.redirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
        })),
        jwks: { keys: [toSigningJwk(signingKey, signingKid)] },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        // Entra: `tid` and `ver` always, `oid`/`name`/`preferred_username` with profile, `email` with email;
        // `auth_time` and `amr` too, so that the client's reading of them is tested.
        claims: {
          openid: ['sub', 'tid', 'ver', 'auth_time', 'amr'],
          profile: ['oid', 'name', 'preferred_username'],
          email: ['email'],
        },
        // Scope claims go into the ID token (as in Entra ID), not only to the userinfo endpoint.
        conformIdTokenClaims: false,
        responseTypes: ['code'],
        pkce: { required: () => true },
        features: { devInteractions: { enabled: false } },
        routes: {
          authorization: '/oauth2/v2.0/authorize',
          token: '/oauth2/v2.0/token',
          jwks: '/discovery/v2.0/keys',
          userinfo: '/oidc/userinfo',
          end_session: '/oauth2/v2.0/logout',
        },
        interactions: {
          url: (_ctx: unknown, interaction: { uid: string }) => `${mount}/interaction/${interaction.uid}`,
        },
        findAccount: (_ctx: unknown, sub: string) => {
          const user = usersBySubject.get(sub);
          if (!user) return undefined;
          return {
            accountId: sub,
            claims: () => ({
              sub,
              oid: options.omitOid ? undefined : user.oid,
              tid: tokenTenantId,
              ver: '2.0',
              name: user.name,
              preferred_username: user.email,
              email: user.email,
            }),
          };
        },
        // Given explicitly, so that the provider does not print a notice about its defaults.
        ttl: {
          AccessToken: 600,
          AuthorizationCode: 60,
          Grant: 600,
          IdToken: 600,
          Interaction: 600,
          Session: 600,
        },
      }),
  );
  // Errors are answered to the client; nothing is printed (koa's default error log is replaced).
  provider.on('server_error', () => undefined);
  if (!options.issuerInResponse) {
    // oidc-provider always sends `iss` with the authorization response; Entra ID does not.
    provider.use(async (ctx, next) => {
      await next();
      const route = ctx.oidc?.route;
      if (route === 'discovery' && ctx.body && typeof ctx.body === 'object') {
        delete (ctx.body as Record<string, unknown>).authorization_response_iss_parameter_supported;
      }
      const location = ctx.response.get('location');
      if ((route === 'authorization' || route === 'resume') && location) {
        const redirect = new URL(location, origin);
        if (redirect.origin !== origin) {
          redirect.searchParams.delete('iss');
          ctx.response.set('location', redirect.href);
        }
      }
    });
  }
  const providerCallback = provider.callback();
  dispatch = handle;

  async function browse(authorizationUrl: URL, interaction: Record<string, string>): Promise<URL> {
    const cookies = new Map<string, string>();
    let next = authorizationUrl;
    for (let hop = 0; hop < 10; hop += 1) {
      if (!next.href.startsWith(`${origin}${mount}/`)) return next;
      if (next.pathname.startsWith(`${mount}/interaction/`)) {
        for (const [name, value] of Object.entries(interaction)) next.searchParams.set(name, value);
      }
      const response = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair = ''] = header.split(';');
        const separator = pair.indexOf('=');
        const name = pair.slice(0, separator).trim();
        const value = pair.slice(separator + 1).trim();
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) cookies.delete(name);
        else cookies.set(name, value);
      }
      const location = response.headers.get('location');
      const body = await response.text();
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`the test IdP answered ${response.status}: ${body.slice(0, 200)}`);
      }
      next = new URL(location, next);
    }
    throw new Error('the test IdP redirected too often');
  }

  return {
    issuer,
    requests,
    loginAs: (authorizationUrl, userOid) => browse(new URL(authorizationUrl), { login_as: userOid }),
    refuse: (authorizationUrl) => browse(new URL(authorizationUrl), { refuse: '1' }),
    subjectOf,
    publishForeignSigningKey: () => {
      foreignKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    },
    failDiscovery: (fail) => {
      discoveryFails = fail;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
