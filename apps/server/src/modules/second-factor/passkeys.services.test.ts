import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';
import { describe, expect, it } from 'vitest';
import {
  createPasskeyAuthenticationOptions,
  createPasskeyRegistrationOptions,
  verifyPasskeyAuthentication,
  verifyPasskeyRegistration,
  type AuthenticationResponseJSON,
  type RegisteredPasskey,
  type RegistrationResponseJSON,
} from './passkeys.services.js';
import { createSoftwareAuthenticator, type SoftwareAuthenticator } from './passkeys.test-utils.js';

const rpId = 'zeugnisdesk.example';
const origin = 'https://zeugnisdesk.example';
const user = {
  rpId,
  rpName: 'Zeugnisdesk',
  userId: '0b7c2e4a-9f1d-4c3b-8a6e-2d5f7e9a1c3b',
  userName: 'jörg.weiß@example.de',
  userDisplayName: 'Jörg Weiß',
};

async function register(authenticator: SoftwareAuthenticator = createSoftwareAuthenticator()) {
  const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
  const response = authenticator.register(options, { origin });
  const result = await verifyPasskeyRegistration({
    response,
    expectedChallenge: options.challenge,
    expectedOrigin: origin,
    expectedRpId: rpId,
  });
  if (!result.verified) throw new Error(`registration failed: ${result.reason}`);
  return { authenticator, passkey: result.credential };
}

async function authenticationOptions(passkey: RegisteredPasskey) {
  return createPasskeyAuthenticationOptions({ rpId, allowCredentialIds: [passkey.id] });
}

function verifyAuthentication(
  passkey: RegisteredPasskey,
  response: AuthenticationResponseJSON,
  expectedChallenge: string,
  overrides: { expectedOrigin?: string; expectedRpId?: string } = {},
) {
  return verifyPasskeyAuthentication({
    response,
    expectedChallenge,
    expectedOrigin: overrides.expectedOrigin ?? origin,
    expectedRpId: overrides.expectedRpId ?? rpId,
    credential: { id: passkey.id, publicKey: passkey.publicKey, counter: passkey.counter },
  });
}

describe('createPasskeyRegistrationOptions', () => {
  it('asks for a passkey without attestation, preferring a discoverable key and user verification', async () => {
    const options = await createPasskeyRegistrationOptions({
      ...user,
      existingCredentialIds: ['AAECAwQFBgcICQoLDA0ODw'],
    });
    expect(options.rp).toEqual({ id: rpId, name: 'Zeugnisdesk' });
    expect(options.user).toEqual({
      id: isoBase64URL.fromUTF8String(user.userId),
      name: user.userName,
      displayName: user.userDisplayName,
    });
    expect(options.attestation).toBe('none');
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'preferred',
      userVerification: 'preferred',
    });
    expect(options.excludeCredentials).toEqual([{ id: 'AAECAwQFBgcICQoLDA0ODw', type: 'public-key' }]);
    expect(options.pubKeyCredParams[0]).toEqual({ alg: -7, type: 'public-key' });
    expect(options.timeout).toBe(300_000);
  });

  it('makes a fresh challenge of at least 16 random bytes every time', async () => {
    const challenges = await Promise.all(
      Array.from(
        { length: 20 },
        async () =>
          (await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] })).challenge,
      ),
    );
    expect(new Set(challenges).size).toBe(20);
    for (const challenge of challenges)
      expect(isoBase64URL.toBuffer(challenge).byteLength).toBeGreaterThanOrEqual(16);
  });

  it('excludes existing credentials, so the same authenticator is not registered twice', async () => {
    const { authenticator, passkey } = await register();
    const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [passkey.id] });
    expect(() => authenticator.register(options, { origin })).toThrow(/InvalidStateError/);
  });

  it('refuses a user id that does not fit the 64-byte user handle', async () => {
    await expect(
      createPasskeyRegistrationOptions({ ...user, userId: 'x'.repeat(65), existingCredentialIds: [] }),
    ).rejects.toThrow(RangeError);
    await expect(
      createPasskeyRegistrationOptions({ ...user, userId: '', existingCredentialIds: [] }),
    ).rejects.toThrow(RangeError);
  });
});

describe('verifyPasskeyRegistration', () => {
  it('returns the credential to store: id, COSE public key, counter and known transports', async () => {
    const authenticator = createSoftwareAuthenticator();
    const { passkey } = await register(authenticator);
    expect(passkey.id).toBe(authenticator.credentialId);
    expect(passkey.counter).toBe(0);
    expect(passkey.transports).toEqual(['internal', 'hybrid']);
    const cose = isoCBOR.decodeFirst<Map<number, unknown>>(isoBase64URL.toBuffer(passkey.publicKey));
    expect(cose.get(1)).toBe(2); // EC2
    expect(cose.get(3)).toBe(-7); // ES256
  });

  it('drops transports that WebAuthn does not define', async () => {
    const authenticator = createSoftwareAuthenticator();
    const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
    const response = authenticator.register(options, { origin });
    const verifyWith = (transports: unknown) =>
      verifyPasskeyRegistration({
        response: { ...response, response: { ...response.response, transports: transports as string[] } },
        expectedChallenge: options.challenge,
        expectedOrigin: origin,
        expectedRpId: rpId,
      });
    expect(await verifyWith(['usb', '<script>', 'usb', 'nfc'])).toMatchObject({
      verified: true,
      credential: { transports: ['usb', 'nfc'] },
    });
    for (const transports of ['usb', undefined, [42]])
      expect(await verifyWith(transports)).toMatchObject({ verified: true, credential: { transports: [] } });
  });

  it('accepts an authenticator without user verification (preferred, not required)', async () => {
    const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
    const response = createSoftwareAuthenticator().register(options, { origin, userVerified: false });
    const result = await verifyPasskeyRegistration({
      response,
      expectedChallenge: options.challenge,
      expectedOrigin: origin,
      expectedRpId: rpId,
    });
    expect(result.verified).toBe(true);
  });

  describe('rejects without throwing', () => {
    async function attempt(
      forge: (options: Awaited<ReturnType<typeof createPasskeyRegistrationOptions>>) => {
        response: RegistrationResponseJSON;
        expectedChallenge?: string;
      },
    ) {
      const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
      const { response, expectedChallenge = options.challenge } = forge(options);
      return verifyPasskeyRegistration({
        response,
        expectedChallenge,
        expectedOrigin: origin,
        expectedRpId: rpId,
      });
    }

    it('a response from another origin (threat: phishing site relaying the ceremony)', async () => {
      const result = await attempt((options) => ({
        response: createSoftwareAuthenticator().register(options, {
          origin: 'https://zeugnisdesk.example.evil',
        }),
      }));
      expect(result).toEqual({ verified: false, reason: expect.stringMatching(/origin/) });
    });

    it('a passkey made for another RP ID', async () => {
      const result = await attempt((options) => ({
        response: createSoftwareAuthenticator().register(options, { origin, rpId: 'evil.example' }),
      }));
      expect(result).toEqual({ verified: false, reason: expect.stringMatching(/RP ID/) });
    });

    it('a response to another challenge', async () => {
      const result = await attempt((options) => ({
        response: createSoftwareAuthenticator().register(options, {
          origin,
          challenge: isoBase64URL.fromUTF8String('forged'),
        }),
      }));
      expect(result).toEqual({ verified: false, reason: expect.stringMatching(/challenge/) });
    });

    it('a response replayed against a new challenge (threat: reuse of a recorded registration)', async () => {
      const authenticator = createSoftwareAuthenticator();
      const first = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
      const recorded = authenticator.register(first, { origin });
      const result = await attempt(() => ({ response: recorded }));
      expect(result).toEqual({ verified: false, reason: expect.stringMatching(/challenge/) });
    });

    it('a response without user presence', async () => {
      const result = await attempt((options) => ({
        response: createSoftwareAuthenticator().register(options, { origin, userPresent: false }),
      }));
      expect(result).toEqual({ verified: false, reason: expect.stringMatching(/presen/) });
    });

    it('a response whose id names another credential than the authenticator data', async () => {
      const result = await attempt((options) => {
        const response = createSoftwareAuthenticator().register(options, { origin });
        const otherId = createSoftwareAuthenticator().credentialId;
        return { response: { ...response, id: otherId, rawId: otherId } };
      });
      expect(result).toEqual({ verified: false, reason: 'credential id mismatch' });
    });

    it('malformed responses', async () => {
      const options = await createPasskeyRegistrationOptions({ ...user, existingCredentialIds: [] });
      const valid = createSoftwareAuthenticator().register(options, { origin });
      const malformed: unknown[] = [
        {},
        null,
        'response',
        { ...valid, type: 'password' },
        { ...valid, rawId: 'other' },
        { ...valid, response: {} },
        { ...valid, response: { ...valid.response, clientDataJSON: '!!!' } },
        { ...valid, response: { ...valid.response, attestationObject: 'AAAA' } },
      ];
      for (const response of malformed) {
        const result = await verifyPasskeyRegistration({
          response: response as RegistrationResponseJSON,
          expectedChallenge: options.challenge,
          expectedOrigin: origin,
          expectedRpId: rpId,
        });
        expect(result).toEqual({ verified: false, reason: expect.any(String) });
      }
    });
  });
});

describe('createPasskeyAuthenticationOptions', () => {
  it('allows only the given credentials and prefers user verification', async () => {
    const options = await createPasskeyAuthenticationOptions({
      rpId,
      allowCredentialIds: ['AAECAwQFBgcICQoLDA0ODw'],
    });
    expect(options.rpId).toBe(rpId);
    expect(options.allowCredentials).toEqual([{ id: 'AAECAwQFBgcICQoLDA0ODw', type: 'public-key' }]);
    expect(options.userVerification).toBe('preferred');
    expect(isoBase64URL.toBuffer(options.challenge).byteLength).toBeGreaterThanOrEqual(16);
    const other = await createPasskeyAuthenticationOptions({ rpId, allowCredentialIds: [] });
    expect(other.challenge).not.toBe(options.challenge);
  });
});

describe('verifyPasskeyAuthentication', () => {
  it('accepts a registered passkey and returns the increased counter, sign-in after sign-in', async () => {
    const { authenticator, passkey } = await register();
    let stored = passkey;
    for (const expectedCounter of [1, 2, 3]) {
      const options = await authenticationOptions(stored);
      const response = authenticator.authenticate(options, { origin });
      const result = await verifyAuthentication(stored, response, options.challenge);
      expect(result).toEqual({ verified: true, newCounter: expectedCounter });
      if (result.verified) stored = { ...stored, counter: result.newCounter };
    }
  });

  it('accepts an authenticator that keeps no counter (always 0), as synced passkeys do', async () => {
    const { authenticator, passkey } = await register();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, { origin, counter: 0 });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: true,
        newCounter: 0,
      });
    }
  });

  it('accepts a response without user verification (preferred, not required)', async () => {
    const { authenticator, passkey } = await register();
    const options = await authenticationOptions(passkey);
    const response = authenticator.authenticate(options, { origin, userVerified: false });
    expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
      verified: true,
      newCounter: 1,
    });
  });

  describe('rejects without throwing', () => {
    it('a response from another origin (threat: phishing site relaying the ceremony)', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, { origin: 'https://zeugnisdesk-login.example' });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: expect.stringMatching(/origin/),
      });
      // And the other way round: a genuine response checked against another expected origin.
      const genuine = authenticator.authenticate(options, { origin });
      expect(
        await verifyAuthentication(passkey, genuine, options.challenge, {
          expectedOrigin: 'https://other.example',
        }),
      ).toEqual({ verified: false, reason: expect.stringMatching(/origin/) });
    });

    it('a signature made for another RP ID', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, { origin, rpId: 'evil.example' });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: expect.stringMatching(/RP ID/),
      });
      const genuine = authenticator.authenticate(options, { origin });
      expect(
        await verifyAuthentication(passkey, genuine, options.challenge, { expectedRpId: 'other.example' }),
      ).toEqual({
        verified: false,
        reason: expect.stringMatching(/RP ID/),
      });
    });

    it('a response to another challenge', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, {
        origin,
        challenge: isoBase64URL.fromUTF8String('forged'),
      });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: expect.stringMatching(/challenge/),
      });
    });

    it('a recorded response replayed against the next challenge (threat: reuse of a captured sign-in)', async () => {
      const { authenticator, passkey } = await register();
      const first = await authenticationOptions(passkey);
      const recorded = authenticator.authenticate(first, { origin });
      const accepted = await verifyAuthentication(passkey, recorded, first.challenge);
      expect(accepted).toEqual({ verified: true, newCounter: 1 });
      const next = await authenticationOptions(passkey);
      // Checked against the counter before the first sign-in, so only the challenge can refuse it.
      expect(await verifyAuthentication(passkey, recorded, next.challenge)).toEqual({
        verified: false,
        reason: expect.stringMatching(/challenge/),
      });
    });

    it('a response signed by another key under the same credential id (threat: forged assertion)', async () => {
      const { passkey } = await register();
      const impostor = createSoftwareAuthenticator({ credentialId: passkey.id });
      const options = await authenticationOptions(passkey);
      const response = impostor.authenticate(options, { origin, counter: 1 });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: 'signature invalid',
      });
    });

    it('a response whose authenticator data was changed after signing', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, { origin, counter: 5 });
      const authData = isoBase64URL.toBuffer(response.response.authenticatorData);
      authData[authData.length - 1] = 99; // raise the counter
      const tampered = {
        ...response,
        response: { ...response.response, authenticatorData: isoBase64URL.fromBuffer(authData) },
      };
      expect(await verifyAuthentication(passkey, tampered, options.challenge)).toEqual({
        verified: false,
        reason: 'signature invalid',
      });
    });

    it('a counter that does not increase (threat: cloned authenticator)', async () => {
      const { authenticator, passkey } = await register();
      const stored = { ...passkey, counter: 7 };
      for (const counter of [7, 6, 0]) {
        const options = await authenticationOptions(stored);
        const response = authenticator.authenticate(options, { origin, counter });
        expect(await verifyAuthentication(stored, response, options.challenge), `counter ${counter}`).toEqual(
          {
            verified: false,
            reason: expect.stringMatching(/counter/),
          },
        );
      }
      const options = await authenticationOptions(stored);
      const response = authenticator.authenticate(options, { origin, counter: 8 });
      expect(await verifyAuthentication(stored, response, options.challenge)).toEqual({
        verified: true,
        newCounter: 8,
      });
    });

    it('a response without user presence', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const response = authenticator.authenticate(options, { origin, userPresent: false });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: expect.stringMatching(/not present/),
      });
    });

    it('a response from another registered credential than the one given', async () => {
      const { passkey } = await register();
      const { authenticator: other } = await register();
      const options = await createPasskeyAuthenticationOptions({ rpId, allowCredentialIds: [] });
      const response = other.authenticate(options, { origin });
      expect(await verifyAuthentication(passkey, response, options.challenge)).toEqual({
        verified: false,
        reason: 'credential id mismatch',
      });
    });

    it('malformed responses and a malformed stored key', async () => {
      const { authenticator, passkey } = await register();
      const options = await authenticationOptions(passkey);
      const valid = authenticator.authenticate(options, { origin });
      const malformed: unknown[] = [
        {},
        null,
        { ...valid, type: 'password' },
        { ...valid, response: {} },
        { ...valid, response: { ...valid.response, signature: '' } },
        { ...valid, response: { ...valid.response, authenticatorData: 'AAAA' } },
        { ...valid, response: { ...valid.response, clientDataJSON: isoBase64URL.fromUTF8String('{') } },
      ];
      for (const response of malformed)
        expect(
          await verifyAuthentication(passkey, response as AuthenticationResponseJSON, options.challenge),
        ).toEqual({
          verified: false,
          reason: expect.any(String),
        });
      expect(await verifyAuthentication({ ...passkey, publicKey: 'AAAA' }, valid, options.challenge)).toEqual(
        {
          verified: false,
          reason: expect.any(String),
        },
      );
    });
  });
});
