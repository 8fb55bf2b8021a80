// The format of an uploaded letterhead asset, from its bytes (the file name may lie). Renderers use it
// to pick the image decoder and to reject what they cannot draw before the typesetter sees it.
export type AssetFormat = 'png' | 'jpg' | 'svg' | 'pdf';

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const prologEnds: [string, string][] = [
  ['<?', '?>'],
  ['<!--', '-->'],
  ['<!', '>'],
];

/** The text after an XML declaration, comments and a doctype: where the root element starts. */
function skipProlog(text: string): string {
  let rest = text.trimStart();
  for (;;) {
    const prolog = prologEnds.find(([open]) => rest.startsWith(open));
    if (!prolog) return rest;
    const end = rest.indexOf(prolog[1]);
    if (end < 0) return '';
    rest = rest.slice(end + prolog[1].length).trimStart();
  }
}

export function detectAssetFormat(bytes: Uint8Array): AssetFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '');
  return /^<svg[\s>/]/i.test(skipProlog(head)) ? 'svg' : null;
}
