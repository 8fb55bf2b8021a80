// Plain text from a certificate PDF, in reading order: pdf.js gives positioned text items; we rebuild
// lines, move a letterhead's side column out of the main flow, mark indented list items, drop running
// headers and footers, and separate paragraphs by their vertical gaps.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The 14 standard PDF fonts are not embedded in many files; pdf.js ships their metrics.
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  x: number;
  y: number;
  /** Right end of the line's last item. */
  right: number;
  size: number;
  isSide: boolean;
}

export class PdfTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfTextError';
  }
}

/** Groups items of one page into lines (same baseline within half a font size), left to right. */
function toLines(items: Item[], pageWidth: number, pageHeight: number, isFirstPage: boolean): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs((row[0] as Item).y - item.y) < Math.max(2, item.size * 0.5)) row.push(item);
    else rows.push([item]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    // A wide gap splits a row into segments: letterhead blocks side by side, a date at the right margin.
    let segment: Item[] = [];
    let text = '';
    const flush = () => {
      if (segment.length === 0) return;
      const first = segment[0] as Item;
      const last = segment.at(-1) as Item;
      text = text.replace(/\s+/g, ' ').trim();
      const width = last.x + last.width - first.x;
      // A narrow block at the right of the page head is a letterhead column, not part of the text.
      const isSide =
        isFirstPage && first.x > pageWidth * 0.5 && width < pageWidth * 0.4 && first.y > pageHeight * 0.72;
      if (text)
        lines.push({ text, x: first.x, y: first.y, right: last.x + last.width, size: first.size, isSide });
      segment = [];
      text = '';
    };
    let pendingSpace = false;
    for (const item of row) {
      // Space items may span a whole gap; the gap between the words decides, and a space is kept.
      if (!item.text.trim()) {
        pendingSpace = true;
        continue;
      }
      const previous = segment.at(-1);
      const gap = previous ? item.x - (previous.x + previous.width) : 0;
      if (previous && gap > item.size * 3) flush();
      else if (previous && (pendingSpace || gap > item.size * 0.15) && !/\s$/.test(text)) text += ' ';
      segment.push(item);
      text += item.text;
      pendingSpace = false;
    }
    flush();
  }
  return lines;
}

const bulletPattern = /^\s*[•●▪·◦‣∙–—-]\s+/u;

/** The right edge most lines of a justified text end at (null when the text is ragged). */
function justifiedEdge(lines: readonly Line[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) counts.set(Math.round(line.right), (counts.get(Math.round(line.right)) ?? 0) + 1);
  const [edge, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  return count >= 2 && count >= lines.length / 4 ? edge : null;
}

/**
 * pdf.js drops the soft hyphen a typesetter put at a line end ("Weiterbil-" becomes "Weiterbil").
 * In justified text such a line stops about one hyphen short of the edge all other lines reach.
 */
function endsInDroppedHyphen(line: Line, next: Line | undefined, edge: number | null): boolean {
  if (edge === null || !next || !/\p{L}$/u.test(line.text) || !/^\p{Ll}/u.test(next.text)) return false;
  // The hyphen is about a third of an em wide (3.7 pt at 11 pt), less what hangs into the margin.
  const shortBy = edge - line.right;
  return shortBy > 0.8 && shortBy < line.size * 0.6 && Math.abs(next.y - line.y) < line.size * 1.75;
}

/** Main-flow lines become paragraphs; indented lines after a lead-in become list items. */
function linesToText(lines: Line[]): string {
  const main = lines.filter((line) => !line.isSide);
  if (main.length === 0) return '';
  const margin = Math.min(...main.map((line) => line.x));
  const edge = justifiedEdge(main);
  const out: string[] = [];
  let previous: Line | undefined;
  let inList = false;
  let itemX = 0;
  for (const [index, line] of main.entries()) {
    const gap = previous ? previous.y - line.y : 0;
    const indented = line.x > margin + line.size * 0.6;
    const bulleted = bulletPattern.test(line.text);
    const newParagraph = previous !== undefined && gap > line.size * 1.75;
    // A wrapped list item continues further right than its marker: it belongs to the item.
    if (inList && !bulleted && !newParagraph && line.x > itemX + line.size * 0.3) {
      const wrapped = out.pop() ?? '';
      const last = previous && endsInDroppedHyphen(previous, line, edge) ? `${wrapped}\u00ad` : wrapped;
      out.push(
        /[-\u00ad]$/u.test(last) && /^\p{Ll}/u.test(line.text)
          ? `${last.slice(0, -1)}${line.text}`
          : `${last} ${line.text}`,
      );
      previous = line;
      continue;
    }
    const startsItem =
      bulleted || (indented && (inList || /:\s*$/.test(previous?.text ?? '') || newParagraph));
    if (previous && (newParagraph || startsItem || (inList && !indented)))
      out.push(newParagraph || (inList && !indented) ? '\n\n' : '\n');
    else if (previous) out.push('\n');
    // A soft hyphen tells the sentence splitter to join the word across the line break.
    const text = endsInDroppedHyphen(line, main[index + 1], edge) ? `${line.text}\u00ad` : line.text;
    if (startsItem) {
      out.push(`– ${text.replace(bulletPattern, '')}`);
      inList = true;
      itemX = line.x;
    } else {
      out.push(text);
      if (!indented) inList = false;
    }
    previous = line;
  }
  return out.join('');
}

// "3", "- 3 -", "Seite 2", "Seite 2 von 3", "2/3": page numbers, not text.
const pageMarkers = [/^-?\s?(?:Seite\s)?\d{1,3}\s?-?$/iu, /^(?:Seite\s)?\d{1,3}\s?(?:von|\/)\s?\d{1,3}$/iu];
const isPageMarker = (text: string) => pageMarkers.some((pattern) => pattern.test(text));

/** Extracts the text of every page; throws PdfTextError for files that are not readable PDFs. */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  let document;
  try {
    // pdf.js wants a plain Uint8Array (not a Buffer) and takes ownership of it: pass a copy.
    document = await getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      useSystemFonts: false,
      standardFontDataUrl,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new PdfTextError(`not a readable PDF (${(error as Error).message})`);
  }
  const pages: Line[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const [, , , scaleY, x, y] = item.transform as number[];
      items.push({
        text: item.str,
        x: x ?? 0,
        y: y ?? 0,
        width: item.width,
        size: Math.abs(scaleY ?? item.height) || 10,
      });
    }
    pages.push(toLines(items, width, height, number === 1));
  }
  await document.destroy();
  // Running headers and footers repeat on several pages ("Seite 2 von 2", the employee's name, register data).
  const counts = new Map<string, number>();
  for (const lines of pages)
    for (const text of new Set(lines.map((line) => line.text))) counts.set(text, (counts.get(text) ?? 0) + 1);
  const texts = pages.map((lines) => {
    // A running header shares its row with the page number ("Zwischenzeugnis für … | Seite 2 von 2").
    const markerRows = lines.filter((line) => isPageMarker(line.text)).map((line) => line.y);
    return linesToText(
      lines.filter(
        (line) =>
          !markerRows.some((y) => Math.abs(y - line.y) < 2) &&
          !(pages.length > 1 && (counts.get(line.text) ?? 0) > 1),
      ),
    );
  });
  const side = pages[0]?.filter((line) => line.isSide).map((line) => line.text) ?? [];
  // A page that ends mid-sentence continues on the next; otherwise the page break ends a paragraph.
  const body = texts
    .filter(Boolean)
    .reduce(
      (joined, page) => (joined ? `${joined}${/[.!?:]$/.test(joined) ? '\n\n' : '\n'}${page}` : page),
      '',
    );
  return `${side.length ? `${side.join('\n')}\n\n` : ''}${body}\n`;
}
