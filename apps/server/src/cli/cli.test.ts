import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { examplePath, memoryIo } from './cli.test-utils.js';

const example = readFileSync(examplePath);

describe('zeugnisdesk compose', () => {
  it('prints the certificate text of the contract example', async () => {
    const { io, stdout } = memoryIo({ 'example.json': example });
    expect(await runCli(['compose', 'example.json'], io)).toBe(0);
    expect(stdout()).toMatch(/^Arbeitszeugnis\n\nFrau Anna Schmidt, geboren am 14\.03\.1990 in Bonn,/);
    expect(stdout()).toContain('Köln, 30.06.2026');
  });

  it('prints the document model, text and issues as JSON', async () => {
    const { io, stdout } = memoryIo({ 'example.json': example });
    expect(await runCli(['compose', 'example.json', '--format', 'json'], io)).toBe(0);
    const result = JSON.parse(stdout());
    expect(result.document.sections.map((section: { id: string }) => section.id)).toEqual([
      'heading',
      'introduction',
      'activities',
      'performance',
      'behaviour',
      'closing',
      'signature',
    ]);
    expect(result.document.overallGrade).toBe(1);
    expect(result.issues).toEqual([]);
  });

  it('prints a self-contained HTML page that escapes the input', async () => {
    const input = JSON.parse(example.toString());
    input.employee.lastName = '<script>alert(1)</script>';
    const { io, stdout } = memoryIo({ 'x.json': JSON.stringify(input) });
    expect(await runCli(['compose', 'x.json', '--format=html'], io)).toBe(0);
    expect(stdout()).toMatch(/^<!doctype html>/);
    expect(stdout()).not.toContain('<script>');
    expect(stdout()).toContain('&lt;script&gt;');
  });

  it('reads standard input when the file is "-"', async () => {
    const { io, stdout } = memoryIo({ '-': example });
    expect(await runCli(['compose', '-'], io)).toBe(0);
    expect(stdout()).toContain('Frau Schmidt');
  });

  it('names every invalid field and exits with 2, without a stack trace', async () => {
    const { io, stderr, stdout } = memoryIo({ 'bad.json': '{"kind":"interim","issueDate":"2026-13-01"}' });
    expect(await runCli(['compose', 'bad.json'], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('bad.json: the certificate input is invalid');
    expect(stderr()).toContain('  issueDate: must be a date in the form YYYY-MM-DD');
    expect(stderr()).toContain('  employer: is required');
    expect(stderr()).not.toMatch(/\bat .*\.js:\d+/);
  });

  it.each([
    [['compose'], 'usage: zeugnisdesk compose'],
    [['compose', 'a.json', 'b.json'], 'usage: zeugnisdesk compose'],
    [['compose', 'missing.json'], 'missing.json: file not found'],
    [['compose', 'broken.json'], 'broken.json: not valid JSON'],
    [['compose', 'latin1.json'], 'latin1.json: not valid UTF-8 text'],
    [['compose', 'example.json', '--format', 'pdf'], '--format must be one of text, json, html'],
    [['compose', 'example.json', '--colour'], "Unknown option '--colour'"],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('rejects %j with exit code 2 and a clear message', async (argv, message) => {
    const { io, stderr } = memoryIo({
      'example.json': example,
      'broken.json': '{"kind": ',
      'latin1.json': new Uint8Array([0x7b, 0xe4, 0x7d]),
    });
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toContain(message);
  });

  it('prints usage for --help with exit code 0', async () => {
    const { io, stdout } = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(stdout()).toContain('zeugnisdesk compose FILE.json');
  });
});

describe('the installed zeugnisdesk binary', () => {
  const bin = new URL('../../bin/zeugnisdesk.js', import.meta.url).pathname;
  const run = promisify(execFile);

  it('composes the example from a real process (needs `npm run build`)', async () => {
    const { stdout } = await run(process.execPath, [bin, 'compose', examplePath]);
    expect(stdout).toContain('Arbeitszeugnis');
    expect(stdout).toContain('Peter Meier');
  });

  it('exits with 2 on bad input', async () => {
    await expect(run(process.execPath, [bin, 'compose', '/nonexistent.json'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('/nonexistent.json: file not found'),
    });
  });
});
