// Company letterhead images: store (checked by their bytes and by one trial render, then saved together
// with the layout change that references them), read, delete, and the live layout preview that renders
// a sample certificate on a draft layout with the company's stored images.
import { createHash } from 'node:crypto';
import { composeCertificate } from '@zeugnisdesk/engine';
import { certificateLayoutSchema, type CertificateLayout } from '@zeugnisdesk/shared';
import type { CompaniesTable, CompanyAssetsTable } from '../../app/database/database.types.js';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { createId } from '../../app/ids.js';
import type { OrganizationStructureRepository } from '../organization-structure/organization-structure.repository.js';
import type { RenderPdfArgs } from '../rendering/pdf.services.js';
import { RenderError } from '../rendering/rendering.errors.js';
import { assetContentTypes, type CompanyAssetSlot, type PreviewFormat } from './company-assets.config.js';
import {
  assetNotFound,
  companyNotFound,
  toRenderAppError,
  unreadableAsset,
} from './company-assets.errors.js';
import {
  assetFileName,
  checkUpload,
  parseCompanyLayout,
  previewInput,
  toRenderInput,
  withAssetReference,
  withoutAssetReference,
} from './company-assets.models.js';
import type { CompanyAssetsRepository } from './company-assets.repository.js';

/** The app's warm Typst renderer (synchronous: renders never interleave). */
export interface AssetRenderer {
  renderPdf(args: RenderPdfArgs): Uint8Array;
  renderSvg(args: RenderPdfArgs): string;
}

export interface CompanyAssetDependencies {
  inTransaction: TransactionRunner<{
    structure: OrganizationStructureRepository;
    assets: CompanyAssetsRepository;
  }>;
  now: () => Date;
  renderer: AssetRenderer;
}

interface CompanySlotArgs {
  organizationId: string;
  companyId: string;
  slot: CompanyAssetSlot;
}

function sampleDocument(company: CompaniesTable) {
  return composeCertificate(previewInput(company)).document;
}

/**
 * Stores the slot's image and makes the company layout reference it, in one transaction. The bytes
 * decide the format; the image must survive one render of the sample certificate first (Typst decodes
 * it: a broken or hostile file is refused here, not in every later certificate).
 */
export async function putCompanyAsset({
  organizationId,
  companyId,
  slot,
  bytes,
  inTransaction,
  now,
  renderer,
}: CompanySlotArgs & { bytes: Uint8Array } & CompanyAssetDependencies): Promise<{
  company: CompaniesTable;
}> {
  const format = checkUpload(slot, bytes);
  const company = await inTransaction(({ structure }) => structure.getCompany({ organizationId, companyId }));
  if (!company) throw companyNotFound(companyId);

  const trial = toRenderInput(
    withAssetReference(certificateLayoutSchema.parse({}), slot),
    [{ slot, format, bytes }],
    { missing: 'keep' },
  );
  try {
    renderer.renderPdf({ document: sampleDocument(company), ...trial });
  } catch (error) {
    // The sample renders without the image, so whatever fails now is the image's fault.
    if (error instanceof RenderError && error.code !== 'render.fonts_missing')
      throw unreadableAsset(slot, error);
    throw error;
  }

  const timestamp = now().toISOString();
  const asset: CompanyAssetsTable = {
    id: createId('cas'),
    organization_id: organizationId,
    company_id: companyId,
    slot,
    format,
    content_type: assetContentTypes[format],
    bytes,
    byte_size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    created_at: timestamp,
    updated_at: timestamp,
  };
  return inTransaction(async ({ structure, assets }) => {
    const locked = await assets.lockCompany({ organizationId, companyId });
    if (!locked) throw companyNotFound(companyId);
    await assets.putAsset({ asset });
    const layout = withAssetReference(parseCompanyLayout(locked.layout_json), slot);
    return { company: await saveLayout(structure, locked, layout, timestamp) };
  });
}

async function saveLayout(
  structure: OrganizationStructureRepository,
  company: CompaniesTable,
  layout: CertificateLayout,
  timestamp: string,
): Promise<CompaniesTable> {
  const updated = await structure.updateCompany({
    organizationId: company.organization_id,
    companyId: company.id,
    changes: { layout_json: JSON.stringify(layout), updated_at: timestamp },
  });
  if (!updated) throw companyNotFound(company.id);
  return updated;
}

/** The stored image with its content type and file name ("logo.svg"). */
export async function getCompanyAsset({
  organizationId,
  companyId,
  slot,
  inTransaction,
}: CompanySlotArgs & Pick<CompanyAssetDependencies, 'inTransaction'>): Promise<{
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}> {
  return inTransaction(async ({ structure, assets }) => {
    const asset = await assets.getAsset({ organizationId, companyId, slot });
    if (!asset) {
      if (!(await structure.getCompany({ organizationId, companyId }))) throw companyNotFound(companyId);
      throw assetNotFound(slot);
    }
    return {
      bytes: asset.bytes,
      contentType: asset.content_type,
      fileName: assetFileName(asset.slot, asset.format),
    };
  });
}

/** Deletes the slot's image and takes it out of the company layout, in one transaction. */
export async function deleteCompanyAsset({
  organizationId,
  companyId,
  slot,
  inTransaction,
  now,
}: CompanySlotArgs & Omit<CompanyAssetDependencies, 'renderer'>): Promise<{ company: CompaniesTable }> {
  return inTransaction(async ({ structure, assets }) => {
    const locked = await assets.lockCompany({ organizationId, companyId });
    if (!locked) throw companyNotFound(companyId);
    if ((await assets.deleteAsset({ organizationId, companyId, slot })) === 'not_found')
      throw assetNotFound(slot);
    const layout = withoutAssetReference(parseCompanyLayout(locked.layout_json), slot);
    return { company: await saveLayout(structure, locked, layout, now().toISOString()) };
  });
}

/**
 * The sample certificate (the company as employer) on a draft layout with the company's stored images,
 * as SVG (all pages stacked in one image) or PDF. A layout naming an image the company lacks answers
 * `render.asset_missing`.
 */
export async function renderLayoutPreview({
  organizationId,
  companyId,
  layout,
  format,
  inTransaction,
  renderer,
}: {
  organizationId: string;
  companyId: string;
  layout: CertificateLayout;
  format: PreviewFormat;
} & Pick<CompanyAssetDependencies, 'inTransaction' | 'renderer'>): Promise<{
  body: Uint8Array | string;
  contentType: string;
}> {
  const { company, stored } = await inTransaction(async ({ structure, assets }) => {
    const company = await structure.getCompany({ organizationId, companyId });
    if (!company) throw companyNotFound(companyId);
    return { company, stored: await assets.listRenderableAssets({ organizationId, companyId }) };
  });
  const args = { document: sampleDocument(company), ...toRenderInput(layout, stored, { missing: 'keep' }) };
  try {
    return format === 'pdf'
      ? { body: renderer.renderPdf(args), contentType: 'application/pdf' }
      : { body: renderer.renderSvg(args), contentType: 'image/svg+xml' };
  } catch (error) {
    throw toRenderAppError(error);
  }
}
