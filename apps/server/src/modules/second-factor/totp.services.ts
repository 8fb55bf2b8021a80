// TOTP (RFC 6238) for authenticator apps: new secrets, the otpauth:// URI for the QR code, and code
// verification that accepts ±1 time step and each time step only once (ASVS 6.5.1). Built on otplib.
import { generateSecret, generateURI, verify } from 'otplib';
import {
  totpAlgorithm,
  totpAllowedDriftSteps,
  totpDigits,
  totpPeriodSeconds,
  totpSecretBytes,
} from './second-factor.config.js';

/** A new secret, base32 (RFC 4648, upper case, no padding), 160 bits from the CSPRNG. */
export function createTotpSecret(): string {
  // otplib's default crypto plugin draws from crypto.getRandomValues, the platform CSPRNG.
  return generateSecret({ length: totpSecretBytes });
}

export interface TotpUriInput {
  secret: string;
  /** Usually the e-mail address; shown in the app below the issuer. */
  accountName: string;
  issuer: string;
}

/** The `otpauth://totp/Issuer:account?secret=…&issuer=…` URI that the QR code encodes. */
export function totpUri({ secret, accountName, issuer }: TotpUriInput): string {
  return generateURI({
    issuer,
    label: accountName,
    secret,
    algorithm: totpAlgorithm,
    digits: totpDigits,
    period: totpPeriodSeconds,
  });
}

export interface VerifyTotpInput {
  /** The stored base32 secret. */
  secret: string;
  /** As typed; spaces are removed, anything else than six digits is rejected. */
  code: string;
  now: Date;
  /** The step returned by the last successful verification, or null if there was none. */
  lastUsedStep: number | null;
}

/** On success the caller must store `step` as the new `lastUsedStep` (a code works only once). */
export type VerifyTotpResult = { valid: true; step: number } | { valid: false };

export async function verifyTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: VerifyTotpInput): Promise<VerifyTotpResult> {
  const token = code.replace(/\s+/g, '');
  if (token.length !== totpDigits || !/^[0-9]+$/.test(token)) return { valid: false };
  if (lastUsedStep !== null && (!Number.isSafeInteger(lastUsedStep) || lastUsedStep < 0))
    throw new RangeError('lastUsedStep must be a non-negative integer or null');

  const epoch = Math.floor(now.getTime() / 1000);
  const currentStep = Math.floor(epoch / totpPeriodSeconds);
  // Every acceptable step is already used (the clock went back): otplib would throw, we just refuse.
  if (lastUsedStep !== null && lastUsedStep >= currentStep + totpAllowedDriftSteps) return { valid: false };

  const result = await verify({
    secret,
    token,
    epoch,
    algorithm: totpAlgorithm,
    digits: totpDigits,
    period: totpPeriodSeconds,
    // In seconds; one whole period either way covers exactly the neighbouring steps.
    epochTolerance: totpAllowedDriftSteps * totpPeriodSeconds,
    // Steps up to and including this one are skipped, so a used code cannot match again.
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  });
  // The functional API types the result for TOTP and HOTP alike; for TOTP, `delta` is in steps.
  return result.valid ? { valid: true, step: currentStep + result.delta } : { valid: false };
}
