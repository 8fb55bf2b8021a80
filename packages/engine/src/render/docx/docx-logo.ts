// The letterhead logo for DOCX: read the image's proportions from its bytes, and give an SVG the
// raster fallback Word requires. Word 2016+ shows the SVG; LibreOffice 7.4 and older Word show the
// fallback, so an SVG logo should come with a PNG of the same name ("logo.svg" → "logo.png").
import type { CertificateLayout } from '@zeugnisdesk/shared';
import { strFromU8 } from 'fflate';
import type { CertificateIssue } from '../../model/issue.types.js';

type Assets = Readonly<Record<string, Uint8Array>>;
type RasterImage = { type: 'png' | 'jpg'; data: Uint8Array };
export type LogoImage = RasterImage | { type: 'svg'; data: Uint8Array; fallback: RasterImage };

export interface DocxLogo {
  image: LogoImage;
  position: 'left' | 'center' | 'right';
  /** Size on the page in millimetres. */
  width: number;
  height: number;
}

interface ImageSize {
  width: number;
  height: number;
}

/** A 1 × 1 transparent PNG: the fallback of an SVG logo that came without a raster version. */
const transparentPixel = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21,
  196, 137, 0, 0, 0, 11, 73, 68, 65, 84, 120, 218, 99, 96, 0, 2, 0, 0, 5, 0, 1, 233, 250, 220, 216, 0, 0, 0,
  0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

const pngSignature = [137, 80, 78, 71, 13, 10, 26, 10];

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || pngSignature.some((value, index) => bytes[index] !== value)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] as number;
    // Start-of-frame markers carry the size; C4 (Huffman), C8 and CC (arithmetic) do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function svgSize(bytes: Uint8Array): ImageSize | null {
  const root = /<svg\b[^>]*>/i.exec(strFromU8(bytes))?.[0];
  if (!root) return null;
  const viewBox = /\sviewBox=["']([^"']*)["']/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (viewBox?.length === 4 && (viewBox[2] ?? 0) > 0 && (viewBox[3] ?? 0) > 0) {
    return { width: viewBox[2] as number, height: viewBox[3] as number };
  }
  const width = parseFloat(/\swidth=["']([^"']*)["']/.exec(root)?.[1] ?? '');
  const height = parseFloat(/\sheight=["']([^"']*)["']/.exec(root)?.[1] ?? '');
  return width > 0 && height > 0 ? { width, height } : null;
}

function readRaster(data: Uint8Array): { image: RasterImage; size: ImageSize } | null {
  const png = pngSize(data);
  if (png) return { image: { type: 'png', data }, size: png };
  const jpeg = jpegSize(data);
  return jpeg ? { image: { type: 'jpg', data }, size: jpeg } : null;
}

/** The name under which an SVG logo's raster fallback is looked up. */
export function logoFallbackName(src: string): string {
  return /\.svg$/i.test(src) ? src.replace(/\.svg$/i, '.png') : `${src}.png`;
}

function issue(code: string, message: string, path: string): CertificateIssue {
  return { code, severity: 'warning', message, path };
}

export interface ResolvedLogo {
  logo: DocxLogo | null;
  issues: CertificateIssue[];
}

/** The logo as DOCX places it, and what the user should know about it. Never throws. */
export function resolveDocxLogo(layout: CertificateLayout, assets: Assets): ResolvedLogo {
  const config = layout.letterhead.logo;
  if (!config) return { logo: null, issues: [] };
  const path = 'letterhead.logo.src';
  const data = assets[config.src];
  if (!data) {
    const message = `Das Logo „${config.src}“ fehlt; das Zeugnis wurde ohne Logo erstellt.`;
    return { logo: null, issues: [issue('layout.logo_missing', message, path)] };
  }
  const place = (image: LogoImage, size: ImageSize): DocxLogo => ({
    image,
    position: config.position,
    width: config.width,
    height: (config.width * size.height) / size.width,
  });
  const raster = readRaster(data);
  if (raster) return { logo: place(raster.image, raster.size), issues: [] };
  const size = svgSize(data);
  if (!size) {
    const message = `Das Logo „${config.src}“ ist kein lesbares PNG-, JPEG- oder SVG-Bild; das Zeugnis wurde ohne Logo erstellt.`;
    return { logo: null, issues: [issue('layout.logo_unreadable', message, path)] };
  }
  const fallbackName = logoFallbackName(config.src);
  const fallbackBytes = assets[fallbackName];
  const fallback = fallbackBytes ? readRaster(fallbackBytes) : null;
  const issues = fallback
    ? []
    : [
        issue(
          'docx.logo_without_fallback',
          `Das SVG-Logo zeigen nur Word 2016 und neuer; für ältere Word-Versionen und LibreOffice fehlt eine PNG-Fassung „${fallbackName}“.`,
          path,
        ),
      ];
  const image: LogoImage = {
    type: 'svg',
    data,
    fallback: fallback?.image ?? { type: 'png', data: transparentPixel },
  };
  return { logo: place(image, size), issues };
}

/** What DOCX cannot carry over from the layout, as issues for the user (house rule 3). */
export function checkDocxLayout(input: { layout: CertificateLayout; assets?: Assets }): CertificateIssue[] {
  const { layout } = input;
  const issues = resolveDocxLogo(layout, input.assets ?? {}).issues;
  if (layout.letterhead.background) {
    issues.push(
      issue(
        'docx.background_not_supported',
        'Ein Briefpapier als PDF-Hintergrund lässt sich in DOCX nicht übernehmen; es erscheint nur im PDF.',
        'letterhead.background',
      ),
    );
  }
  return issues;
}
