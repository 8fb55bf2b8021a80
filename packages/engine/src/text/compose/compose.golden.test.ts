// Golden tests: complete sample inputs (each kind, gender, exit reason, grades 1–5, a manager, an
// apprentice, simple certificates) and the full text they must produce. The expected texts were
// reviewed by reading them; regenerate with UPDATE_GOLDEN=1 only after reading the diff.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCertificateInput } from '@zeugnisdesk/shared';
import { composeCertificate } from './compose.js';

const fixturesDir = join(import.meta.dirname, '../../../test/fixtures');
const inputs = readdirSync(fixturesDir).filter((name) => name.endsWith('.input.json'));

describe('golden certificates', () => {
  it('cover at least twelve samples', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
  });

  it.each(inputs)('%s composes to its expected text', (name) => {
    const result = validateCertificateInput(JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')));
    if (!result.success) throw new Error(JSON.stringify(result.issues));
    const { text } = composeCertificate(result.data);
    const expectedPath = join(fixturesDir, name.replace('.input.json', '.expected.txt'));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, text);
    expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_GOLDEN=1 and read it`).toBe(
      true,
    );
    expect(text).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
