// Named styles, so that HR editing the certificate in Word or LibreOffice keeps the look: "Normal"
// carries font, size, line spacing and alignment of the layout, "Title" the heading, and the list
// numbering draws an en dash. Everything is German (de-DE), so spelling and hyphenation work.
import type { CertificateLayout } from '@zeugnisdesk/shared';
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { ptToTwips } from './docx-units.js';

export const listReference = 'certificate-dash-list';

/** Colours of the small print, as in the HTML preview. */
export const colors = { address: '333333', sender: '444444', note: '555555', rule: 'BBBBBB' } as const;

/** Vertical rhythm in twips, derived from the body font size ("em" as in the HTML preview). */
export function spacingOf(layout: CertificateLayout) {
  const em = ptToTwips(layout.font.size);
  return {
    em,
    /** Space after a paragraph. */
    paragraph: Math.round(0.9 * em),
    /** Multiple line spacing, in 240ths of a line: 1.35 appears in Word as "Mehrfach 1,35". */
    line: Math.round(240 * layout.font.lineSpacing),
    listIndent: Math.round(1.4 * em),
  };
}

export function buildStyles(layout: CertificateLayout): IStylesOptions {
  const { font, heading } = layout;
  const spacing = spacingOf(layout);
  return {
    default: {
      document: {
        run: { font: font.family, size: font.size * 2, language: { value: 'de-DE' } },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: layout.alignment === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          spacing: { after: spacing.paragraph, line: spacing.line, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: {
          size: heading.size * 2,
          bold: heading.weight === 'bold',
          // capitals spaced by .05em (in twentieths of a point), as in the HTML preview
          ...(heading.uppercase ? { allCaps: true, characterSpacing: Math.round(heading.size) } : {}),
        },
        paragraph: {
          alignment: heading.alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { after: Math.round(1.2 * ptToTwips(heading.size)), line: 240 },
          keepNext: true,
          outlineLevel: 0,
        },
      },
      {
        id: 'ListParagraph',
        name: 'List Paragraph',
        basedOn: 'Normal',
        quickFormat: true,
        // no space between the items of one list, the paragraph's space after the last one
        paragraph: { contextualSpacing: true },
      },
    ],
  };
}

export function buildNumbering(layout: CertificateLayout): INumberingOptions {
  const indent = spacingOf(layout).listIndent;
  return {
    config: [
      {
        reference: listReference,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2013',
            alignment: AlignmentType.LEFT,
            style: {
              run: { font: layout.font.family },
              paragraph: { indent: { left: indent, hanging: indent } },
            },
          },
        ],
      },
    ],
  };
}
