// An in-memory CliIo for running commands in-process: files by path ("-" is standard input).
import type { CliIo } from './cli.types.js';

export const examplePath = new URL('../../../../examples/certificate-input.example.json', import.meta.url)
  .pathname;

export function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readInput: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeOutput: async () => undefined,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
