// The expected failures of company letterhead images as AppErrors (codes in app/http-errors.ts), and the
// renderer's RenderErrors translated for the API: a layout or image the user can fix is a 400.
import { AppError } from '../../app/http-errors.js';
import { RenderError } from '../rendering/rendering.errors.js';
import { slotRules, type CompanyAssetSlot } from './company-assets.config.js';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export function tooLargeError(slot: CompanyAssetSlot): AppError {
  const { label, maxBytes } = slotRules[slot];
  return new AppError(
    'company_asset.too_large',
    `The ${label} file is too large: at most ${megabytes(maxBytes)} are allowed.`,
  );
}

export function companyNotFound(companyId: string): AppError {
  return new AppError('company.not_found', `There is no company ${companyId}.`);
}

export function assetNotFound(slot: CompanyAssetSlot): AppError {
  return new AppError('company_asset.not_found', `The company has no ${slotRules[slot].label}.`);
}

/** An image Typst cannot draw, found while checking an upload: nothing is stored. */
export function unreadableAsset(slot: CompanyAssetSlot, error: RenderError): AppError {
  const detail = error.details[0] ? ` (${error.details[0]})` : '';
  return new AppError(
    'company_asset.unreadable',
    `The ${slotRules[slot].label} cannot be drawn in a certificate${detail}.`,
  );
}

/**
 * A RenderError the user can fix (an image the layout names but the company does not have, or one that
 * cannot be drawn) as a 400 with the renderer's code; anything else is rethrown (a 500).
 */
export function toRenderAppError(error: unknown): unknown {
  if (!(error instanceof RenderError)) return error;
  if (error.code === 'render.asset_missing') {
    return new AppError(
      error.code,
      `${error.message}: upload it for the company, or remove it from the layout.`,
    );
  }
  if (error.code === 'render.asset_invalid' || error.code === 'render.background_unsupported') {
    return new AppError(error.code, error.message);
  }
  return error;
}
