import { formatGermanDate } from '../../format/dates.js';
import type { Section } from '../../model/document.types.js';
import type { ComposeContext } from './compose.context.js';

export function composeSignature(context: ComposeContext): Section {
  const { input } = context;
  const date = formatGermanDate(input.issueDate);
  return {
    id: 'signature',
    blocks: [
      { type: 'dateLine', place: input.place, date, text: `${input.place}, ${date}` },
      {
        type: 'signatures',
        signers: input.signatures.map(({ name, function: role }) => ({ name, function: role })),
      },
    ],
  };
}
