// renderDocx: the certificate as an editable Word document on the company layout (C9). Same page,
// fonts and letterhead as the PDF, but made of real paragraphs and styles, so HR can edit it in Word
// or LibreOffice. Pure: no Node built-ins, no clock; equal input gives byte-identical files.
import { defaultCertificateLayout, type CertificateLayout } from '@zeugnisdesk/shared';
import { Document, Packer } from 'docx';
import type { CertificateDocument } from '../../model/document.types.js';
import { bodyParagraphs } from './docx-body.js';
import { fontTableXml } from './docx-fonts.js';
import { continuationHeader, footer, letterheadHeader, type LetterheadContext } from './docx-letterhead.js';
import { resolveDocxLogo } from './docx-logo.js';
import { normalizePackage } from './docx-package.js';
import { buildNumbering, buildStyles } from './docx-styles.js';
import { a4, mmToTwips } from './docx-units.js';

export interface DocxRenderInput {
  document: CertificateDocument;
  layout?: CertificateLayout;
  /**
   * Images named by the layout (`letterhead.logo.src`), as bytes: PNG, JPEG or SVG. An SVG logo takes
   * its raster fallback from the asset of the same name with `.png` (see `checkDocxLayout`).
   */
  assets?: Readonly<Record<string, Uint8Array>>;
}

/** Header and footer distances from the page edge: inside the margins, never above 12 mm / 10 mm. */
function distances(layout: CertificateLayout) {
  const { top, bottom } = layout.margins;
  return { header: Math.min(12, Math.max(4, top - 8)), footer: Math.min(10, Math.max(4, bottom / 2 - 2)) };
}

function buildDocxDocument(input: DocxRenderInput): Document {
  const { document } = input;
  const layout = input.layout ?? defaultCertificateLayout;
  const { logo } = resolveDocxLogo(layout, input.assets ?? {});
  const { margins } = layout;
  const textWidth = a4.width - mmToTwips(margins.left) - mmToTwips(margins.right);
  const distance = distances(layout);
  const context: LetterheadContext = { document, layout, logo, headerDistance: distance.header, textWidth };
  const footers = layout.footer.length ? { first: footer(context), default: footer(context) } : {};
  return new Document({
    title: `${document.title} – ${document.employee.name}`,
    subject: document.title,
    creator: document.employer.name,
    lastModifiedBy: document.employer.name,
    styles: buildStyles(layout),
    numbering: buildNumbering(layout),
    hyphenation: { autoHyphenation: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: a4.width, height: a4.height },
            margin: {
              top: mmToTwips(margins.top),
              right: mmToTwips(margins.right),
              bottom: mmToTwips(margins.bottom),
              left: mmToTwips(margins.left),
              header: mmToTwips(distance.header),
              footer: mmToTwips(distance.footer),
            },
          },
        },
        headers: { first: letterheadHeader(context), default: continuationHeader(context) },
        footers,
        children: bodyParagraphs(document, { layout, textWidth }),
      },
    ],
  });
}

/** The certificate as a DOCX file. What DOCX cannot show of the layout is reported by `checkDocxLayout`. */
export async function renderDocx(input: DocxRenderInput): Promise<Uint8Array> {
  const family = (input.layout ?? defaultCertificateLayout).font.family;
  const fontTable = { path: 'word/fontTable.xml', data: fontTableXml(family) };
  const packed = await Packer.pack(buildDocxDocument(input), 'uint8array', false, [fontTable]);
  return normalizePackage(packed, { issueDate: input.document.issueDate, language: 'de-DE' });
}
