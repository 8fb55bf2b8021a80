// The editor's work per keystroke (issue #7: the preview updates within 50 ms of a keystroke for a
// two-page certificate): validate the content with the contract schema, compose it and run the
// consistency check — what the browser does before React paints the preview. Measured on a long
// certificate (many activities, positions, trainings) against a baseline in the same run: the zod
// validation alone. The real browser latency, rendering included, is measured by the e2e test
// apps/web/e2e/certificate-editor.test.ts.
import { readFileSync } from 'node:fs';
import { checkCertificate, composeCertificate } from '@zeugnisdesk/engine';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { format, interleaved, throughput } from './stats.mjs';

const example = JSON.parse(
  readFileSync(new URL('../examples/certificate-input.example.json', import.meta.url), 'utf8'),
);
const long = structuredClone(example);
long.activities = Array.from(
  { length: 14 },
  (_, index) => `Verantwortung für Aufgabe ${index + 1} im Bereich Disposition und Planung`,
);
long.additionalActivities = ['Ausbildungsbeauftragte', 'Mitglied im Betriebsrat', 'Brandschutzhelferin'];
long.trainings = Array.from({ length: 6 }, (_, index) => ({
  title: `Weiterbildung ${index + 1}`,
  year: 2020 + index,
}));
long.positions = Array.from({ length: 4 }, (_, index) => ({
  from: `${2019 + index}-01-01`,
  to: index === 3 ? '2026-06-30' : `${2019 + index}-12-31`,
  jobTitle: `Position ${index + 1}`,
  department: 'Disposition',
}));
long.positions[0].from = '2019-04-01';
long.qualifications = ['sicherer Umgang mit dem TMS', 'Englisch verhandlungssicher', 'Staplerschein'];
long.achievements = ['Einführung der digitalen Tourenplanung', 'Senkung der Leerfahrten um ein Fünftel'];

// Keystrokes: the job title grows one letter at a time, as the user types it.
const drafts = Array.from({ length: 200 }, (_, index) => {
  const draft = structuredClone(long);
  draft.employment.jobTitle = `Disponentin ${'x'.repeat(index % 40)}`;
  return draft;
});

let cursor = 0;
let sink = 0;
const keystroke = () => {
  const input = certificateInputSchema.parse(drafts[cursor++ % drafts.length]);
  const composed = composeCertificate(input);
  sink += checkCertificate(input, composed.document).length + composed.text.length;
};
const result = interleaved({
  keystroke: () => throughput(keystroke),
  validate: () =>
    throughput(() => (sink += certificateInputSchema.parse(drafts[cursor++ % drafts.length]).kind.length)),
});
const words = composeCertificate(certificateInputSchema.parse(long)).text.split(/\s+/).length;
const perKeystrokeMs = 1000 / result.keystroke;
console.log(
  `keystroke (validate + compose + check): ${format(result.keystroke)}/s = ${perKeystrokeMs.toFixed(3)} ms each (${words} words, about two pages)`,
);
console.log(`validate: ${format(result.validate)}/s (baseline: zod parse of the same content)`);
console.log(
  `ratio keystroke/validate: ${(result.keystroke / result.validate).toFixed(2)}  budget 50 ms per keystroke: ${perKeystrokeMs < 50 ? 'met' : 'MISSED'}`,
);
if (sink === 0) console.log('');
