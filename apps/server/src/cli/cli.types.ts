/** The command line's view of the outside world, injected so that commands are testable in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as bytes; `-` means standard input. Throws a NodeJS.ErrnoException on failure. */
  readInput: (path: string) => Promise<Uint8Array>;
  writeOutput: (path: string, data: Uint8Array | string) => Promise<void>;
}

export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/** A failure the user can fix: printed as one line, exit code 2, never a stack trace. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
