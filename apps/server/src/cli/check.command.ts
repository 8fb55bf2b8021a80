// `zeugnisdesk check FILE.json|- [--json] [--previous PREVIOUS.json]` (CONTRACTS §2): the consistency
// check (C15) of a certificate input; exit 1 if any issue is an error.
import { parseArgs } from 'node:util';
import {
  checkCertificate,
  composeCertificate,
  sortIssues,
  type CertificateIssue,
  type IssueSeverity,
} from '@zeugnisdesk/engine';
import { readCertificateInput } from './cli-input.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

export const checkUsage = 'zeugnisdesk check FILE.json|- [--json] [--previous PREVIOUS.json]';

/** Composition notes that the check reports more precisely under its own code. */
const supersededComposeIssues = new Set(['performance.not_rated', 'activities.missing']);

const summaryWords: Record<IssueSeverity, [one: string, many: string]> = {
  error: ['Fehler', 'Fehler'],
  warning: ['Warnung', 'Warnungen'],
  info: ['Hinweis', 'Hinweise'],
};

function countBySeverity(issues: readonly CertificateIssue[]): Record<IssueSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** One aligned line per issue, then "N Fehler, N Warnungen, N Hinweise". */
export function formatIssues(issues: readonly CertificateIssue[]): string {
  const rows = issues.map((issue) => [
    issue.severity,
    issue.code,
    issue.path ?? issue.sentenceId ?? '–',
    issue.evidence ? `${issue.message} (Fundstelle: „${issue.evidence}“)` : issue.message,
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => (row[column] as string).length)));
  const lines = rows.map((row) =>
    row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] as number) : cell)).join('  '),
  );
  const counts = countBySeverity(issues);
  const summary = (['error', 'warning', 'info'] as const)
    .map((severity) => `${counts[severity]} ${summaryWords[severity][counts[severity] === 1 ? 0 : 1]}`)
    .join(', ');
  return [...lines, summary].map((line) => `${line}\n`).join('');
}

export async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, previous: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliUsageError(`usage: ${checkUsage}`);

  const input = await readCertificateInput(io, positionals[0] as string);
  const previousVersion = values.previous ? await readCertificateInput(io, values.previous) : undefined;
  const { document, issues: composeIssues } = composeCertificate(input);
  const issues = sortIssues([
    ...checkCertificate(input, document, previousVersion ? { previousVersion } : {}),
    ...composeIssues.filter((issue) => !supersededComposeIssues.has(issue.code)),
  ]);

  if (values.json) {
    io.stdout(`${JSON.stringify({ issues, counts: countBySeverity(issues) }, null, 2)}\n`);
  } else {
    io.stdout(formatIssues(issues));
  }
  return issues.some((issue) => issue.severity === 'error') ? exitCodes.problems : exitCodes.ok;
}
