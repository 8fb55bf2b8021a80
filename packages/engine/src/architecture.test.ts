// The import rules of docs/ARCHITECTURE.md are enforced by lint; this proves the rules still bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('architecture rules (lint)', () => {
  it('forbid Node built-ins, the clock and Math.random in the engine', async () => {
    expect(
      await ruleIdsFor(
        'packages/engine/src/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor('packages/engine/src/probe.ts', 'export const now = () => new Date();\n'),
    ).toContain('no-restricted-globals');
    expect(
      await ruleIdsFor('packages/engine/src/probe.ts', 'export const pick = () => Math.random();\n'),
    ).toContain('no-restricted-properties');
  });

  it('forbid the engine to import the server and the web app to import the server', async () => {
    expect(
      await ruleIdsFor(
        'packages/engine/src/probe.ts',
        "import { runCli } from '@zeugnisdesk/server';\nexport const x = runCli;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        'apps/web/src/probe.ts',
        "import { runCli } from '@zeugnisdesk/server';\nexport const x = runCli;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('forbid the shared package to import the engine', async () => {
    expect(
      await ruleIdsFor(
        'packages/shared/src/probe.ts',
        "import { composeCertificate } from '@zeugnisdesk/engine';\nexport const x = composeCertificate;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('allow the server to use Node built-ins and the engine', async () => {
    expect(
      await ruleIdsFor(
        'apps/server/src/probe.ts',
        "import { readFileSync } from 'node:fs';\nimport { composeCertificate } from '@zeugnisdesk/engine';\nexport const x = [readFileSync, composeCertificate];\n",
      ),
    ).toEqual([]);
  });
});
