// `zeugnisdesk render FILE.json --format pdf|docx|html --out PATH [--layout LAYOUT.json]` (CONTRACTS §2).
// The layout names its images by plain file names; they are read from the layout file's folder.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkDocxLayout,
  composeCertificate,
  logoFallbackName,
  renderDocx,
  renderHtml,
} from '@zeugnisdesk/engine';
import {
  certificateLayoutSchema,
  defaultCertificateLayout,
  type CertificateLayout,
} from '@zeugnisdesk/shared';
import { createPdfRenderer, RenderError } from '../modules/rendering/pdf.services.js';
import { readCertificateInput, readInputText } from './cli-input.js';
import { CliUsageError, exitCodes, type CliIo } from './cli.types.js';

const formats = ['pdf', 'docx', 'html'] as const;

export const renderUsage =
  'zeugnisdesk render FILE.json --format pdf|docx|html --out PATH [--layout LAYOUT.json]';

async function readLayout(io: CliIo, path: string | undefined) {
  if (!path) return { layout: defaultCertificateLayout, assets: {} };
  let data: unknown;
  try {
    data = JSON.parse(await readInputText(io, path));
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = certificateLayoutSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(document)'}: ${issue.message}`,
    );
    throw new CliUsageError(`${path}: the layout is invalid:\n${lines.join('\n')}`);
  }
  const layout: CertificateLayout = result.data;
  const names = [layout.letterhead.logo?.src, layout.letterhead.background?.src].filter(
    (name): name is string => !!name,
  );
  const assets: Record<string, Uint8Array> = {};
  for (const name of names) {
    try {
      assets[name] = await io.readInput(join(dirname(path), name));
    } catch {
      throw new CliUsageError(`${path}: the image "${name}" was not found next to the layout file`);
    }
  }
  // Word processors need a raster copy of an SVG logo: "logo.svg" may come with "logo.png" beside it.
  const logo = layout.letterhead.logo?.src;
  if (logo?.toLowerCase().endsWith('.svg')) {
    const fallback = logoFallbackName(logo);
    assets[fallback] = await io.readInput(join(dirname(path), fallback)).catch(() => undefined as never);
    if (!assets[fallback]) delete assets[fallback];
  }
  return { layout, assets };
}

export async function runRenderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      layout: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.out || !values.format)
    throw new CliUsageError(`usage: ${renderUsage}`);
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw new CliUsageError(`--format must be one of ${formats.join(', ')}`);

  const input = await readCertificateInput(io, positionals[0] as string);
  const { layout, assets } = await readLayout(io, values.layout);
  const { document, issues } = composeCertificate(input);
  let output: Uint8Array | string;
  if (format === 'html') {
    output = renderHtml(document, { layout, assets });
  } else if (format === 'docx') {
    output = await renderDocx({ document, layout, assets });
    issues.push(...checkDocxLayout({ layout, assets }));
  } else {
    const renderer = createPdfRenderer();
    try {
      output = await renderer.renderPdf({ document, layout, assets });
    } catch (error) {
      if (error instanceof RenderError) throw new CliUsageError(error.message);
      throw error;
    } finally {
      renderer.close();
    }
  }
  await io.writeOutput(values.out, output);
  for (const issue of issues) io.stderr(`${issue.severity}: ${issue.code}: ${issue.message}\n`);
  return exitCodes.ok;
}
