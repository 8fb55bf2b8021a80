// Deterministic packaging: docx stamps docProps/core.xml with the clock and fflate stamps every zip
// entry with it. Both become the certificate's issue date, and the entries are re-zipped in a fixed
// order, so equal input gives byte-identical files.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** `[Content_Types].xml` first (some readers expect it there), then every part by name. */
function compareEntries(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function rewriteCoreProperties(xml: string, issueDate: string, language: string): string {
  const timestamp = `${issueDate}T00:00:00Z`;
  const withDates = xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_match, open: string, _name: string, close: string) => `${open}${timestamp}${close}`,
  );
  if (withDates.includes('<dc:language>')) return withDates;
  return withDates.replace(
    '</cp:coreProperties>',
    `<dc:language>${language}</dc:language></cp:coreProperties>`,
  );
}

export interface PackageStamp {
  /** ISO date (YYYY-MM-DD): creation and modification date of the file and its entries. */
  issueDate: string;
  language: string;
}

export function normalizePackage(bytes: Uint8Array, stamp: PackageStamp): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      rewriteCoreProperties(strFromU8(core), stamp.issueDate, stamp.language),
    );
  }
  // Zip times are local wall-clock times without a zone: a string without offset is read as local
  // time, so the entries say noon on the issue date in every time zone (noon is never a DST gap).
  // The zip format starts in 1980.
  const day =
    /^\d{4}-\d{2}-\d{2}$/.test(stamp.issueDate) && stamp.issueDate >= '1980-01-01'
      ? stamp.issueDate
      : '1980-01-01';
  const mtime = `${day}T12:00:00`;
  const entries: Zippable = {};
  for (const name of Object.keys(files).sort(compareEntries)) {
    entries[name] = [files[name] as Uint8Array, { mtime, level: 6 }];
  }
  return zipSync(entries);
}
