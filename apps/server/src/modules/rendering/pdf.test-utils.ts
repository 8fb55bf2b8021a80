// Fixtures and PDF probes for the renderer tests: the shared example certificate and layout, a two-page
// manager certificate built from it, a tiny PNG encoder, and qpdf/poppler run without a shell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { composeCertificate, type CertificateDocument } from '@zeugnisdesk/engine';
import { certificateInputSchema, certificateLayoutSchema } from '@zeugnisdesk/shared';

const examples = new URL('../../../../../examples/', import.meta.url);
const readExample = (name: string) => readFileSync(new URL(name, examples));

export const exampleLayout = certificateLayoutSchema.parse(
  JSON.parse(readExample('layout.example.json').toString()),
);
export const exampleAssets = { 'rheinfracht-logo.svg': new Uint8Array(readExample('rheinfracht-logo.svg')) };

// The input as JSON, so tests can change any field before it is parsed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type InputDraft = any;
export const exampleDraft = (): InputDraft =>
  JSON.parse(readExample('certificate-input.example.json').toString());

/** The example as a manager with more activities and achievements: two pages with the example layout. */
export function managerDraft(): InputDraft {
  const draft = exampleDraft();
  draft.employment.isManager = true;
  draft.employment.staffCount = 14;
  draft.ratings.leadership = 1;
  draft.activities.push(
    'Leitung des Dispositionsteams mit vierzehn Beschäftigten einschließlich Einsatz- und Urlaubsplanung',
    'Verhandlung von Rahmenverträgen mit Subunternehmern und Frachtführern',
    'Aufbau eines Kennzahlensystems für Termintreue, Auslastung und Kosten je Tour',
  );
  draft.achievements.push('Senkung der Reklamationsquote um ein Drittel innerhalb von zwei Jahren');
  return draft;
}

export const composeDocument = (draft: InputDraft): CertificateDocument =>
  composeCertificate(certificateInputSchema.parse(draft)).document;

/** Every text the reader must find in the PDF: runs, list items, the date line, the signers. */
export function documentTexts(document: CertificateDocument): string[] {
  return document.sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      if (block.type === 'heading' || block.type === 'dateLine') return [block.text];
      if (block.type === 'paragraph') return block.runs.map((run) => run.text);
      if (block.type === 'list') return block.items.map((item) => item.text);
      return block.signers.flatMap((signer) => [signer.name, signer.function]);
    }),
  );
}

/** pdftotext output as one line: hyphenation joined, list markers and the given running lines dropped. */
export function normalisePdfText(text: string, runningLines: string[]): string {
  const skip = new Set(runningLines);
  return text
    .replace(/\u00AD\n/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== '–' && !skip.has(line) && !/^Seite \d+ von \d+$/.test(line))
    .map((line) => line.replace(/^– /, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) =>
  (bytes.reduce((c, b) => (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8), ~0) ^ ~0) >>> 0;

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG. */
export function makePng(width: number, height: number, [r, g, b]: [number, number, number]): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3] as number),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** qpdf and poppler on temporary copies of the PDFs; `remove()` deletes them. */
export function createPdfProbe() {
  const dir = mkdtempSync(join(tmpdir(), 'zeugnisdesk-pdf-'));
  let count = 0;
  const save = (pdf: Uint8Array) => {
    const path = join(dir, `${++count}.pdf`);
    writeFileSync(path, pdf);
    return path;
  };
  const run = (tool: string, args: string[]) =>
    execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    check: (pdf: Uint8Array) => run('qpdf', ['--check', save(pdf)]),
    info: (pdf: Uint8Array) => run('pdfinfo', ['-isodates', save(pdf)]),
    xmp: (pdf: Uint8Array) => run('pdfinfo', ['-meta', save(pdf)]),
    text: (pdf: Uint8Array, page?: number) =>
      run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), save(pdf), '-']),
    fonts: (pdf: Uint8Array) =>
      run('pdffonts', [save(pdf)])
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => {
          const [name = '', ...rest] = line.trim().split(/\s+/);
          // Columns from the right: emb sub uni objectId generation.
          return { name, embedded: rest.at(-5) === 'yes', subset: rest.at(-4) === 'yes' };
        }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
