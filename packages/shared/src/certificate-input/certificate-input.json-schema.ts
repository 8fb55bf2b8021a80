// The JSON Schema of the certificate input, generated from the zod schema (the single source).
// `npm run build` writes it to dist/certificate-input.schema.json for integrators.
import { z } from 'zod';
import { certificateInputObjectSchema } from './certificate-input.schema.js';

export function certificateInputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(certificateInputObjectSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://zeugnisdesk.de/schemas/certificate-input.schema.json',
    title: 'Zeugnisdesk certificate input',
    description:
      'The input of `zeugnisdesk compose` and the content of a certificate in the HTTP API (CONTRACTS §1). ' +
      'Cross-field rules (end after start, interim reason, leadership only for managers, …) are enforced by the application.',
  };
}
