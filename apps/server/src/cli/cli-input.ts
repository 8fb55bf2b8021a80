// Reading and validating a certificate input file for the CLI commands.
import { validateCertificateInput, type CertificateInput } from '@zeugnisdesk/shared';
import { CliUsageError, type CliIo } from './cli.types.js';

export async function readInputText(io: CliIo, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readInput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new CliUsageError(`${path}: ${reason}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliUsageError(`${path}: not valid UTF-8 text`);
  }
}

export async function readCertificateInput(io: CliIo, path: string): Promise<CertificateInput> {
  const text = await readInputText(io, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = validateCertificateInput(data);
  if (!result.success) {
    const lines = result.issues.map((issue) => `  ${issue.path || '(document)'}: ${issue.message}`);
    throw new CliUsageError(`${path}: the certificate input is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}
