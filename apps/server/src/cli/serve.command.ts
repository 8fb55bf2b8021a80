// `zeugnisdesk serve`: start the server (what `npm start` runs) and stop it gracefully on SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config/config.js';
import { StartupError } from '../app/startup-error.js';
import { startApplication } from '../index.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

export const serveUsage = 'zeugnisdesk serve';

/** Requests still running after this long are cut off, and the exit code is 1. */
export const shutdownGraceMs = 25_000;

export interface ServeDependencies {
  env: Record<string, string | undefined>;
  cwd: string;
  /** Resolves with the signal's name when the process is asked to stop. */
  waitForStopSignal: () => Promise<string>;
}

function waitForProcessSignal(): Promise<string> {
  // `once`: a second Ctrl-C falls back to Node's default and ends the process at once.
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

const processDependencies = (): ServeDependencies => ({
  env: process.env,
  cwd: process.cwd(),
  waitForStopSignal: waitForProcessSignal,
});

export async function runServeCommand(
  args: string[],
  io: CliIo,
  deps: ServeDependencies = processDependencies(),
): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length > 0) throw new CliUsageError(`usage: ${serveUsage}`);

  // Listen for signals before the slow part of the start, so that an early SIGTERM is not lost.
  const stopSignal = deps.waitForStopSignal();
  let app: Awaited<ReturnType<typeof startApplication>>;
  try {
    const config = loadConfig({ env: deps.env, cwd: deps.cwd });
    app = await startApplication({ config, logDestination: { write: (line) => io.stdout(line) } });
  } catch (error) {
    if (error instanceof StartupError) throw new CliUsageError(error.message);
    throw error;
  }

  for (const warning of app.key?.warnings ?? []) io.stderr(`Warning: ${warning}\n`);
  if (app.key?.generatedPath) {
    io.stdout(
      `Generated the database key ${app.key.generatedPath}.\n` +
        'Back it up now, and keep it apart from the database backups: without it the data cannot be read.\n',
    );
  }
  const { administrator } = app.firstStart;
  if (administrator) {
    // Shown this once, straight to the terminal and never through the log; only its hash is stored.
    io.stdout(
      'Created the organisation „Musterfirma GmbH“ with its administrator:\n' +
        `  e-mail:   ${administrator.email}\n` +
        `  password: ${administrator.password}\n` +
        'Note the password now: it is shown only this once. Sign in at the address below.\n',
    );
  }
  io.stdout(`Zeugnisdesk is running at ${app.url}\n`);

  const signal = await stopSignal;
  app.server.log.info({ signal }, 'shutting down');
  let wasCutOff = false;
  const deadline = setTimeout(() => {
    wasCutOff = true;
    app.server.log.warn('requests still running after the grace period are cut off');
    app.server.server.closeAllConnections();
  }, shutdownGraceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(deadline);
  }
  io.stdout('Zeugnisdesk stopped.\n');
  return wasCutOff ? exitCodes.problems : exitCodes.ok;
}
