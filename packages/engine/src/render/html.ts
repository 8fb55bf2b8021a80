// Semantic, self-contained HTML of the document model (web preview, `compose --format html`).
// Every text is escaped: user data can never become markup.
import type { Block, CertificateDocument } from '../model/document.types.js';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] as string);
}

function runsToHtml(runs: { text: string; sentenceId?: string }[]): string {
  return runs
    .map((run) =>
      run.sentenceId
        ? `<span data-sentence="${escapeHtml(run.sentenceId)}">${escapeHtml(run.text)}</span>`
        : escapeHtml(run.text),
    )
    .join(' ');
}

function blockToHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p>${runsToHtml(block.runs)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item.text)}</li>`).join('')}</ul>`;
    case 'dateLine':
      return `<p class="date-line">${escapeHtml(block.text)}</p>`;
    case 'signatures':
      return `<div class="signatures">${block.signers
        .map(
          (signer) =>
            `<div class="signer"><span class="name">${escapeHtml(signer.name)}</span><span class="function">${escapeHtml(signer.function)}</span></div>`,
        )
        .join('')}</div>`;
  }
}

const style = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;line-height:1.5;max-width:42em;margin:2em auto;color:#111}
h1{font-size:16pt;margin:0 0 1.5em}p{text-align:justify;hyphens:auto;margin:0 0 1em}ul{margin:0 0 1em;padding-left:1.5em}
.employer{font-size:9pt;color:#333;margin-bottom:2em}.signatures{display:flex;gap:4em;margin-top:3.5em}
.signer{display:flex;flex-direction:column;border-top:1px solid #111;padding-top:.25em;min-width:14em}
@media print{body{margin:0}}`;

/** A complete HTML page for the certificate. */
export function renderHtml(document: CertificateDocument): string {
  const employer = [document.employer.name, document.employer.address].filter(Boolean).join(' · ');
  const sections = document.sections
    .map(
      (section) =>
        `<section data-section="${section.id}">${section.blocks.map(blockToHtml).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${document.title} – ${document.employee.name}`)}</title>
<style>${style}</style>
</head>
<body>
<header class="employer">${escapeHtml(employer)}</header>
<main>
${sections}
</main>
</body>
</html>
`;
}
