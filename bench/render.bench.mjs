// Rendering a two-page certificate (target: PDF median ≤ 10 ms after warm-up, ≥ 20× faster than
// printing the same certificate's HTML to PDF with headless Chromium, measured in the same run).
// DOCX renders are reported alongside. Chromium is Debian's (/usr/bin/chromium), driven by playwright-core.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { certificateInputSchema, certificateLayoutSchema } from '@zeugnisdesk/shared';
import { composeCertificate, renderDocx, renderHtml } from '@zeugnisdesk/engine';
import { createPdfRenderer } from '../apps/server/dist/modules/rendering/pdf.services.js';

const example = JSON.parse(
  readFileSync(new URL('../examples/certificate-input.example.json', import.meta.url), 'utf8'),
);
const layout = certificateLayoutSchema.parse(
  JSON.parse(readFileSync(new URL('../examples/layout.example.json', import.meta.url), 'utf8')),
);
const assets = {
  'rheinfracht-logo.svg': new Uint8Array(
    readFileSync(new URL('../examples/rheinfracht-logo.svg', import.meta.url)),
  ),
};

// A two-page manager certificate; each run gets another surname so no cache can return a finished PDF.
function documentFor(index) {
  const draft = structuredClone(example);
  draft.employee.lastName = `Schmidt-Beispiel${index}`;
  draft.employment.isManager = true;
  draft.employment.staffCount = 14;
  draft.ratings.leadership = 1;
  draft.activities.push(
    'Leitung des Dispositionsteams mit vierzehn Beschäftigten einschließlich Einsatz- und Urlaubsplanung',
    'Verhandlung von Rahmenverträgen mit Subunternehmern und Frachtführern',
    'Aufbau eines Kennzahlensystems für Termintreue, Auslastung und Kosten je Tour',
  );
  draft.achievements.push('Senkung der Reklamationsquote um ein Drittel innerhalb von zwei Jahren');
  return composeCertificate(certificateInputSchema.parse(draft)).document;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function time(runs, fn) {
  const samples = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await fn(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

let counter = 0;
const renderer = createPdfRenderer();
await time(5, () => renderer.renderPdf({ document: documentFor(counter++), layout, assets }));
await time(5, () => renderDocx({ document: documentFor(counter++), layout, assets }));

const executablePath = '/usr/bin/chromium';
const browser = existsSync(executablePath)
  ? await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  : null;
const page = browser ? await browser.newPage() : null;
const printHtml = async () => {
  await page.setContent(renderHtml(documentFor(counter++), { layout, assets }));
  // eslint-disable-next-line no-undef -- evaluated in the browser page, where document exists
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
};
if (page) await time(3, printHtml);

// Interleave the generators in rounds so that drift on the shared machine hits them alike.
const pdf = [];
const docx = [];
const chrome = [];
for (let round = 0; round < 5; round++) {
  pdf.push(
    ...(await time(20, () => renderer.renderPdf({ document: documentFor(counter++), layout, assets }))),
  );
  docx.push(...(await time(20, () => renderDocx({ document: documentFor(counter++), layout, assets }))));
  if (page) chrome.push(...(await time(4, printHtml)));
}
const pages = (await renderer.renderPdf({ document: documentFor(0), layout, assets })).length;
renderer.close();
await browser?.close();

console.log(
  `pdf (typst):   median ${median(pdf).toFixed(1)} ms  (${Math.round(1000 / median(pdf))} /s; target ≤ 10 ms: ${median(pdf) <= 10 ? 'met' : 'MISSED'}; ${Math.round(pages / 1024)} KB)`,
);
console.log(`docx:          median ${median(docx).toFixed(1)} ms  (${Math.round(1000 / median(docx))} /s)`);
if (chrome.length) {
  const ratio = median(chrome) / median(pdf);
  console.log(
    `chromium html: median ${median(chrome).toFixed(1)} ms  (baseline: page.setContent + page.pdf)`,
  );
  console.log(`ratio chromium/typst: ${ratio.toFixed(1)}×  target ≥ 20×: ${ratio >= 20 ? 'met' : 'MISSED'}`);
} else {
  console.log('chromium: /usr/bin/chromium not installed (apt-get install chromium) — ratio not measured');
}
