// `npm run bench`: runs every bench/*.bench.mjs in its own process, one after the other, so that
// they do not compete for the two cores. Results are printed; docs/benchmarks.md records them.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const benches = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => !only || name.includes(only))
  .sort();
let failed = 0;
for (const name of benches) {
  process.stdout.write(`\n=== ${name}\n`);
  const result = spawnSync(process.execPath, [new URL(name, import.meta.url).pathname], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
