import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { memoryIo } from './cli.test-utils.js';

const certificate = `Arbeitszeugnis

Frau Eva Roth war vom 01.01.2020 bis zum 31.12.2025 als Buchhalterin tätig.

Frau Roth zeigte stets eine außerordentliche Einsatzbereitschaft. Sie arbeitete stets sehr sorgfältig. Sie erledigte ihre Aufgaben stets zu unserer vollen Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.

Frau Roth verlässt uns auf eigenen Wunsch. Wir bedauern dies sehr, danken ihr für die gute Zusammenarbeit und wünschen ihr weiterhin viel Erfolg.
`;

function pdfOf(text: string): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.font('Helvetica').fontSize(11).text(text, 70, 80, { width: 450 });
    doc.end();
  });
}

describe('zeugnisdesk analyse', () => {
  it('prints a German report with the grades and their evidence', async () => {
    const { io, stdout } = memoryIo({ 'zeugnis.txt': certificate });
    expect(await runCli(['analyse', 'zeugnis.txt'], io)).toBe(0);
    expect(stdout()).toContain('Art:          Endzeugnis');
    expect(stdout()).toContain('Beendigung:   Eigenkündigung (auf eigenen Wunsch)');
    expect(stdout()).toContain('Gesamtnote:   2 gut');
    expect(stdout()).toMatch(/Arbeitsbereitschaft\s+1 sehr gut/);
    expect(stdout()).toContain('Schlussformel: Bedauern ja · Dank ja · Wünsche ja → Note 2');
  });

  it('prints the analysis result of CONTRACTS §3 with --json', async () => {
    const { io, stdout } = memoryIo({ '-': certificate });
    expect(await runCli(['analyse', '-', '--json'], io)).toBe(0);
    const result = JSON.parse(stdout());
    expect(result).toMatchObject({
      kind: 'final',
      overall: { grade: 2, min: 2, max: 2 },
      closing: { regret: true },
    });
    expect(result.categories.willingness).toMatchObject({
      grade: 1,
      evidence: expect.stringContaining('Einsatzbereitschaft'),
    });
  });

  it('reads a PDF', async () => {
    const { io, stdout } = memoryIo({ 'zeugnis.pdf': await pdfOf(certificate) });
    expect(await runCli(['analyse', 'zeugnis.pdf', '--json'], io)).toBe(0);
    expect(JSON.parse(stdout()).overall.grade).toBe(2);
  });

  it('exits with 1 when the text mentions what a certificate must not', async () => {
    const { io, stdout } = memoryIo({ 'x.txt': `${certificate}\nSie war häufig krank.` });
    expect(await runCli(['analyse', 'x.txt'], io)).toBe(1);
    expect(stdout()).toContain('Krankheit');
  });

  it.each([
    [{ 'empty.txt': '   ' }, 'empty.txt', 'contains no text'],
    [{ 'broken.pdf': '%PDF-1.7 nothing' }, 'broken.pdf', 'not a readable PDF'],
    [{ 'bin.dat': new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }, 'bin.dat', 'not valid UTF-8 text'],
    [{}, 'missing.txt', 'file not found'],
  ])('rejects unusable input %# with exit code 2', async (files, path, message) => {
    const { io, stderr } = memoryIo(files as Record<string, string | Uint8Array>);
    expect(await runCli(['analyse', path], io)).toBe(2);
    expect(stderr()).toContain(message);
  });
});
