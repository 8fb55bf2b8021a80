// The letterhead assets of one PDF render: looked up by the layout's `src` names, checked by their bytes,
// and given the fixed virtual paths the template reads. Typst diagnostics become typed RenderErrors.
import {
  detectAssetFormat,
  typstAssetPath,
  type TypstAssetFormats,
  type TypstImageFormat,
} from '@zeugnisdesk/engine';
import type { CertificateLayout } from '@zeugnisdesk/shared';
import { RenderError } from './rendering.errors.js';

export interface PdfAssetFiles {
  formats: TypstAssetFormats;
  /** Paths relative to the compiler's virtual root. */
  files: { path: string; bytes: Uint8Array }[];
}

function getAsset(assets: Record<string, Uint8Array>, src: string, role: string): Uint8Array {
  const bytes = Object.hasOwn(assets, src) ? assets[src] : undefined;
  if (!bytes) throw new RenderError('render.asset_missing', `The ${role} asset "${src}" was not provided`);
  return bytes;
}

function imageFormat(bytes: Uint8Array, src: string, role: string): TypstImageFormat {
  const format = detectAssetFormat(bytes);
  if (format === 'pdf' && role === 'background') {
    // Typst 0.14 cannot embed PDF pages in a PDF/A file ("embedding PDFs is currently not supported").
    throw new RenderError(
      'render.background_unsupported',
      `The background "${src}" is a PDF; PDF/A output can only draw a PNG, JPEG or SVG background`,
    );
  }
  if (format === null || format === 'pdf') {
    throw new RenderError(
      'render.asset_invalid',
      `The ${role} asset "${src}" is not a PNG, JPEG or SVG image`,
    );
  }
  return format;
}

export function collectPdfAssets(
  layout: CertificateLayout,
  assets: Record<string, Uint8Array>,
): PdfAssetFiles {
  const result: PdfAssetFiles = { formats: {}, files: [] };
  const { logo, background } = layout.letterhead;
  if (logo) {
    const bytes = getAsset(assets, logo.src, 'logo');
    const format = imageFormat(bytes, logo.src, 'logo');
    result.formats.logo = format;
    result.files.push({ path: typstAssetPath('logo', format), bytes });
  }
  if (background) {
    const bytes = getAsset(assets, background.src, 'background');
    const format = imageFormat(bytes, background.src, 'background');
    result.formats.background = format;
    result.files.push({ path: typstAssetPath('background', format), bytes });
  }
  return result;
}

interface Diagnostic {
  message?: unknown;
  path?: unknown;
}

const imageProblem = /image|svg|png|jpe?g|decode/i;

/** Typst's diagnostics (or a thrown export error) as a RenderError, without stack traces. */
export function toRenderError(problem: unknown): RenderError {
  if (problem instanceof RenderError) return problem;
  const diagnostics: Diagnostic[] = Array.isArray(problem)
    ? (problem as Diagnostic[])
    : [{ message: problem instanceof Error ? problem.message : String(problem) }];
  const details = diagnostics.map((d) => String(d.message ?? '')).filter(Boolean);
  const isAsset = diagnostics.some(
    (d) => String(d.path ?? '').includes('/assets/') || imageProblem.test(String(d.message ?? '')),
  );
  return isAsset
    ? new RenderError('render.asset_invalid', 'A letterhead image could not be read', details)
    : new RenderError('render.failed', 'The certificate could not be typeset', details);
}
