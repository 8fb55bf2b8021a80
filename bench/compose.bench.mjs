// Certificates composed per second on one core (target ≥ 5,000/s), against a baseline measured in
// the same run: validating the same input with the zod contract schema, which every caller pays
// before composing. Inputs vary (name, gender, grades, kind) so no result is reused.
import { readFileSync } from 'node:fs';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { composeCertificate } from '@zeugnisdesk/engine';
import { format, interleaved, throughput } from './stats.mjs';

const example = JSON.parse(
  readFileSync(new URL('../examples/certificate-input.example.json', import.meta.url), 'utf8'),
);
const genders = ['male', 'female', 'diverse'];
const drafts = Array.from({ length: 500 }, (_, index) => {
  const grade = (index % 5) + 1;
  const draft = structuredClone(example);
  draft.employee.gender = genders[index % 3];
  draft.employee.lastName = `Beispiel${index}`;
  for (const key of Object.keys(draft.ratings))
    if (key !== 'leadership') draft.ratings[key] = ((grade + key.length) % 5) + 1;
  if (index % 4 === 0) {
    draft.kind = 'interim';
    draft.employment.endDate = null;
    draft.employment.exitReason = null;
    draft.employment.interimReason = 'supervisor_change';
  }
  return draft;
});
const inputs = drafts.map((draft) => certificateInputSchema.parse(draft));

let cursor = 0;
let sink = 0;
const result = interleaved({
  compose: () => throughput(() => (sink += composeCertificate(inputs[cursor++ % inputs.length]).text.length)),
  validate: () =>
    throughput(() => (sink += certificateInputSchema.parse(drafts[cursor++ % drafts.length]).kind.length)),
});
const words = composeCertificate(inputs[0]).text.split(/\s+/).length;
console.log(`compose:  ${format(result.compose)} certificates/s (one core; ${words} words each)`);
console.log(`validate: ${format(result.validate)} inputs/s (baseline: zod parse of the same input)`);
console.log(
  `ratio compose/validate: ${(result.compose / result.validate).toFixed(2)}  target compose ≥ 5,000/s: ${result.compose >= 5000 ? 'met' : 'MISSED'}`,
);
if (sink === 0) console.log('');
