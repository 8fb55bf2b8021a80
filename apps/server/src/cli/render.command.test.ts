import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { examplePath, memoryIo } from './cli.test-utils.js';

const examples = new URL('../../../../examples/', import.meta.url);
const example = readFileSync(examplePath, 'utf8');
const layout = readFileSync(new URL('layout.example.json', examples), 'utf8');
const logo = new Uint8Array(readFileSync(new URL('rheinfracht-logo.svg', examples)));
const logoPng = new Uint8Array(readFileSync(new URL('rheinfracht-logo.png', examples)));

function filesWithOutput(extra: Record<string, string | Uint8Array> = {}) {
  const written = new Map<string, Uint8Array | string>();
  const memory = memoryIo({
    'in.json': example,
    'design/layout.json': layout,
    'design/rheinfracht-logo.svg': logo,
    ...extra,
  });
  memory.io.writeOutput = async (path, data) => void written.set(path, data);
  return { ...memory, written };
}

const magic = (data: Uint8Array | string | undefined) =>
  typeof data === 'string' ? data.slice(0, 15) : new TextDecoder('latin1').decode(data?.slice(0, 5));

describe('zeugnisdesk render', () => {
  it('writes a PDF on the company layout with its logo', async () => {
    const { io, written } = filesWithOutput();
    expect(
      await runCli(
        ['render', 'in.json', '--format', 'pdf', '--out', 'out.pdf', '--layout', 'design/layout.json'],
        io,
      ),
    ).toBe(0);
    expect(magic(written.get('out.pdf'))).toBe('%PDF-');
  });

  it('writes a DOCX and warns when an SVG logo has no PNG beside it for word processors', async () => {
    const plain = filesWithOutput();
    expect(
      await runCli(
        ['render', 'in.json', '-f', 'docx', '-o', 'out.docx', '--layout', 'design/layout.json'],
        plain.io,
      ),
    ).toBe(0);
    expect(magic(plain.written.get('out.docx'))).toBe('PK\u0003\u0004\u0014');
    expect(plain.stderr()).toContain('docx.logo_without_fallback');
    const withPng = filesWithOutput({ 'design/rheinfracht-logo.png': logoPng });
    expect(
      await runCli(
        ['render', 'in.json', '-f', 'docx', '-o', 'out.docx', '--layout', 'design/layout.json'],
        withPng.io,
      ),
    ).toBe(0);
    expect(withPng.stderr()).not.toContain('docx.logo_without_fallback');
  });

  it('writes HTML with the default layout when no layout is given', async () => {
    const { io, written } = filesWithOutput();
    expect(await runCli(['render', 'in.json', '--format', 'html', '--out', 'out.html'], io)).toBe(0);
    expect(magic(written.get('out.html'))).toBe('<!doctype html>');
  });

  it.each([
    [['render', 'in.json', '--format', 'pdf'], 'usage: zeugnisdesk render'],
    [['render', 'in.json', '--format', 'odt', '--out', 'x'], '--format must be one of pdf, docx, html'],
    [
      ['render', 'in.json', '--format', 'pdf', '--out', 'x', '--layout', 'nope.json'],
      'nope.json: file not found',
    ],
    [
      ['render', 'in.json', '--format', 'pdf', '--out', 'x', '--layout', 'bad.json'],
      'font.size: must be at most 14 pt',
    ],
    [
      ['render', 'in.json', '--format', 'pdf', '--out', 'x', '--layout', 'nologo/layout.json'],
      'the image "rheinfracht-logo.svg" was not found',
    ],
    [
      ['render', 'in.json', '--format', 'pdf', '--out', 'x', '--layout', 'evil.json'],
      'letterhead.logo.src: must be a plain file name',
    ],
  ])('refuses %j with exit code 2 and a clear message', async (argv, message) => {
    const bad = JSON.parse(layout);
    bad.font.size = 30;
    const evil = JSON.parse(layout);
    evil.letterhead.logo.src = '../../etc/passwd';
    const { io, stderr, written } = filesWithOutput({
      'bad.json': JSON.stringify(bad),
      'evil.json': JSON.stringify(evil),
      'nologo/layout.json': layout,
    });
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toContain(message);
    expect(written.size).toBe(0);
  });
});
