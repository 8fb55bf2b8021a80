// Semantic, self-contained, printable HTML of the document model: the web preview and
// `compose --format html`. Every text is escaped, so user data can never become markup; the logo is
// embedded as a data URI, so the page needs nothing but itself.
import { defaultCertificateLayout, type CertificateLayout } from '@zeugnisdesk/shared';
import type { Block, CertificateDocument, Run } from '../model/document.types.js';
import { letterheadAddressLines } from './letterhead.js';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] as string);
}

export interface HtmlRenderOptions {
  layout?: CertificateLayout;
  /** Images named by the layout (`letterhead.logo.src`), as bytes. */
  assets?: Readonly<Record<string, Uint8Array>>;
}

function runsToHtml(runs: readonly Run[]): string {
  return runs
    .map((run) =>
      run.sentenceId
        ? `<span data-sentence="${escapeHtml(run.sentenceId)}">${escapeHtml(run.text)}</span>`
        : escapeHtml(run.text),
    )
    .join(' ');
}

function blockToHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p>${runsToHtml(block.runs)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ul>`;
    case 'dateLine':
      return `<p class="date-line">${escapeHtml(block.text)}</p>`;
    case 'signatures':
      return `<div class="signatures">${block.signers
        .map(
          (signer) =>
            `<div class="signer"><span class="name">${escapeHtml(signer.name)}</span><span class="function">${escapeHtml(signer.function)}</span></div>`,
        )
        .join('')}</div>`;
  }
}

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa: the engine is pure and typed without Node or DOM globals. */
export function toBase64(bytes: Uint8Array): string {
  let output = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    output += base64Alphabet[(triple >> 18) & 63];
    output += base64Alphabet[(triple >> 12) & 63];
    output += index + 1 < bytes.length ? base64Alphabet[(triple >> 6) & 63] : '=';
    output += index + 2 < bytes.length ? base64Alphabet[triple & 63] : '=';
  }
  return output;
}

function logoHtml(layout: CertificateLayout, assets: Readonly<Record<string, Uint8Array>>): string {
  const logo = layout.letterhead.logo;
  const bytes = logo ? assets[logo.src] : undefined;
  if (!logo || !bytes) return '';
  const type = logo.src.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : 'image/png';
  return `<img class="logo logo-${logo.position}" alt="" style="width:${logo.width}mm" src="data:${type};base64,${toBase64(bytes)}">`;
}

const fallbacks: Record<string, string> = {
  'Liberation Sans': '"Liberation Sans", Arial, Helvetica, sans-serif',
  'Liberation Serif': '"Liberation Serif", "Times New Roman", serif',
  Carlito: 'Carlito, Calibri, sans-serif',
};

function style(layout: CertificateLayout): string {
  const { margins, font, heading } = layout;
  return `@page{size:A4;margin:${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm}
body{font-family:${fallbacks[font.family] ?? 'sans-serif'};font-size:${font.size}pt;line-height:${font.lineSpacing};max-width:160mm;margin:2em auto;padding:0 1em;color:#111}
.letterhead{display:flex;justify-content:space-between;align-items:flex-start;gap:2em;margin-bottom:2.5em}
.logo-center{margin:0 auto}.logo-right{order:2}
.sender{font-size:7.5pt;color:#444;border-bottom:0.5pt solid #999;display:inline-block;margin-bottom:1.5em}
address{font-style:normal;font-size:9pt;line-height:1.4;text-align:right;color:#333}
h1{font-size:${heading.size}pt;font-weight:${heading.weight === 'bold' ? 700 : 400};text-align:${heading.alignment};${heading.uppercase ? 'text-transform:uppercase;letter-spacing:.05em;' : ''}margin:0 0 1.2em}
p{text-align:${layout.alignment};hyphens:auto;margin:0 0 .9em}ul{margin:0 0 .9em;padding-left:1.4em}
.date-line{margin-top:1.6em}
.signatures{display:flex;gap:3em;margin-top:${layout.signature.space}mm;break-inside:avoid}
.signer{display:flex;flex-direction:column;border-top:.5pt solid #111;padding-top:.3em;min-width:60mm}
footer{margin-top:3em;font-size:7.5pt;color:#555;border-top:.5pt solid #bbb;padding-top:.4em}
@media print{body{margin:0;max-width:none;padding:0}}`;
}

/** A complete HTML page for the certificate, on the company's layout when one is given. */
export function renderHtml(document: CertificateDocument, options: HtmlRenderOptions = {}): string {
  const layout = options.layout ?? defaultCertificateLayout;
  const { letterhead } = layout;
  const addressLines = letterheadAddressLines(document, layout);
  const sections = document.sections
    .map(
      (section) =>
        `<section data-section="${section.id}">${section.blocks.map(blockToHtml).join('')}</section>`,
    )
    .join('\n');
  const sender = letterhead.senderLine
    ? `<div class="sender">${escapeHtml(letterhead.senderLine)}</div>`
    : '';
  const footer = layout.footer.length
    ? `<footer>${layout.footer.map((line) => `<div>${escapeHtml(line)}</div>`).join('')}</footer>`
    : '';
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${document.title} – ${document.employee.name}`)}</title>
<style>${style(layout)}</style>
</head>
<body>
<header class="letterhead">${logoHtml(layout, options.assets ?? {})}<address>${addressLines.map(escapeHtml).join('<br>')}</address></header>
${sender}
<main>
${sections}
</main>
${footer}
</body>
</html>
`;
}
