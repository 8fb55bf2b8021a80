// The PDF adapter: one warm Typst compiler with the committed fonts; each render maps the letterhead
// assets into the compiler's virtual file system, passes the certificate as JSON data (never as
// markup) and exports PDF/A-2b. The compiler is synchronous, so renders never interleave.
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { toTypstData, typstTemplate, type CertificateDocument } from '@zeugnisdesk/engine';
import type { CertificateLayout } from '@zeugnisdesk/shared';
import { loadFontFiles } from './fonts.js';
import { collectPdfAssets, toRenderError } from './pdf-assets.js';
import { RenderError } from './rendering.errors.js';

export { RenderError, type RenderErrorCode } from './rendering.errors.js';

// A virtual root that holds only shadow files: the template cannot reach the real file system.
const root = '/zeugnisdesk-typst';
const mainPath = `${root}/certificate.typ`;
// Memoised results unused for this many renders are dropped (Typst's advice for non-watch tools).
const cacheMaxAge = 10;

export interface RenderPdfArgs {
  document: CertificateDocument;
  layout: CertificateLayout;
  /** Letterhead images by the layout's `src` names. */
  assets?: Record<string, Uint8Array>;
}

export interface PdfRenderer {
  /** A PDF/A-2b A4 certificate. Throws a RenderError for missing or broken assets. */
  renderPdf(args: RenderPdfArgs): Uint8Array;
  close(): void;
}

export function createPdfRenderer({ fontsDir }: { fontsDir?: string } = {}): PdfRenderer {
  let compiler: NodeCompiler | null = NodeCompiler.create({
    workspace: root,
    fontArgs: [{ fontBlobs: loadFontFiles(fontsDir) }],
  });
  compiler.addSource(mainPath, typstTemplate);

  function typeset(typst: NodeCompiler, args: RenderPdfArgs): Uint8Array {
    const { formats, files } = collectPdfAssets(args.layout, args.assets ?? {});
    const data = JSON.stringify(toTypstData(args.document, args.layout, formats));
    for (const file of files) typst.mapShadow(root + file.path, Buffer.from(file.bytes));
    try {
      const compiled = typst.compile({ mainFilePath: mainPath, inputs: { data } });
      const document = compiled.result;
      if (compiled.hasError() || !document) {
        throw toRenderError(compiled.takeDiagnostics()?.shortDiagnostics ?? []);
      }
      return typst.pdf(document, { pdfStandard: 'a-2b' });
    } catch (error) {
      throw toRenderError(error);
    } finally {
      for (const file of files) typst.unmapShadow(root + file.path);
      typst.evictCache(cacheMaxAge);
    }
  }

  return {
    renderPdf(args) {
      if (!compiler) throw new RenderError('render.failed', 'The PDF renderer is closed');
      return typeset(compiler, args);
    },
    close() {
      compiler?.resetShadow();
      compiler = null;
    },
  };
}
