// Sign-in with Entra ID end to end against the Entra-like test IdP (oidc-provider on loopback): the happy
// path and the attacks SECURITY §1.4 names — forged or replayed callbacks, another login's pending data,
// wrong secret, foreign tenant, issuer or signing key, refusal at the IdP, insecure issuers — and caching.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { SsoError, type SsoErrorReason } from './sso.errors.js';
import type { PendingSsoLogin, SsoSettings } from './sso.models.js';
import {
  completeSsoLogin,
  createSsoMetadataCache,
  startSsoLogin,
  type SsoMetadataCache,
} from './sso.services.js';
import {
  startTestEntraProvider,
  type TestEntraProvider,
  type TestEntraProviderOptions,
} from './sso.test-utils.js';

const tenantId = '9188040d-6c67-4c5b-b112-36a304b66dad';
const otherTenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '6731de76-14a6-49ae-97bc-6eba6914391e';
const clientSecret = 'Qx8~s3cr3t-that-must-never-show.up';
const redirectUri = 'https://zeugnisdesk.example/api/v1/sso/callback';
const alice = {
  oid: '00000000-0000-0000-66f3-3332eca7ea81',
  email: 'alice@musterfirma.de',
  name: 'Alice Adler',
};

const idpOptions = (overrides: Partial<TestEntraProviderOptions> = {}): TestEntraProviderOptions => ({
  tenantId,
  clients: [{ clientId, clientSecret, redirectUris: [redirectUri] }],
  users: [alice],
  ...overrides,
});

async function startIdp(overrides: Partial<TestEntraProviderOptions> = {}): Promise<TestEntraProvider> {
  const idp = await startTestEntraProvider(idpOptions(overrides));
  onTestFinished(() => idp.close());
  return idp;
}

let idp: TestEntraProvider;
let settings: SsoSettings;
beforeAll(async () => {
  idp = await startTestEntraProvider(idpOptions());
  settings = { tenantId, clientId, clientSecret, issuer: idp.issuer };
});
afterAll(() => idp.close());

/** Starts a login and lets Alice sign in at the IdP: the callback URL and the pending login it belongs to. */
async function signIn(
  target: { idp: TestEntraProvider; settings: SsoSettings },
  metadataCache: SsoMetadataCache = createSsoMetadataCache(),
) {
  const { authorizationUrl, pending } = await startSsoLogin({
    settings: target.settings,
    redirectUri,
    metadataCache,
  });
  const callbackUrl = await target.idp.loginAs(authorizationUrl, alice.oid);
  return { authorizationUrl, pending, callbackUrl, metadataCache };
}

async function expectSsoError(promise: Promise<unknown>, reason: SsoErrorReason): Promise<SsoError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SsoError);
  expect((error as SsoError).reason).toBe(reason);
  return error as SsoError;
}

function withParam(url: URL, name: string, value: string | null): URL {
  const copy = new URL(url);
  if (value === null) copy.searchParams.delete(name);
  else copy.searchParams.set(name, value);
  return copy;
}

describe('startSsoLogin', () => {
  it('sends the browser to the authorization endpoint with code flow, PKCE S256, state and nonce', async () => {
    const cache = createSsoMetadataCache();
    const first = await startSsoLogin({ settings, redirectUri, metadataCache: cache });
    const second = await startSsoLogin({ settings, redirectUri, metadataCache: cache });
    const { authorizationUrl, pending } = first;

    expect(`${authorizationUrl.origin}${authorizationUrl.pathname}`).toBe(
      `${new URL(idp.issuer).origin}/${tenantId}/oauth2/v2.0/authorize`,
    );
    const params = Object.fromEntries(authorizationUrl.searchParams);
    expect(params).toEqual({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      response_mode: 'query',
      scope: 'openid profile email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: createHash('sha256').update(pending.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    // 256 random bits each (43 base64url characters), fresh for every login.
    for (const value of Object.values(pending)) expect(value).toMatch(/^[\w-]{43}$/);
    expect(second.pending.state).not.toBe(pending.state);
    expect(second.pending.nonce).not.toBe(pending.nonce);
    expect(second.pending.codeVerifier).not.toBe(pending.codeVerifier);
  });

  it('refuses an http issuer that is not on loopback, before any request', async () => {
    for (const issuer of [
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the insecure issuer under test
      `http://login.microsoftonline.com/${tenantId}/v2.0`,
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the insecure issuer under test
      `http://10.0.0.5:8080/${tenantId}/v2.0`,
    ]) {
      await expectSsoError(
        startSsoLogin({
          settings: { ...settings, issuer },
          redirectUri,
          metadataCache: createSsoMetadataCache(),
        }),
        'insecure_issuer',
      );
    }
  });

  it('refuses unusable settings and redirect URIs', async () => {
    const cache = createSsoMetadataCache();
    const attempts: Array<[SsoSettings, string]> = [
      [{ ...settings, tenantId: 'common' }, redirectUri], // would accept every directory
      [{ ...settings, clientId: '' }, redirectUri],
      [{ ...settings, clientSecret: '' }, redirectUri],
      [{ ...settings, issuer: 'not a url' }, redirectUri],
      [{ ...settings, issuer: `${idp.issuer}?x=1` }, redirectUri],
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- http outside loopback, refused
      [settings, 'http://zeugnisdesk.example/api/v1/sso/callback'],
      [settings, `${redirectUri}?next=/admin`],
      [settings, `${redirectUri}#x`],
    ];
    for (const [candidate, uri] of attempts) {
      await expectSsoError(
        startSsoLogin({ settings: candidate, redirectUri: uri, metadataCache: cache }),
        'invalid_settings',
      );
    }
  });

  it('uses Entra ID’s issuer for the tenant when none is configured', async () => {
    const entraIssuer = `https://login.microsoftonline.com/${tenantId}/v2.0`;
    const requested: string[] = [];
    // A cache that already holds Entra's metadata, so that no request leaves the machine.
    const preloaded: SsoMetadataCache = {
      ...createSsoMetadataCache(),
      metadata: async (issuer) => {
        requested.push(issuer);
        return {
          issuer: entraIssuer,
          authorization_endpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
          token_endpoint: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`,
          jwks_uri: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
        };
      },
    };
    const { authorizationUrl } = await startSsoLogin({
      settings: { tenantId: tenantId.toUpperCase(), clientId, clientSecret },
      redirectUri,
      metadataCache: preloaded,
    });
    expect(requested).toEqual([entraIssuer]);
    expect(`${authorizationUrl.origin}${authorizationUrl.pathname}`).toBe(
      `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/authorize`,
    );
  });
});

describe('completeSsoLogin', () => {
  it('returns the user as issuer + oid with tenant, e-mail, name, auth time and methods', async () => {
    const { pending, callbackUrl, metadataCache } = await signIn({ idp, settings });
    expect(callbackUrl.href.startsWith(`${redirectUri}?`)).toBe(true);

    const identity = await completeSsoLogin({ settings, redirectUri, callbackUrl, pending, metadataCache });

    expect(identity).toEqual({
      issuer: idp.issuer,
      subject: alice.oid,
      tenantId,
      email: alice.email,
      preferredUsername: alice.email,
      name: alice.name,
      authTime: expect.any(Number),
      amr: ['pwd'],
    });
    // The pairwise `sub` is not the identifier: it differs from oid.
    expect(idp.subjectOf(alice.oid)).not.toBe(identity.subject);
    expect(Math.abs((identity.authTime ?? 0) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('falls back to sub when the token carries no oid', async () => {
    const noOidIdp = await startIdp({ omitOid: true });
    const noOidSettings = { ...settings, issuer: noOidIdp.issuer };
    const { pending, callbackUrl, metadataCache } = await signIn({ idp: noOidIdp, settings: noOidSettings });
    const identity = await completeSsoLogin({
      settings: noOidSettings,
      redirectUri,
      callbackUrl,
      pending,
      metadataCache,
    });
    expect(identity.subject).toBe(noOidIdp.subjectOf(alice.oid));
  });

  it('refuses a callback whose state is tampered with, missing or repeated, before exchanging the code', async () => {
    const { pending, callbackUrl, metadataCache } = await signIn({ idp, settings });
    const tokenRequests = idp.requests.token;
    const repeated = new URL(callbackUrl);
    repeated.searchParams.append('state', pending.state);
    const flipped = pending.state.slice(0, -1) + (pending.state.endsWith('A') ? 'B' : 'A');
    for (const forged of [
      withParam(callbackUrl, 'state', flipped),
      withParam(callbackUrl, 'state', `${pending.state}x`),
      withParam(callbackUrl, 'state', ''),
      withParam(callbackUrl, 'state', null),
      repeated,
    ]) {
      await expectSsoError(
        completeSsoLogin({ settings, redirectUri, callbackUrl: forged, pending, metadataCache }),
        'state_mismatch',
      );
    }
    expect(idp.requests.token).toBe(tokenRequests);
    // The untouched callback still works: nothing above consumed the code.
    await expect(
      completeSsoLogin({ settings, redirectUri, callbackUrl, pending, metadataCache }),
    ).resolves.toMatchObject({ subject: alice.oid });
  });

  it('refuses a replayed callback: the code works once', async () => {
    const { pending, callbackUrl, metadataCache } = await signIn({ idp, settings });
    await completeSsoLogin({ settings, redirectUri, callbackUrl, pending, metadataCache });
    const error = await expectSsoError(
      completeSsoLogin({ settings, redirectUri, callbackUrl, pending, metadataCache }),
      'token_exchange_failed',
    );
    expect(error.idpError).toBe('invalid_grant');
  });

  it('refuses a callback checked against the pending login of another sign-in', async () => {
    const cache = createSsoMetadataCache();
    const victim = await signIn({ idp, settings }, cache);
    const attacker = await startSsoLogin({ settings, redirectUri, metadataCache: cache });
    const complete = (pending: PendingSsoLogin) =>
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl: victim.callbackUrl,
        pending,
        metadataCache: cache,
      });

    // Another browser's pending login: its state does not match.
    await expectSsoError(complete(attacker.pending), 'state_mismatch');
    // Even with the state copied over, the other login's PKCE verifier cannot redeem the code …
    const wrongVerifier = await expectSsoError(
      complete({ ...victim.pending, codeVerifier: attacker.pending.codeVerifier }),
      'token_exchange_failed',
    );
    expect(wrongVerifier.idpError).toBe('invalid_grant');

    // … and the other login's nonce does not match the ID token (a fresh sign-in: the code above is spent).
    const next = await signIn({ idp, settings }, cache);
    await expectSsoError(
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl: next.callbackUrl,
        pending: { ...next.pending, nonce: attacker.pending.nonce },
        metadataCache: cache,
      }),
      'nonce_mismatch',
    );
  });

  it('refuses an incomplete pending login and a callback without a code', async () => {
    const { pending, callbackUrl, metadataCache } = await signIn({ idp, settings });
    await expectSsoError(
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl,
        pending: { ...pending, nonce: '' },
        metadataCache,
      }),
      'invalid_pending',
    );
    await expectSsoError(
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl: withParam(callbackUrl, 'code', null),
        pending,
        metadataCache,
      }),
      'invalid_callback',
    );
  });

  it('reports a wrong client secret as a failed token exchange without revealing any secret', async () => {
    const { pending, callbackUrl, metadataCache } = await signIn({ idp, settings });
    const wrongSecret = 'wrong-secret-Zz9';
    const error = await expectSsoError(
      completeSsoLogin({
        settings: { ...settings, clientSecret: wrongSecret },
        redirectUri,
        callbackUrl,
        pending,
        metadataCache,
      }),
      'token_exchange_failed',
    );
    expect(error.idpError).toBe('invalid_client');
    const code = callbackUrl.searchParams.get('code') ?? '';
    const shown = `${String(error)} ${error.stack ?? ''} ${JSON.stringify(error)}`;
    for (const secret of [
      clientSecret,
      wrongSecret,
      code,
      pending.state,
      pending.nonce,
      pending.codeVerifier,
    ]) {
      expect(shown).not.toContain(secret);
    }
  });

  it('refuses a token whose tid is another tenant', async () => {
    const foreignIdp = await startIdp({ tokenTenantId: otherTenantId });
    const foreignSettings = { ...settings, issuer: foreignIdp.issuer };
    const { pending, callbackUrl, metadataCache } = await signIn({
      idp: foreignIdp,
      settings: foreignSettings,
    });
    await expectSsoError(
      completeSsoLogin({ settings: foreignSettings, redirectUri, callbackUrl, pending, metadataCache }),
      'tenant_mismatch',
    );
  });

  it('refuses a code from another identity provider (mix-up)', async () => {
    // The same application registered at a second directory, e.g. an attacker's own tenant.
    const otherIdp = await startIdp({ tenantId: otherTenantId });
    const otherSettings = { ...settings, tenantId: otherTenantId, issuer: otherIdp.issuer };
    const cache = createSsoMetadataCache();
    const { pending, callbackUrl } = await signIn({ idp: otherIdp, settings: otherSettings }, cache);
    expect(callbackUrl.searchParams.has('iss')).toBe(false); // like Entra ID
    // The configured IdP does not know the code.
    const error = await expectSsoError(
      completeSsoLogin({ settings, redirectUri, callbackUrl, pending, metadataCache: cache }),
      'token_exchange_failed',
    );
    expect(error.idpError).toBe('invalid_grant');
    // A response naming another issuer (RFC 9207) is refused before the code is sent anywhere.
    const tokenRequests = idp.requests.token;
    await expectSsoError(
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl: withParam(callbackUrl, 'iss', otherIdp.issuer),
        pending,
        metadataCache: cache,
      }),
      'issuer_mismatch',
    );
    expect(idp.requests.token).toBe(tokenRequests);
  });

  it('requires the issuer in the response from a provider that promises to send it', async () => {
    const issIdp = await startIdp({ issuerInResponse: true });
    const issSettings = { ...settings, issuer: issIdp.issuer };
    const { pending, callbackUrl, metadataCache } = await signIn({ idp: issIdp, settings: issSettings });
    expect(callbackUrl.searchParams.get('iss')).toBe(issIdp.issuer);
    await expectSsoError(
      completeSsoLogin({
        settings: issSettings,
        redirectUri,
        callbackUrl: withParam(callbackUrl, 'iss', null),
        pending,
        metadataCache,
      }),
      'issuer_mismatch',
    );
    await expect(
      completeSsoLogin({ settings: issSettings, redirectUri, callbackUrl, pending, metadataCache }),
    ).resolves.toMatchObject({ subject: alice.oid });
  });

  it('refuses an issuer whose discovery document names another issuer', async () => {
    // Same server, reached as localhost: its metadata says 127.0.0.1, which is not what was configured;
    // and a spelling that is the same URL but not the same string (`iss` is compared exactly).
    for (const issuer of [
      idp.issuer.replace('127.0.0.1', 'localhost'),
      idp.issuer.replace('http:', 'HTTP:'),
    ]) {
      await expectSsoError(
        startSsoLogin({
          settings: { ...settings, issuer },
          redirectUri,
          metadataCache: createSsoMetadataCache(),
        }),
        'issuer_mismatch',
      );
    }
  });

  it('verifies the ID token signature against the issuer’s published keys', async () => {
    const rotatedIdp = await startIdp();
    const rotatedSettings = { ...settings, issuer: rotatedIdp.issuer };
    const { pending, callbackUrl, metadataCache } = await signIn({
      idp: rotatedIdp,
      settings: rotatedSettings,
    });
    rotatedIdp.publishForeignSigningKey();
    await expectSsoError(
      completeSsoLogin({ settings: rotatedSettings, redirectUri, callbackUrl, pending, metadataCache }),
      'invalid_id_token',
    );
    expect(rotatedIdp.requests.jwks).toBeGreaterThan(0);
  });

  it('reports ?error=access_denied from the IdP as idp_error, but only for its own state', async () => {
    const { authorizationUrl, pending } = await startSsoLogin({
      settings,
      redirectUri,
      metadataCache: createSsoMetadataCache(),
    });
    const callbackUrl = await idp.refuse(authorizationUrl);
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');

    const error = await expectSsoError(
      completeSsoLogin({ settings, redirectUri, callbackUrl, pending }),
      'idp_error',
    );
    expect(error.idpError).toBe('access_denied');
    expect(error.idpErrorDescription).toMatch(/^AADSTS65004/);
    // An error response forged for another browser is not even read.
    await expectSsoError(
      completeSsoLogin({
        settings,
        redirectUri,
        callbackUrl: withParam(callbackUrl, 'state', 'forged'),
        pending,
      }),
      'state_mismatch',
    );
  });

  it('keeps control characters and odd error codes out of the error', async () => {
    const { pending } = await startSsoLogin({
      settings,
      redirectUri,
      metadataCache: createSsoMetadataCache(),
    });
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = new URLSearchParams({
      state: pending.state,
      error: 'bad\r\ncode',
      error_description: 'line one\r\n2026-01-01 INFO forged log line\u0000',
    }).toString();
    const error = await expectSsoError(
      completeSsoLogin({ settings, redirectUri, callbackUrl, pending }),
      'idp_error',
    );
    expect(error.idpError).toBeUndefined();
    expect(error.idpErrorDescription).toBe('line one 2026-01-01 INFO forged log line');
    expect(error.message).not.toMatch(/[\r\n]/);
  });
});

describe('discovery metadata cache', () => {
  it('discovers once per issuer until the cached metadata expires, and keeps the signing keys with it', async () => {
    const countingIdp = await startIdp();
    const countingSettings = { ...settings, issuer: countingIdp.issuer };
    let now = new Date('2026-11-27T09:00:00.000Z');
    const cache = createSsoMetadataCache({ now: () => now, ttlMs: 60 * 60 * 1000 });

    // Concurrent first starts share one request.
    await Promise.all([
      startSsoLogin({ settings: countingSettings, redirectUri, metadataCache: cache }),
      startSsoLogin({ settings: countingSettings, redirectUri, metadataCache: cache }),
    ]);
    expect(countingIdp.requests.discovery).toBe(1);

    for (let login = 0; login < 2; login += 1) {
      const { pending, callbackUrl } = await signIn({ idp: countingIdp, settings: countingSettings }, cache);
      await completeSsoLogin({
        settings: countingSettings,
        redirectUri,
        callbackUrl,
        pending,
        metadataCache: cache,
      });
    }
    expect(countingIdp.requests).toMatchObject({ discovery: 1, jwks: 1, token: 2 });

    now = new Date(now.getTime() + 59 * 60 * 1000);
    await startSsoLogin({ settings: countingSettings, redirectUri, metadataCache: cache });
    expect(countingIdp.requests.discovery).toBe(1);

    now = new Date(now.getTime() + 2 * 60 * 1000);
    const { pending, callbackUrl } = await signIn({ idp: countingIdp, settings: countingSettings }, cache);
    await completeSsoLogin({
      settings: countingSettings,
      redirectUri,
      callbackUrl,
      pending,
      metadataCache: cache,
    });
    expect(countingIdp.requests).toMatchObject({ discovery: 2, jwks: 2 });
  });

  it('does not cache a failed discovery', async () => {
    const flakyIdp = await startIdp();
    const flakySettings = { ...settings, issuer: flakyIdp.issuer };
    const cache = createSsoMetadataCache();

    flakyIdp.failDiscovery(true);
    await expectSsoError(
      startSsoLogin({ settings: flakySettings, redirectUri, metadataCache: cache }),
      'discovery_failed',
    );
    flakyIdp.failDiscovery(false);
    await expect(
      startSsoLogin({ settings: flakySettings, redirectUri, metadataCache: cache }),
    ).resolves.toHaveProperty('authorizationUrl');
    expect(flakyIdp.requests.discovery).toBe(2);
  });

  it('reports an unreachable issuer as discovery_failed', async () => {
    // The test IdP's origin, but a tenant it does not serve (404).
    const issuer = idp.issuer.replace(tenantId, otherTenantId);
    await expectSsoError(
      startSsoLogin({
        settings: { ...settings, tenantId: otherTenantId, issuer },
        redirectUri,
        metadataCache: createSsoMetadataCache(),
      }),
      'discovery_failed',
    );
  });
});
