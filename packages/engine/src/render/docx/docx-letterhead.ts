// Letterhead, running header and footer. The letterhead lives in the first page's header, as on
// Word letter paper: logo and company block side by side at the top margin, the sender line below.
// Following pages carry the title, the employee's name and "Seite X von Y"; every page the footer.
import { letterheadAddressLines } from '../letterhead.js';
import type { CertificateLayout } from '@zeugnisdesk/shared';
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  TextWrappingSide,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { CertificateDocument } from '../../model/document.types.js';
import { xmlSafeText } from './docx-body.js';
import type { DocxLogo } from './docx-logo.js';
import { colors, spacingOf } from './docx-styles.js';
import { mmToEmu, mmToPx, mmToTwips, ptToTwips } from './docx-units.js';

const addressSize = 9;
const addressLine = ptToTwips(addressSize * 1.4);
const smallSize = 7.5;

export interface LetterheadContext {
  document: CertificateDocument;
  layout: CertificateLayout;
  logo: DocxLogo | null;
  /** Distance of the header from the top edge in millimetres. */
  headerDistance: number;
  /** Width of the text area in twips. */
  textWidth: number;
}

function logoRun(logo: DocxLogo, context: LetterheadContext): ImageRun {
  const transformation = { width: mmToPx(logo.width), height: mmToPx(logo.height) };
  // A fixed drawing id: docx would count drawings process-wide, and the logo is the only drawing.
  const altText = {
    id: '1',
    name: 'Logo',
    description: `Logo ${context.document.employer.name}`,
    title: 'Logo',
  };
  if (logo.position === 'center') return new ImageRun({ ...logo.image, transformation, altText });
  return new ImageRun({
    ...logo.image,
    transformation,
    altText,
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.MARGIN,
        align: logo.position === 'left' ? HorizontalPositionAlign.LEFT : HorizontalPositionAlign.RIGHT,
      },
      verticalPosition: {
        relative: VerticalPositionRelativeFrom.PAGE,
        offset: mmToEmu(context.layout.margins.top),
      },
      wrap: { type: TextWrappingType.SQUARE, side: TextWrappingSide.BOTH_SIDES },
      margins: { left: mmToEmu(6), right: mmToEmu(6) },
    },
  });
}

function addressLines({ layout, document }: LetterheadContext): string[] {
  return letterheadAddressLines(document, layout);
}

/** The first page's header: the letterhead, starting at the top margin. */
export function letterheadHeader(context: LetterheadContext): Header {
  const { layout, logo } = context;
  const top = mmToTwips(Math.max(0, layout.margins.top - context.headerDistance));
  const lines = addressLines(context);
  const floating = logo && logo.position !== 'center';
  const children: Paragraph[] = [];
  if (logo && !floating) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: top, after: 120 },
        children: [logoRun(logo, context)],
      }),
    );
  }
  lines.forEach((line, index) => {
    const first = index === 0;
    children.push(
      new Paragraph({
        alignment: logo?.position === 'right' ? AlignmentType.LEFT : AlignmentType.RIGHT,
        spacing: {
          before: first && !children.length ? top : 0,
          after: 0,
          line: addressLine,
          lineRule: LineRuleType.EXACT,
        },
        children: [
          ...(first && floating ? [logoRun(logo, context)] : []),
          new TextRun({ text: xmlSafeText(line), size: addressSize * 2, color: colors.address }),
        ],
      }),
    );
  });
  // Below the logo even when the company block is shorter than the logo is high.
  const overhang = floating ? Math.max(0, mmToTwips(logo.height) - addressLine * lines.length) : 0;
  const before = overhang + Math.round(2.5 * spacingOf(layout).em);
  const sender = layout.letterhead.senderLine;
  children.push(
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before, after: ptToTwips(1.5 * smallSize), line: 240 },
      children: sender
        ? [
            new TextRun({
              text: xmlSafeText(sender),
              size: smallSize * 2,
              color: colors.sender,
              underline: { type: 'single', color: '999999' },
            }),
          ]
        : [],
    }),
  );
  return new Header({ children });
}

/** Pages 2 and following: "Arbeitszeugnis – Frau Anna Schmidt" and "Seite 2 von 3". */
export function continuationHeader({ document, textWidth }: LetterheadContext): Header {
  const style = { size: 17, color: colors.note };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        spacing: { after: 0, line: 240 },
        children: [
          new TextRun({ ...style, text: xmlSafeText(`${document.title} – ${document.employee.name}`) }),
          new TextRun({
            ...style,
            children: ['\tSeite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** Register data and bank details at the foot of every page, under a thin rule. */
export function footer({ layout }: LetterheadContext): Footer {
  return new Footer({
    children: layout.footer.map(
      (line, index) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { after: 0, line: 240 },
          ...(index === 0
            ? { border: { top: { style: BorderStyle.SINGLE, size: 4, color: colors.rule, space: 4 } } }
            : {}),
          children: [new TextRun({ text: xmlSafeText(line), size: smallSize * 2, color: colors.note })],
        }),
    ),
  });
}
