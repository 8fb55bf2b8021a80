// Helpers for the DOCX tests: the example certificate, a generated PNG, and just enough of a
// WordprocessingML reader to see paragraphs, their text and the zip entries' dates.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import {
  certificateInputSchema,
  certificateLayoutSchema,
  type CertificateInput,
  type CertificateLayout,
} from '@zeugnisdesk/shared';
import { strFromU8, unzipSync } from 'fflate';
import type { CertificateDocument } from '../../model/document.types.js';
import { composeCertificate } from '../../text/compose/compose.js';

const examples = new URL('../../../../../examples/', import.meta.url);
const readExample = (name: string) => readFileSync(new URL(name, examples));

export interface Example {
  input: CertificateInput;
  layout: CertificateLayout;
  document: CertificateDocument;
  logo: Uint8Array;
}

export function loadExample(change: (input: Record<string, unknown>) => object = (input) => input): Example {
  const raw = JSON.parse(readExample('certificate-input.example.json').toString('utf8')) as Record<
    string,
    unknown
  >;
  const input = certificateInputSchema.parse(change(raw));
  const layout = certificateLayoutSchema.parse(
    JSON.parse(readExample('layout.example.json').toString('utf8')),
  );
  return {
    input,
    layout,
    document: composeCertificate(input).document,
    logo: readExample('rheinfracht-logo.svg'),
  };
}

/** A valid RGB PNG of one colour. */
export function makePng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(body.length + 8);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), body.length + 4);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The package's parts; XML parts as text. */
export function readDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_match, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : '&',
  );
}

/** Every `w:p` with its XML and its text (runs concatenated, tabs as "\t"). */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) => ({
    xml: paragraph,
    text: [...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map(([tag, text]) => (tag === '<w:tab/>' ? '\t' : unescapeXml(text ?? '')))
      .join(''),
  }));
}

/** Well-formed enough for Word: tags nest and close, and text holds no raw "<" or stray "&". */
export function isWellFormedXml(xml: string): boolean {
  const tag = /<(\/?)([\w:.-]+)[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [, closing, name, selfClosing] of body.matchAll(tag)) {
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) stack.push(name as string);
  }
  const text = body.replace(tag, '');
  const entity = /^&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/i;
  const ampersands = [...text.matchAll(/&[^&]{0,8}/g)].map(([match]) => match);
  return stack.length === 0 && !text.includes('<') && ampersands.every((match) => entity.test(match));
}

/** The modification date of every local zip entry, as "YYYY-MM-DD hh:mm". */
export function zipEntryDates(bytes: Uint8Array): string[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dates: string[] = [];
  for (let offset = 0; offset + 30 <= view.length;) {
    if (view.readUInt32LE(offset) !== 0x04034b50) break;
    const time = view.readUInt16LE(offset + 10);
    const date = view.readUInt16LE(offset + 12);
    const pad = (value: number) => String(value).padStart(2, '0');
    dates.push(
      `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`,
    );
    offset +=
      30 + view.readUInt32LE(offset + 18) + view.readUInt16LE(offset + 26) + view.readUInt16LE(offset + 28);
  }
  return dates;
}
