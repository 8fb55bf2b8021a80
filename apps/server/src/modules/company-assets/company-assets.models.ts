// Pure rules of company letterhead images: which bytes a slot accepts (format read from the bytes, size,
// pixel count), how an upload or removal changes the company layout, how stored assets become the
// renderers' `assets`, and the sample certificate of the layout preview.
import { detectAssetFormat, type AssetFormat } from '@zeugnisdesk/engine';
import {
  certificateInputSchema,
  certificateLayoutSchema,
  type CertificateInput,
  type CertificateLayout,
} from '@zeugnisdesk/shared';
import type { CompaniesTable, CompanyAssetsTable } from '../../app/database/database.types.js';
import { AppError } from '../../app/http-errors.js';
import { tooLargeError } from './company-assets.errors.js';
import {
  assetFormatNames,
  maxRasterPixels,
  maxRasterSide,
  previewSample,
  slotRules,
  type CompanyAssetSlot,
} from './company-assets.config.js';

function acceptedFormats(slot: CompanyAssetSlot): string {
  return slotRules[slot].formats.map((format) => assetFormatNames[format]).join(', ');
}

interface PixelSize {
  width: number;
  height: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The size in the IHDR chunk, which must come first. */
function pngSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 24 || pngSignature.some((value, index) => bytes[index] !== value)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(12) !== 0x49484452) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size in the first start-of-frame marker (C0–CF except C4, C8, CC). */
function jpegSize(bytes: Uint8Array): PixelSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] as number;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** Width and height of a PNG or JPEG from its header; null when the header cannot be read. */
export function rasterSize(bytes: Uint8Array, format: 'png' | 'jpg'): PixelSize | null {
  return format === 'png' ? pngSize(bytes) : jpegSize(bytes);
}

/**
 * The format of an upload for a slot, from its bytes. Throws `company_asset.invalid_format` for bytes
 * that are no accepted format (whatever the request claimed), `company_asset.unreadable` for a raster
 * image without a readable size, and `company_asset.too_large` for too many bytes or pixels.
 */
export function checkUpload(slot: CompanyAssetSlot, bytes: Uint8Array): AssetFormat {
  const rules = slotRules[slot];
  if (bytes.length > rules.maxBytes) throw tooLargeError(slot);
  const format = bytes.length > 0 ? detectAssetFormat(bytes) : null;
  if (format === null || !rules.formats.includes(format)) {
    const found =
      bytes.length === 0
        ? 'The file is empty'
        : format === null
          ? 'The file is not an image this server knows'
          : `The file is a ${assetFormatNames[format]}`;
    const why =
      format === 'pdf' && slot === 'background'
        ? ' (PDF/A certificates cannot contain PDF pages: export the first page of the letterhead as SVG or PNG)'
        : '';
    throw new AppError(
      'company_asset.invalid_format',
      `${found}; a ${rules.label} must be ${acceptedFormats(slot)}${why}.`,
    );
  }
  if (format === 'png' || format === 'jpg') {
    const size = rasterSize(bytes, format);
    if (!size || size.width === 0 || size.height === 0) {
      throw new AppError(
        'company_asset.unreadable',
        `The ${assetFormatNames[format]} file has no readable image size.`,
      );
    }
    if (
      size.width > maxRasterSide ||
      size.height > maxRasterSide ||
      size.width * size.height > maxRasterPixels
    ) {
      throw new AppError(
        'company_asset.too_large',
        `The image has ${size.width} × ${size.height} pixels; at most ${maxRasterSide} pixels per side and ` +
          `${maxRasterPixels / 1_000_000} megapixels are allowed.`,
      );
    }
  }
  return format;
}

/** A stored layout, or the schema's defaults for a company without one. */
export function parseCompanyLayout(layoutJson: string | null | undefined): CertificateLayout {
  return layoutJson ? (JSON.parse(layoutJson) as CertificateLayout) : certificateLayoutSchema.parse({});
}

const defaultLogoPlacement = { position: 'right', width: 40 } as const;

/** The layout referencing the slot's stored asset by the slot's name (logo keeps position and width). */
export function withAssetReference(layout: CertificateLayout, slot: CompanyAssetSlot): CertificateLayout {
  const { letterhead } = layout;
  if (slot === 'logo') {
    const { position, width } = letterhead.logo ?? defaultLogoPlacement;
    return { ...layout, letterhead: { ...letterhead, logo: { src: 'logo', position, width } } };
  }
  return { ...layout, letterhead: { ...letterhead, background: { src: 'background' } } };
}

/** The layout without the slot's image. */
export function withoutAssetReference(layout: CertificateLayout, slot: CompanyAssetSlot): CertificateLayout {
  return { ...layout, letterhead: { ...layout.letterhead, [slot]: null } };
}

export type StoredAsset = Pick<CompanyAssetsTable, 'slot' | 'format' | 'bytes'>;

export interface RenderInput {
  layout: CertificateLayout;
  /** By the layout's (rewritten) `src` names. */
  assets: Record<string, Uint8Array>;
}

const extensions: Record<AssetFormat, string> = { png: 'png', jpg: 'jpg', svg: 'svg', pdf: 'pdf' };

/** "logo.svg": the name a stored asset is served and rendered under. */
export function assetFileName(slot: CompanyAssetSlot, format: AssetFormat): string {
  return `${slot}.${extensions[format]}`;
}

/**
 * The layout and assets for the renderers. A logo or background whose `src` names a stored slot gets that
 * asset, under a name with the right extension (the HTML renderer picks the image type by it). One that
 * names nothing stored is dropped (`missing: 'drop'`: documents look as before images were stored) or
 * kept (`'keep'`: the renderer answers `render.asset_missing`, as the preview should).
 */
export function toRenderInput(
  layout: CertificateLayout,
  stored: readonly StoredAsset[],
  { missing }: { missing: 'drop' | 'keep' },
): RenderInput {
  const assets: Record<string, Uint8Array> = {};
  const resolve = <T extends { src: string }>(reference: T | null): T | null => {
    if (!reference) return null;
    const asset = stored.find((candidate) => candidate.slot === reference.src);
    if (!asset) return missing === 'drop' ? null : reference;
    const src = assetFileName(asset.slot, asset.format);
    assets[src] = asset.bytes;
    return { ...reference, src };
  };
  const logo = resolve(layout.letterhead.logo);
  const background = resolve(layout.letterhead.background);
  return { layout: { ...layout, letterhead: { ...layout.letterhead, logo, background } }, assets };
}

/** The preview's sample certificate with the company as employer (without its description if unusable). */
export function previewInput(
  company: Pick<CompaniesTable, 'name' | 'description' | 'street' | 'postal_code' | 'city'>,
): CertificateInput {
  const address = { street: company.street, postalCode: company.postal_code, city: company.city };
  const draft = (description: string | null) => ({
    ...previewSample,
    place: company.city ?? previewSample.place,
    employer: { name: company.name, description, address },
  });
  const parsed = certificateInputSchema.safeParse(draft(company.description));
  return parsed.success ? parsed.data : certificateInputSchema.parse(draft(null));
}
