// The PDF adapter: one warm Typst compiler with the committed fonts; each render maps the letterhead
// assets into the compiler's virtual file system, passes the certificate as JSON data (never as
// markup) and exports PDF/A-2b, or SVG for a preview in the browser. The compiler is synchronous, so
// renders never interleave.
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
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
  /**
   * The same pages as one SVG document, stacked top to bottom (Typst's SVG for browsers: glyphs as
   * paths, plus an invisible text layer; no scripts), for a preview in an <img>. Throws like renderPdf.
   */
  renderSvg(args: RenderPdfArgs): string;
  close(): void;
}

export function createPdfRenderer({ fontsDir }: { fontsDir?: string } = {}): PdfRenderer {
  let compiler: NodeCompiler | null = NodeCompiler.create({
    workspace: root,
    fontArgs: [{ fontBlobs: loadFontFiles(fontsDir) }],
  });
  compiler.addSource(mainPath, typstTemplate);

  function typeset<T>(
    args: RenderPdfArgs,
    output: (typst: NodeCompiler, document: NodeTypstDocument) => T,
  ): T {
    const typst = compiler;
    if (!typst) throw new RenderError('render.failed', 'The PDF renderer is closed');
    const { formats, files } = collectPdfAssets(args.layout, args.assets ?? {});
    const data = JSON.stringify(toTypstData(args.document, args.layout, formats));
    for (const file of files) typst.mapShadow(root + file.path, Buffer.from(file.bytes));
    try {
      const compiled = typst.compile({ mainFilePath: mainPath, inputs: { data } });
      const document = compiled.result;
      if (compiled.hasError() || !document) {
        throw toRenderError(compiled.takeDiagnostics()?.shortDiagnostics ?? []);
      }
      return output(typst, document);
    } catch (error) {
      throw toRenderError(error);
    } finally {
      for (const file of files) typst.unmapShadow(root + file.path);
      typst.evictCache(cacheMaxAge);
    }
  }

  return {
    renderPdf(args) {
      return typeset(args, (typst, document) => typst.pdf(document, { pdfStandard: 'a-2b' }));
    },
    renderSvg(args) {
      return typeset(args, (typst, document) => typst.svg(document));
    },
    close() {
      compiler?.resetShadow();
      compiler = null;
    },
  };
}

/**
 * A renderer that creates its compiler on the first render (the fonts load once, then it stays warm), so
 * a server that never renders never pays for it. `close()` frees it; a later render creates it again.
 */
export function createLazyPdfRenderer(options: { fontsDir?: string } = {}): PdfRenderer {
  let renderer: PdfRenderer | undefined;
  const get = () => (renderer ??= createPdfRenderer(options));
  return {
    renderPdf: (args) => get().renderPdf(args),
    renderSvg: (args) => get().renderSvg(args),
    close() {
      renderer?.close();
      renderer = undefined;
    },
  };
}
