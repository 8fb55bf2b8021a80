// The data the Typst template reads (`sys.inputs.data`): everything it prints, as plain JSON. User text
// reaches Typst only through this object and is inserted as strings, never evaluated as markup, so
// `#`, `*`, `[`, `$` … in a name or an activity print literally.
import { letterheadAddressLines } from '../letterhead.js';
import type { CertificateLayout } from '@zeugnisdesk/shared';
import type { Block, CertificateDocument } from '../../model/document.types.js';

export type TypstImageFormat = 'png' | 'jpg' | 'svg';

/** Where the renderer maps asset bytes in the compiler's virtual file system (fixed, never user-chosen). */
export function typstAssetPath(kind: 'logo' | 'background', format: TypstImageFormat): string {
  return `/assets/${kind}.${format}`;
}

export type TypstBlock =
  | { type: 'heading'; text: string }
  /** `keepWithNext`: no page break between this paragraph and the next block (a list, the signature). */
  | { type: 'paragraph'; runs: string[]; keepWithNext: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'dateLine'; text: string }
  | { type: 'signatures'; signers: { name: string; function: string }[] };

export interface TypstImage {
  path: string;
  format: TypstImageFormat;
}

export interface TypstData {
  meta: { title: string; author: string; date: { year: number; month: number; day: number } };
  /** Millimetres. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** `size` in points; `lineSpacing` is the baseline distance as a multiple of the size. */
  font: { family: string; size: number; lineSpacing: number };
  justify: boolean;
  heading: { size: number; bold: boolean; centered: boolean };
  letterhead: {
    logo: (TypstImage & { position: 'left' | 'center' | 'right'; width: number }) | null;
    senderLine: string | null;
    addressBlock: string[];
    background: TypstImage | null;
  };
  footer: string[];
  /** The running header from page 2 on: `text` at the left, "`page` n `of` N" at the right. */
  continuation: { text: string; page: string; of: string };
  /** Room for the handwritten signature, millimetres. */
  signatureSpace: number;
  blocks: TypstBlock[];
}

/** The formats of the assets as the renderer found them; by default guessed from the file names. */
export interface TypstAssetFormats {
  logo?: TypstImageFormat;
  background?: TypstImageFormat;
}

function formatFromName(name: string): TypstImageFormat {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'svg') return 'svg';
  return extension === 'jpg' || extension === 'jpeg' ? 'jpg' : 'png';
}

function parseIsoDate(date: string): TypstData['meta']['date'] {
  const [year = 1970, month = 1, day = 1] = date.split('-').map((part) => Number.parseInt(part, 10));
  return { year, month, day };
}

function toTypstBlock(block: Block, heading: CertificateLayout['heading']): TypstBlock {
  switch (block.type) {
    case 'heading':
      return {
        type: 'heading',
        text: heading.uppercase ? block.text.toLocaleUpperCase('de-DE') : block.text,
      };
    case 'paragraph':
      return { type: 'paragraph', runs: block.runs.map((run) => run.text), keepWithNext: false };
    case 'list':
      return { type: 'list', items: block.items.map((item) => item.text) };
    case 'dateLine':
      return { type: 'dateLine', text: block.text };
    case 'signatures':
      return {
        type: 'signatures',
        signers: block.signers.map((s) => ({ name: s.name, function: s.function })),
      };
  }
}

// Typst moves a paragraph that must stick to the next block as a whole, so only a short lead-in stays
// with its list (a long one would leave a hole at the foot of the page); the last paragraph always stays
// with the place, date and signatures.
const maxLeadInLength = 300;

function shouldKeepWithNext(block: TypstBlock, next: TypstBlock | undefined): boolean {
  if (block.type !== 'paragraph' || !next) return false;
  if (next.type === 'dateLine' || next.type === 'signatures') return true;
  return next.type === 'list' && block.runs.join(' ').length <= maxLeadInLength;
}

function markKeepWithNext(blocks: TypstBlock[]): TypstBlock[] {
  return blocks.map((block, index) =>
    block.type === 'paragraph' && shouldKeepWithNext(block, blocks[index + 1])
      ? { ...block, keepWithNext: true }
      : block,
  );
}

export function toTypstData(
  document: CertificateDocument,
  layout: CertificateLayout,
  formats: TypstAssetFormats = {},
): TypstData {
  const { logo, background } = layout.letterhead;
  const logoFormat = logo ? (formats.logo ?? formatFromName(logo.src)) : null;
  const backgroundFormat = background ? (formats.background ?? formatFromName(background.src)) : null;
  return {
    meta: {
      title: `${document.title} – ${document.employee.name}`,
      author: document.employer.name,
      date: parseIsoDate(document.issueDate),
    },
    margins: { ...layout.margins },
    font: { ...layout.font },
    justify: layout.alignment === 'justify',
    heading: {
      size: layout.heading.size,
      bold: layout.heading.weight === 'bold',
      centered: layout.heading.alignment === 'center',
    },
    letterhead: {
      logo:
        logo && logoFormat
          ? {
              path: typstAssetPath('logo', logoFormat),
              format: logoFormat,
              position: logo.position,
              width: logo.width,
            }
          : null,
      senderLine: layout.letterhead.senderLine,
      addressBlock: letterheadAddressLines(document, layout),
      background: backgroundFormat
        ? { path: typstAssetPath('background', backgroundFormat), format: backgroundFormat }
        : null,
    },
    footer: [...layout.footer],
    continuation: { text: `${document.title} für ${document.employee.name}`, page: 'Seite', of: 'von' },
    signatureSpace: layout.signature.space,
    blocks: markKeepWithNext(
      document.sections.flatMap((section) => section.blocks.map((b) => toTypstBlock(b, layout.heading))),
    ),
  };
}
