// The company block of the letterhead. A certificate belongs on business paper with the employer's full
// address (domain guide §1.3): without a configured block, the employer's name and address from the
// certificate stand in; a letterhead background carries its own.
import type { CertificateLayout } from '@zeugnisdesk/shared';
import type { CertificateDocument } from '../model/document.types.js';

export function letterheadAddressLines(document: CertificateDocument, layout: CertificateLayout): string[] {
  if (layout.letterhead.addressBlock.length > 0) return [...layout.letterhead.addressBlock];
  if (layout.letterhead.background) return [];
  return [document.employer.name, ...(document.employer.address?.split(', ') ?? [])];
}
