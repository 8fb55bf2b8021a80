// Plain-text rendering of the document model: the canonical text that tests, the CLI and the
// analyser read. Paragraphs are separated by a blank line; list items start with "– ".
import type { Block, CertificateDocument } from '../../model/document.types.js';

function blockToText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.runs.map((run) => run.text).join(' ');
    case 'list':
      return block.items.map((item) => `– ${item.text}`).join('\n');
    case 'dateLine':
      return block.text;
    case 'signatures':
      return block.signers.map((signer) => `\n\n${signer.name}\n${signer.function}`).join('\n');
  }
}

export function documentToText(document: CertificateDocument): string {
  const blocks = document.sections.flatMap((section) => section.blocks);
  return `${blocks.map(blockToText).join('\n\n')}\n`;
}
