// A certificate as a document, rendered on demand from its current content and options on the layout of
// its company (C9) with the company's stored letterhead images: PDF/A, DOCX, HTML or plain text.
// Nothing is stored.
import { renderDocx, renderHtml } from '@zeugnisdesk/engine';
import { defaultCertificateLayout } from '@zeugnisdesk/shared';
import type { TransactionRunner } from '../../app/database/transaction.js';
import { toRenderAppError } from '../company-assets/company-assets.errors.js';
import {
  parseCompanyLayout,
  toRenderInput,
  type RenderInput,
} from '../company-assets/company-assets.models.js';
import type { CompanyAssetsRepository } from '../company-assets/company-assets.repository.js';
import type { RenderPdfArgs } from '../rendering/pdf.services.js';
import { parseContent, parseOptions, toDownloadFileName } from './certificates.models.js';
import type { DocumentFormat } from './certificates.schemas.js';
import {
  composeAndCheck,
  getVisibleCertificateOrThrow,
  type Actor,
  type CertificateDependencies,
  type CertificateRepositories,
} from './certificates.usecases.js';

export interface DocumentDependencies extends CertificateDependencies {
  inTransaction: TransactionRunner<CertificateRepositories & { assets: CompanyAssetsRepository }>;
  /** The app's one warm PDF renderer. */
  renderPdf: (args: RenderPdfArgs) => Uint8Array;
}

export const documentContentTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

const extensions: Record<DocumentFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html', text: 'txt' };

export async function renderCertificateDocument({
  actor,
  certificateId,
  format,
  renderPdf,
  inTransaction,
}: { actor: Actor; certificateId: string; format: DocumentFormat } & DocumentDependencies): Promise<{
  body: Uint8Array | string;
  contentType: string;
  fileName: { ascii: string; utf8: string };
}> {
  const { certificate, render } = await inTransaction(async (repositories) => {
    const certificate = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    const companyId = certificate.company_id;
    const company = companyId
      ? await repositories.structure.getCompany({ organizationId: actor.organizationId, companyId })
      : undefined;
    if (!company) return { certificate, render: { layout: defaultCertificateLayout, assets: {} } };
    const stored = await repositories.assets.listRenderableAssets({
      organizationId: actor.organizationId,
      companyId: company.id,
    });
    // An image the layout names but the company never stored is left out, as before images were stored.
    const render: RenderInput = toRenderInput(parseCompanyLayout(company.layout_json), stored, {
      missing: 'drop',
    });
    return { certificate, render };
  });
  const { layout, assets } = render;
  const content = parseContent(certificate.content_json);
  const { document, text } = composeAndCheck(content, parseOptions(certificate.options_json), undefined);
  let body: Uint8Array | string;
  try {
    if (format === 'pdf') body = renderPdf({ document, layout, assets });
    else if (format === 'docx') body = await renderDocx({ document, layout, assets });
    else if (format === 'html') body = renderHtml(document, { layout, assets });
    else body = text;
  } catch (error) {
    throw toRenderAppError(error);
  }
  const fileName = toDownloadFileName(
    `${document.title} ${content.employee.firstName} ${content.employee.lastName}`,
    extensions[format],
  );
  return { body, contentType: documentContentTypes[format], fileName };
}
