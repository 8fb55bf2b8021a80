// Build step: writes dist/certificate-input.schema.json from the zod schema (the single source).
import { writeFileSync } from 'node:fs';
import { certificateInputJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dist/certificate-input.schema.json', import.meta.url),
  `${JSON.stringify(certificateInputJsonSchema(), null, 2)}\n`,
);
