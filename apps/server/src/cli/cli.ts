// The `zeugnisdesk` command line: dispatch, usage, and the one place that turns errors into exit codes.
import { readFile, writeFile } from 'node:fs/promises';
import { analyseUsage, runAnalyseCommand } from './analyse.command.js';
import { checkUsage, runCheckCommand } from './check.command.js';
import { composeUsage, runComposeCommand } from './compose.command.js';
import { renderUsage, runRenderCommand } from './render.command.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

export { exitCodes, type CliIo } from './cli.types.js';

const usage = `Zeugnisdesk – Arbeitszeugnisse erstellen, prüfen und setzen.

Usage:
  ${composeUsage}
      Prints the composed certificate (text, the document model as JSON, or HTML).
  ${checkUsage}
      Checks a certificate for contradictions, missing parts and risky wording (exit 1 on errors).
  ${analyseUsage}
      Reads any German certificate (text or PDF) and reports the grade each part signals.
  ${renderUsage}
      Writes the certificate as PDF/A, DOCX or HTML on the company layout.
  zeugnisdesk serve
      Starts the server (configured by environment variables, see docs/operations.md).
  zeugnisdesk migrate
      Applies pending database migrations and stops.

Exit codes: 0 success, 1 problems found, 2 bad input or usage.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  compose: runComposeCommand,
  check: runCheckCommand,
  analyse: runAnalyseCommand,
  render: runRenderCommand,
  // Loaded on demand: the document commands need neither the web server nor the database driver.
  serve: async (args, io) => (await import('./serve.command.js')).runServeCommand(args, io),
  migrate: async (args, io) => (await import('./migrate.command.js')).runMigrateCommand(args, io),
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage);
    return name ? exitCodes.ok : exitCodes.usage;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`zeugnisdesk: unknown command "${name}"\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`zeugnisdesk ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    // parseArgs reports unknown options and missing values with ERR_PARSE_ARGS_* codes.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`zeugnisdesk ${name}: ${(error as Error).message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// The command line reads and writes exactly the paths its operator names: that is its job.
/* eslint-disable security/detect-non-literal-fs-filename */
export function nodeCliIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readInput: (path) => (path === '-' ? readStdin() : readFile(path)),
    writeOutput: (path, data) => writeFile(path, data),
  };
}
/* eslint-enable security/detect-non-literal-fs-filename */
