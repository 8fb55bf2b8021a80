// A certificate as a document, rendered on demand from its current content and options on the layout of
// its company (C9): PDF/A, DOCX, HTML or plain text. Nothing is stored.
import { renderDocx, renderHtml } from '@zeugnisdesk/engine';
import { defaultCertificateLayout, type CertificateLayout } from '@zeugnisdesk/shared';
import type { RenderPdfArgs } from '../rendering/pdf.services.js';
import { parseContent, parseOptions, toDownloadFileName } from './certificates.models.js';
import type { DocumentFormat } from './certificates.schemas.js';
import {
  composeAndCheck,
  getVisibleCertificateOrThrow,
  type Actor,
  type CertificateDependencies,
} from './certificates.usecases.js';

export interface DocumentDependencies extends CertificateDependencies {
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

/**
 * The company's layout without its images: layouts name their logo and background by file name, and the
 * server does not store such files yet, so a layout with images renders as if it had none.
 */
function toServerLayout(layoutJson: string | null | undefined): CertificateLayout {
  if (!layoutJson) return defaultCertificateLayout;
  const layout = JSON.parse(layoutJson) as CertificateLayout;
  return { ...layout, letterhead: { ...layout.letterhead, logo: null, background: null } };
}

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
  const { certificate, company } = await inTransaction(async (repositories) => {
    const certificate = await getVisibleCertificateOrThrow(repositories, actor, certificateId);
    const company = certificate.company_id
      ? await repositories.structure.getCompany({
          organizationId: actor.organizationId,
          companyId: certificate.company_id,
        })
      : undefined;
    return { certificate, company };
  });
  const layout = toServerLayout(company?.layout_json);
  const content = parseContent(certificate.content_json);
  const { document, text } = composeAndCheck(content, parseOptions(certificate.options_json), undefined);
  let body: Uint8Array | string;
  if (format === 'pdf') body = renderPdf({ document, layout });
  else if (format === 'docx') body = await renderDocx({ document, layout });
  else if (format === 'html') body = renderHtml(document, { layout });
  else body = text;
  const fileName = toDownloadFileName(
    `${document.title} ${content.employee.firstName} ${content.employee.lastName}`,
    extensions[format],
  );
  return { body, contentType: documentContentTypes[format], fileName };
}
