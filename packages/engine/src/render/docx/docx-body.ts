// The certificate body as real Word paragraphs: the heading in the "Title" style, prose in "Normal",
// lists as numbered paragraphs, then place and date and the signers side by side on tab stops.
// Text goes into runs as text only; docx escapes it, and characters XML cannot carry become spaces.
import type { CertificateLayout } from '@zeugnisdesk/shared';
import {
  AlignmentType,
  LeaderType,
  LineRuleType,
  Paragraph,
  TabStopType,
  TextRun,
  type TabStopDefinition,
} from 'docx';
import type { Block, CertificateDocument } from '../../model/document.types.js';
import { listReference, spacingOf } from './docx-styles.js';
import { mmToTwips } from './docx-units.js';

type Signer = { name: string; function: string };

/** Control characters and lone surrogates are not allowed in XML; a tab or line break reads as a space. */
export function xmlSafeText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, ' ');
}

const textRun = (text: string) => new TextRun({ text: xmlSafeText(text) });

interface BodyContext {
  layout: CertificateLayout;
  /** Width of the text area in twips. */
  textWidth: number;
}

function signatureColumns({ textWidth }: BodyContext) {
  const gap = Math.min(mmToTwips(15), Math.round(textWidth * 0.1));
  const width = Math.min(mmToTwips(70), Math.round((textWidth - gap) / 2));
  return { width, secondStart: width + gap };
}

/** One row of up to two signers: a rule for the handwritten signature, then names, then functions. */
function signerRow(signers: Signer[], context: BodyContext, spaceBefore: number): Paragraph[] {
  const { width, secondStart } = signatureColumns(context);
  const second = signers.length > 1;
  const ruleStops: TabStopDefinition[] = [
    { type: TabStopType.LEFT, position: width, leader: LeaderType.UNDERSCORE },
    ...(second
      ? [
          { type: TabStopType.LEFT, position: secondStart },
          { type: TabStopType.LEFT, position: secondStart + width, leader: LeaderType.UNDERSCORE },
        ]
      : []),
  ];
  const textStops: TabStopDefinition[] = second ? [{ type: TabStopType.LEFT, position: secondStart }] : [];
  const line = (texts: string[], keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: textStops,
      ...(keepNext ? { keepNext } : {}),
      keepLines: true,
      spacing: { after: 0 },
      children: texts.flatMap((text, index) =>
        index ? [new TextRun({ text: '\t' }), textRun(text)] : [textRun(text)],
      ),
    });
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      tabStops: ruleStops,
      keepNext: true,
      spacing: { before: spaceBefore, after: 60, line: 160, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: second ? '\t\t\t' : '\t', size: 12 })],
    }),
    line(
      signers.map((signer) => signer.name),
      true,
    ),
    line(
      signers.map((signer) => signer.function),
      false,
    ),
  ];
}

function signatureParagraphs(signers: Signer[], context: BodyContext): Paragraph[] {
  const space = mmToTwips(context.layout.signature.space);
  const rows: Signer[][] = [];
  for (let index = 0; index < signers.length; index += 2) rows.push(signers.slice(index, index + 2));
  return rows.flatMap((row, index) => signerRow(row, context, index === 0 ? space : space + 240));
}

function blockParagraphs(block: Block, context: BodyContext, keepNext: boolean): Paragraph[] {
  const spacing = spacingOf(context.layout);
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ style: 'Title', children: [textRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          ...(keepNext ? { keepNext } : {}),
          children: block.runs.map((run, index) => textRun(index ? ` ${run.text}` : run.text)),
        }),
      ];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            style: 'ListParagraph',
            numbering: { reference: listReference, level: 0 },
            ...(keepNext ? { keepNext } : {}),
            children: [textRun(item.text)],
          }),
      );
    case 'dateLine':
      return [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          keepNext: true,
          spacing: { before: Math.round(0.7 * spacing.em), after: 0 },
          children: [textRun(block.text)],
        }),
      ];
    case 'signatures':
      return signatureParagraphs(block.signers, context);
  }
}

/** All body paragraphs; the paragraph before the signature block keeps with it, so it never stands alone. */
export function bodyParagraphs(document: CertificateDocument, context: BodyContext): Paragraph[] {
  const blocks = document.sections.flatMap((section) =>
    section.blocks.map((block) => ({ block, isSignature: section.id === 'signature' })),
  );
  return blocks.flatMap(({ block }, index) =>
    blockParagraphs(block, context, blocks[index + 1]?.isSignature === true && !blocks[index]?.isSignature),
  );
}
