// `npm test`: typecheck, lint, format check and every test suite, then one summary line
// "N passed, N failed" counting all tests (the line CI reads).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (label, command, args, options = {}) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
    ...options,
  });
  process.stdout.write(
    `◀ ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return result.status === 0;
};

const npx = (args) => ['npx', ['--no-install', ...args]];
let checksFailed = 0;
if (!run('build', 'npm', ['run', 'build', '--silent'])) checksFailed++;
if (!run('typecheck tests', ...npx(['tsc', '-p', 'tsconfig.test.json']))) checksFailed++;
if (!run('lint', ...npx(['eslint', '.', '--max-warnings', '0']))) checksFailed++;
if (!run('format', ...npx(['prettier', '--check', '.', '--log-level', 'warn']))) checksFailed++;

const reportDir = mkdtempSync(join(tmpdir(), 'zeugnisdesk-test-'));
const reportFile = join(reportDir, 'vitest.json');
run(
  'tests',
  ...npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]),
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numFailedTestSuites ?? 0);
  skipped = report.numPendingTests + (report.numTodoTests ?? 0);
} catch {
  failed++;
  process.stdout.write('The test runner wrote no report.\n');
}
rmSync(reportDir, { recursive: true, force: true });

// Each failed check (typecheck, lint, format) counts as one failed test in the summary.
failed += checksFailed;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
