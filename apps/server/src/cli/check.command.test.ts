import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { examplePath, memoryIo } from './cli.test-utils.js';

const example = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown> & {
  ratings: Record<string, number | null>;
  activities: string[];
  employment: Record<string, unknown>;
};

function variant(change: (input: typeof example) => void = () => {}): string {
  const input = structuredClone(example);
  change(input);
  return JSON.stringify(input);
}

const broken = variant((input) => {
  input.ratings.behaviourInternal = null;
  input.overallGrade = 3 as never;
  input.activities.push('Mitglied des Betriebsrats');
});

describe('zeugnisdesk check', () => {
  it('prints the legal hint and the summary for the clean example, exit code 0', async () => {
    const { io, stdout, stderr } = memoryIo({ 'example.json': variant() });
    expect(await runCli(['check', 'example.json'], io)).toBe(0);
    const lines = stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^info {2}legal\.burden_of_proof_employee {2}overallGrade {2}Die Gesamtnote 1 \(sehr gut\)/,
    );
    expect(lines[1]).toBe('0 Fehler, 0 Warnungen, 1 Hinweis');
    expect(stderr()).toBe('');
  });

  it('prints aligned lines, errors first, with the evidence, and exits with 1 on errors', async () => {
    const { io, stdout } = memoryIo({ 'broken.json': broken });
    expect(await runCli(['check', 'broken.json'], io)).toBe(1);
    const lines = stdout().trimEnd().split('\n');
    expect(
      lines.map((line) =>
        line
          .split(/\s{2,}/)
          .slice(0, 3)
          .join(' '),
      ),
    ).toEqual([
      'error completeness.behaviour_internal_missing ratings.behaviourInternal',
      'error mention.works_council activities.4',
      'warning grade.overall_mismatch overallGrade',
      '2 Fehler, 1 Warnung, 0 Hinweise',
    ]);
    const codeColumn = (line: string) => line.indexOf(line.split(/\s{2,}/)[1] as string);
    expect(new Set(lines.slice(0, 3).map(codeColumn)).size).toBe(1);
    expect(lines[1]).toContain('(Fundstelle: „Betriebsrats“)');
  });

  it('prints the issues and counts as JSON with --json', async () => {
    const { io, stdout } = memoryIo({ 'broken.json': broken });
    expect(await runCli(['check', 'broken.json', '--json'], io)).toBe(1);
    const result = JSON.parse(stdout());
    expect(result.counts).toEqual({ error: 2, warning: 1, info: 0 });
    expect(result.issues[1]).toMatchObject({
      code: 'mention.works_council',
      severity: 'error',
      path: 'activities.4',
      evidence: 'Betriebsrats',
    });
  });

  it('reads standard input when the file is "-"', async () => {
    const { io, stdout } = memoryIo({ '-': variant() });
    expect(await runCli(['check', '-'], io)).toBe(0);
    expect(stdout()).toContain('1 Hinweis');
  });

  it('compares with a previous version given by --previous', async () => {
    const corrected = variant((input) => {
      input.closing = { regret: true, thanks: false, wishes: true } as never;
    });
    const { io, stdout } = memoryIo({ 'v2.json': corrected, 'v1.json': variant() });
    expect(await runCli(['check', 'v2.json', '--previous', 'v1.json'], io)).toBe(1);
    expect(stdout()).toMatch(/^error +closing\.removed_after_correction +closing +Die vorige Fassung/m);
  });

  it('includes the composer’s notes, without repeating what the check says more precisely', async () => {
    const input = variant((draft) => {
      draft.employment.jobProfile = 'raumfahrt';
      for (const key of ['willingness', 'ability', 'knowledge', 'training', 'workStyle', 'result'])
        draft.ratings[key] = null;
    });
    const { io, stdout } = memoryIo({ 'x.json': input });
    expect(await runCli(['check', 'x.json'], io)).toBe(1);
    expect(stdout()).toMatch(/^warning +job_profile\.unknown/m);
    expect(stdout()).toMatch(/^error +completeness\.performance_missing/m);
    expect(stdout()).not.toContain('performance.not_rated');
  });

  it.each([
    [['check'], 'usage: zeugnisdesk check'],
    [['check', 'a.json', 'b.json'], 'usage: zeugnisdesk check'],
    [['check', 'missing.json'], 'missing.json: file not found'],
    [['check', 'bad.json'], 'bad.json: the certificate input is invalid'],
    [['check', 'example.json', '--previous', 'missing.json'], 'missing.json: file not found'],
    [['check', 'example.json', '--colour'], "Unknown option '--colour'"],
  ])('rejects %j with exit code 2 and a clear message', async (argv, message) => {
    const { io, stderr, stdout } = memoryIo({ 'example.json': variant(), 'bad.json': '{"kind":"final"}' });
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toContain(message);
    expect(stdout()).toBe('');
  });

  it('is listed in the usage', async () => {
    const { io, stdout } = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(stdout()).toContain('zeugnisdesk check FILE.json|- [--json]');
  });
});
