// `zeugnisdesk analyse FILE.txt|FILE.pdf|- [--json]` (CONTRACTS §2–3): reads any German certificate
// and reports the grade each part signals, as a German report or as JSON.
import { parseArgs } from 'node:util';
import {
  analyseCertificate,
  categoryNames,
  gradeNames,
  type AnalysisResult,
  type GradeRange,
} from '@zeugnisdesk/engine';
import { extractPdfText, PdfTextError } from '../modules/analysis/pdf-text.services.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

export const analyseUsage = 'zeugnisdesk analyse FILE.txt|FILE.pdf|- [--json]';

const kindNames = { final: 'Endzeugnis', interim: 'Zwischenzeugnis', apprenticeship: 'Ausbildungszeugnis' };
const exitNames: Record<string, string> = {
  employee_resignation: 'Eigenkündigung (auf eigenen Wunsch)',
  employer_operational: 'betriebsbedingte Beendigung',
  employer_other: 'Beendigung durch den Arbeitgeber',
  mutual_agreement: 'Aufhebungsvertrag (gegenseitiges Einvernehmen)',
  fixed_term: 'Ablauf der Befristung',
  retirement: 'Ruhestand',
  apprenticeship_completed: 'Abschluss der Ausbildung',
  apprenticeship_taken_over: 'Übernahme nach der Ausbildung',
  none: 'nicht genannt',
};

const grade = (range: GradeRange) => {
  const span = range.min === range.max ? '' : ` (Spanne ${range.min}–${range.max})`;
  return `${range.grade} ${gradeNames[range.grade as 1] ?? ''}${span}`;
};
const quote = (text: string, max = 110) => `„${text.length > max ? `${text.slice(0, max - 1)}…` : text}“`;
const tick = (value: boolean) => (value ? 'ja' : 'nein');

export function formatAnalysisReport(result: AnalysisResult): string {
  const lines = ['Zeugnisanalyse', ''];
  lines.push(`Art:          ${kindNames[result.kind]}`);
  if (result.exitReason) lines.push(`Beendigung:   ${exitNames[result.exitReason] ?? result.exitReason}`);
  lines.push(`Gesamtnote:   ${result.overall ? grade(result.overall) : 'nicht erkennbar'}`);
  if (result.overall) lines.push(`              ${quote(result.overall.evidence)}`);
  lines.push('', 'Einzelbeurteilungen');
  const entries = Object.entries(result.categories);
  if (entries.length === 0) lines.push('  keine erkannt');
  for (const [key, range] of entries) {
    lines.push(
      `  ${(categoryNames[key as keyof typeof categoryNames] ?? key).padEnd(20)} ${grade(range as GradeRange)}`,
    );
    lines.push(`  ${''.padEnd(20)} ${quote((range as GradeRange).evidence)}`);
  }
  const { closing } = result;
  lines.push(
    '',
    `Schlussformel: Bedauern ${tick(closing.regret)} · Dank ${tick(closing.thanks)} · Wünsche ${tick(closing.wishes)} → Note ${closing.grade}`,
  );
  if (result.flags.length > 0) {
    lines.push('', 'Hinweise');
    const marks = { error: 'Fehler ', warning: 'Warnung', info: 'Hinweis' };
    for (const flag of result.flags) {
      lines.push(`  ${marks[flag.severity]}  ${flag.message}`);
      if (flag.evidence) lines.push(`           ${quote(flag.evidence)}`);
    }
  }
  lines.push('', 'Die Analyse deutet die übliche Zeugnissprache; sie ersetzt keine Rechtsberatung.');
  return `${lines.join('\n')}\n`;
}

async function readCertificateText(io: CliIo, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readInput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(`${path}: ${code === 'ENOENT' ? 'file not found' : 'cannot be read'}`);
  }
  const isPdf = new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';
  let text: string;
  if (isPdf) {
    try {
      text = await extractPdfText(bytes);
    } catch (error) {
      if (error instanceof PdfTextError) throw new CliUsageError(`${path}: ${error.message}`);
      throw error;
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new CliUsageError(`${path}: not valid UTF-8 text (nor a PDF)`);
    }
  }
  if (!/\p{L}{3,}/u.test(text)) {
    throw new CliUsageError(
      `${path}: contains no text${isPdf ? ' (a scanned PDF needs text recognition first)' : ''}`,
    );
  }
  return text;
}

export async function runAnalyseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliUsageError(`usage: ${analyseUsage}`);
  const result = analyseCertificate(await readCertificateText(io, positionals[0] as string));
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatAnalysisReport(result));
  return result.flags.some((flag) => flag.severity === 'error') ? exitCodes.problems : exitCodes.ok;
}
