// `zeugnisdesk compose FILE.json [--format text|json|html]` (CONTRACTS §2).
import { parseArgs } from 'node:util';
import { composeCertificate, renderHtml } from '@zeugnisdesk/engine';
import { readCertificateInput } from './cli-input.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

const formats = ['text', 'json', 'html'] as const;

export const composeUsage = 'zeugnisdesk compose FILE.json|- [--format text|json|html]';

export async function runComposeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', short: 'f', default: 'text' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new CliUsageError(`usage: ${composeUsage}`);
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw new CliUsageError(`--format must be one of ${formats.join(', ')}`);

  const input = await readCertificateInput(io, positionals[0] as string);
  const { document, text, issues } = composeCertificate(input);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ document, text, issues }, null, 2)}\n`);
    return exitCodes.ok;
  }
  io.stdout(format === 'html' ? renderHtml(document) : text);
  for (const issue of issues) io.stderr(`${issue.severity}: ${issue.code}: ${issue.message}\n`);
  return exitCodes.ok;
}
