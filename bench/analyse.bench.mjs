// Analyses per second on one core (target ≥ 1,000 two-page certificates/s). Inputs: the 20
// certificates of the independent corpus (350–520 words, one to two pages each) and 20 composed
// manager certificates. Baseline in the same run: splitting the same texts into lower-case words,
// the least any reader of the text must do.
import { readdirSync, readFileSync } from 'node:fs';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { analyseCertificate, composeCertificate } from '@zeugnisdesk/engine';
import { format, interleaved, throughput } from './stats.mjs';

const corpusDir = new URL('../test-corpus/analysis/certificates/', import.meta.url);
const corpus = readdirSync(corpusDir).map((name) => readFileSync(new URL(name, corpusDir), 'utf8'));
const example = JSON.parse(
  readFileSync(new URL('../examples/certificate-input.example.json', import.meta.url), 'utf8'),
);
const composed = Array.from({ length: 20 }, (_, index) => {
  const draft = structuredClone(example);
  draft.employee.lastName = `Beispiel${index}`;
  draft.employment.isManager = true;
  draft.employment.staffCount = 12;
  draft.ratings.leadership = (index % 5) + 1;
  draft.achievements.push('Aufbau eines neuen Standorts mit 30 Beschäftigten');
  return composeCertificate(certificateInputSchema.parse(draft)).text;
});
const texts = [...corpus, ...composed];
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length;

let cursor = 0;
let sink = 0;
const result = interleaved({
  analyse: () =>
    throughput(() => (sink += analyseCertificate(texts[cursor++ % texts.length]).sentences.length)),
  tokenise: () =>
    throughput(
      () => (sink += (texts[cursor++ % texts.length].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).length),
    ),
});
console.log(
  `analyse:  ${format(result.analyse)} certificates/s (one core; ${Math.round(words)} words on average)`,
);
console.log(
  `tokenise: ${format(result.tokenise)} texts/s (baseline: lower-case word split of the same texts)`,
);
console.log(
  `ratio analyse/tokenise: ${(result.analyse / result.tokenise).toFixed(3)}  target analyse ≥ 1,000/s: ${result.analyse >= 1000 ? 'met' : 'MISSED'}`,
);
if (sink === 0) console.log('');
