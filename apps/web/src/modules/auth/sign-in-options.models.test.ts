// The pure helpers of „Mit Microsoft anmelden“ on the sign-in page.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  applicationAddress,
  isWebAddress,
  parseOrganisationId,
  signInLinkFor,
  signInOrganisationId,
  ssoStartErrorKey,
} from './sign-in-options.models';

describe('the organisation of the sign-in page', () => {
  it('takes the id from the address, trimmed', () => {
    expect(parseOrganisationId('org_00000000000000000000000dev')).toBe('org_00000000000000000000000dev');
    expect(parseOrganisationId('  org_abc ')).toBe('org_abc');
  });

  it('ignores what cannot be an id', () => {
    for (const value of [null, undefined, '', '   ', 'org abc', 'org/../x', '<script>', 'x'.repeat(101)]) {
      expect(parseOrganisationId(value), String(value)).toBeUndefined();
    }
  });

  it('prefers the address, falls back to the remembered one, else none', () => {
    expect(signInOrganisationId('org_a', 'org_b')).toBe('org_a');
    expect(signInOrganisationId(null, 'org_b')).toBe('org_b');
    expect(signInOrganisationId('kaputt!', 'org_b')).toBe('org_b');
    expect(signInOrganisationId(null, null)).toBeUndefined();
  });
});

describe('the sign-in link', () => {
  it('is on the server’s public address (from the redirect URI), else on the browser’s origin', () => {
    const origin = 'https://intern.example.de';
    expect(applicationAddress('https://zeugnisse.example.de/api/v1/auth/sso/callback', origin)).toBe(
      'https://zeugnisse.example.de',
    );
    expect(applicationAddress('https://example.de/hr/api/v1/auth/sso/callback', origin)).toBe(
      'https://example.de/hr',
    );
    for (const uri of [
      undefined,
      null,
      '',
      'https://example.de/other',
      'javascript:/api/v1/auth/sso/callback',
    ]) {
      expect(applicationAddress(uri, origin), String(uri)).toBe(origin);
    }
  });

  it('is /anmelden with the organisation, on the given address', () => {
    expect(signInLinkFor('https://example.de/hr', 'org_abc')).toBe(
      'https://example.de/hr/anmelden?organisation=org_abc',
    );
    expect(signInLinkFor('https://zeugnisse.example.de', 'org_abc')).toBe(
      'https://zeugnisse.example.de/anmelden?organisation=org_abc',
    );
    expect(signInLinkFor('https://zeugnisse.example.de/', 'org_abc')).toBe(
      'https://zeugnisse.example.de/anmelden?organisation=org_abc',
    );
  });
});

describe('the address the browser is sent to', () => {
  it('must be http or https', () => {
    expect(isWebAddress('https://login.microsoftonline.com/x/oauth2/v2.0/authorize?state=1')).toBe(true);
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the test IdP runs on loopback
    expect(isWebAddress('http://127.0.0.1:4000/x/oauth2/v2.0/authorize')).toBe(true);
    for (const value of ['javascript:alert(1)', 'data:text/html,x', '/relative', '']) {
      expect(isWebAddress(value), value).toBe(false);
    }
  });
});

describe('the message when the start fails', () => {
  it('names the SSO reasons in plain words and falls back to the common messages', () => {
    expect(ssoStartErrorKey(new ApiError(404, 'auth.sso_not_configured', 'x'))).toBe(
      'signIn.sso.notConfigured',
    );
    expect(ssoStartErrorKey(new ApiError(401, 'auth.sso_failed', 'x'))).toBe('signIn.sso.unavailable');
    expect(ssoStartErrorKey(new ApiError(429, 'auth.rate_limited', 'x'))).toBe('errors.rateLimited');
    expect(ssoStartErrorKey(new ApiError(0, 'network.failed', 'x'))).toBe('errors.network');
    expect(ssoStartErrorKey(new Error('x'))).toBe('errors.unknown');
  });
});
