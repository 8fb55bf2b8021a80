// A software authenticator for tests: ES256 (P-256) keys from node:crypto, attestation format 'none',
// CBOR from @simplewebauthn/server's helpers. It answers the options of passkeys.services.ts the way a
// browser and a platform authenticator would, and lets tests forge the parts an attacker controls.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from './passkeys.services.js';

type CborValue = Parameters<typeof isoCBOR.encode>[0];

const es256 = -7;
const flagUserPresent = 0x01;
const flagUserVerified = 0x04;
const flagAttestedCredentialData = 0x40;

/** What the browser would put into the client data, plus the authenticator's user flags. */
export interface CeremonyOptions {
  /** The origin the browser reports, e.g. `https://zeugnisdesk.example`. */
  origin: string;
  /** The RP ID whose hash goes into the authenticator data; default: the one in the options. */
  rpId?: string;
  /** The challenge the browser reports; default: the one in the options. */
  challenge?: string;
  userPresent?: boolean;
  userVerified?: boolean;
}

export interface AuthenticationCeremonyOptions extends CeremonyOptions {
  /** The signature counter to report; default: one more than the last one. */
  counter?: number;
}

export interface SoftwareAuthenticator {
  /** base64url */
  credentialId: string;
  /** The last signature counter reported. */
  readonly counter: number;
  register: (
    options: PublicKeyCredentialCreationOptionsJSON,
    ceremony: CeremonyOptions,
  ) => RegistrationResponseJSON;
  authenticate: (
    options: PublicKeyCredentialRequestOptionsJSON,
    ceremony: AuthenticationCeremonyOptions,
  ) => AuthenticationResponseJSON;
}

export interface SoftwareAuthenticatorOptions {
  /** Reuse another authenticator's credential id (an impostor with its own key); default: 16 random bytes. */
  credentialId?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
const base64url = (data: Uint8Array) => Buffer.from(data).toString('base64url');

/** The public key as a COSE_Key map (RFC 9053): kty EC2, alg ES256, crv P-256, x, y. */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.y) throw new Error('not an EC public key');
  const key = new Map<number, CborValue>([
    [1, 2],
    [3, es256],
    [-1, 1],
    [-2, new Uint8Array(Buffer.from(jwk.x, 'base64url'))],
    [-3, new Uint8Array(Buffer.from(jwk.y, 'base64url'))],
  ]);
  return isoCBOR.encode(key);
}

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}

function flagsByte({ userPresent = true, userVerified = true }: CeremonyOptions, extra = 0): Buffer {
  return Buffer.from([(userPresent ? flagUserPresent : 0) | (userVerified ? flagUserVerified : 0) | extra]);
}

export function createSoftwareAuthenticator({
  credentialId,
}: SoftwareAuthenticatorOptions = {}): SoftwareAuthenticator {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const id = credentialId ?? base64url(randomBytes(16));
  const rawId = Buffer.from(id, 'base64url');
  let counter = 0;
  let userHandle: string | undefined;

  const clientData = (type: string, challenge: string, origin: string) =>
    Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), 'utf8');

  return {
    credentialId: id,
    get counter() {
      return counter;
    },

    register(options, ceremony) {
      if (!options.pubKeyCredParams.some(({ alg }) => alg === es256))
        throw new Error('NotSupportedError: no ES256');
      if (options.excludeCredentials?.some((credential) => credential.id === id))
        throw new Error('InvalidStateError: this authenticator is already registered');
      const rpId = ceremony.rpId ?? options.rp.id;
      if (!rpId) throw new Error('the options name no RP ID');
      userHandle = options.user.id;
      const credentialIdLength = Buffer.alloc(2);
      credentialIdLength.writeUInt16BE(rawId.length);
      const authData = Buffer.concat([
        sha256(rpId),
        flagsByte(ceremony, flagAttestedCredentialData),
        counterBytes(counter),
        Buffer.alloc(16), // AAGUID: none
        credentialIdLength,
        rawId,
        coseKey(publicKey),
      ]);
      const attestationObject = isoCBOR.encode(
        new Map<string, CborValue>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', new Uint8Array(authData)],
        ]),
      );
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: base64url(
            clientData('webauthn.create', ceremony.challenge ?? options.challenge, ceremony.origin),
          ),
          attestationObject: base64url(attestationObject),
          transports: ['internal', 'hybrid'],
        },
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
      };
    },

    authenticate(options, ceremony) {
      const allowed = options.allowCredentials ?? [];
      if (allowed.length > 0 && !allowed.some((credential) => credential.id === id))
        throw new Error('NotAllowedError: this credential is not allowed');
      const rpId = ceremony.rpId ?? options.rpId;
      if (!rpId) throw new Error('the options name no RP ID');
      counter = ceremony.counter ?? counter + 1;
      const authData = Buffer.concat([sha256(rpId), flagsByte(ceremony), counterBytes(counter)]);
      const clientDataJSON = clientData(
        'webauthn.get',
        ceremony.challenge ?? options.challenge,
        ceremony.origin,
      );
      // ES256 signatures in WebAuthn are ASN.1 DER, which is node:crypto's default for EC keys.
      const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), privateKey);
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: base64url(clientDataJSON),
          authenticatorData: base64url(authData),
          signature: base64url(signature),
          ...(userHandle === undefined ? {} : { userHandle }),
        },
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
      };
    },
  };
}
