// Build step: writes dist/certificate-input.schema.json from the zod schema (the single source).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { certificateInputObjectSchema } from '../dist/index.js';

const schema = z.toJSONSchema(certificateInputObjectSchema, { target: 'draft-2020-12', io: 'input' });
const document = {
  ...schema,
  $id: 'https://zeugnisdesk.de/schemas/certificate-input.schema.json',
  title: 'Zeugnisdesk certificate input',
  description:
    'The input of `zeugnisdesk compose` and the content of a certificate in the HTTP API (CONTRACTS §1). ' +
    'Cross-field rules (end after start, interim reason, leadership only for managers, …) are enforced by the application.',
};
writeFileSync(
  new URL('../dist/certificate-input.schema.json', import.meta.url),
  `${JSON.stringify(document, null, 2)}\n`,
);
