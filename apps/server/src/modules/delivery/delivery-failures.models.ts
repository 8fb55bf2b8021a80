// How a failed message is shown to administrators: a phone number masked (it is personal data the page
// does not need whole), the error text without anything that could be a secret.

/** '+491701234567' → '+49•••••••67'. */
export function maskPhoneNumber(phone: string): string {
  if (phone.length <= 6) return '•'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'•'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}

/**
 * The stored error as one bounded line without credentials: `user:password@` in URLs, `Bearer …`
 * tokens, and long random-looking strings (tokens, codes in links) are blanked out.
 */
export function sanitizeDeliveryError(error: string | null): string | null {
  if (error === null) return null;
  return error
    .replace(/\/\/[^\s/@]*:[^\s/@]*@/g, '//…@')
    .replace(/\b(Bearer|Basic)\s+\S+/gi, '$1 …')
    .replace(/#\S*/g, '#…')
    .replace(/\b[A-Za-z0-9_-]{32,}\b/g, '…')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
