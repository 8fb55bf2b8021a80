// /api/v1/analysis (C16): decodes the grades a German certificate's wording signals — from pasted text,
// or from a PDF (text extracted with pdf.js). Nothing is stored. Any signed-in user may use it.
import { analyseCertificate } from '@zeugnisdesk/engine';
import type { Api, ApiDependencies } from '../../app/api/api.js';
import { errorResponses } from '../../app/api/api.schemas.js';
import { AppError } from '../../app/http-errors.js';
import { getRequestContext } from '../../app/request-context.js';
import { analyseTextBodySchema, analysisResultSchema, maxAnalysisPdfBytes } from './analysis.schemas.js';
import { extractPdfText, PdfTextError } from './pdf-text.services.js';

export function registerAnalysisRoutes(api: Api, _dependencies: ApiDependencies): void {
  const tags = ['analysis'];

  api.post(
    '/analysis',
    {
      schema: {
        tags,
        body: analyseTextBodySchema,
        response: { 200: analysisResultSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      await getRequestContext(request);
      return { ...analyseCertificate(request.body.text), text: request.body.text };
    },
  );

  // A PDF as the raw request body (Content-Type: application/pdf), up to 5 MB.
  api.register(async (scope) => {
    scope.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: maxAnalysisPdfBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/analysis/pdf',
      {
        bodyLimit: maxAnalysisPdfBytes,
        schema: { tags, response: { 200: analysisResultSchema, ...errorResponses(400, 401, 413, 415) } },
      },
      async (request) => {
        await getRequestContext(request);
        const body = request.body;
        if (!(body instanceof Buffer) || body.length === 0) {
          throw new AppError(
            'request.invalid',
            'Send the PDF as the request body with Content-Type: application/pdf.',
          );
        }
        let text: string;
        try {
          text = await extractPdfText(new Uint8Array(body));
        } catch (error) {
          if (error instanceof PdfTextError) throw new AppError('analysis.unreadable_pdf', error.message);
          throw new AppError('analysis.unreadable_pdf', 'The file is not a readable PDF.');
        }
        if (text.trim() === '') {
          throw new AppError(
            'analysis.unreadable_pdf',
            'The PDF contains no text (a scan?): paste the text instead.',
          );
        }
        return { ...analyseCertificate(text), text };
      },
    );
  });
}
