// A Vite plugin that measures the JavaScript a browser must load before the first screen — the entry
// chunk and every chunk it imports statically — gzip-compressed, prints it after each build, and fails
// the build when it exceeds the budget (issue #7: ≤ 300 KB). Lazily loaded route chunks do not count.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The part of a Rollup/Rolldown output chunk the measurement needs. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
}

/** The entry chunks and everything they import statically, in load order, without duplicates. */
export function collectInitialChunks(bundle: Record<string, ChunkLike | { type: 'asset' }>): ChunkLike[] {
  const chunks = new Map<string, ChunkLike>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  }
  const seen = new Set<string>();
  const ordered: ChunkLike[] = [];
  const visit = (fileName: string) => {
    const chunk = chunks.get(fileName);
    if (!chunk || seen.has(fileName)) return;
    seen.add(fileName);
    ordered.push(chunk);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return ordered;
}

export function gzipKilobytes(code: string): number {
  return gzipSync(Buffer.from(code), { level: 9 }).byteLength / 1024;
}

export function bundleBudget({ maxInitialGzipKb }: { maxInitialGzipKb: number }): Plugin {
  return {
    name: 'zeugnisdesk-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const initial = collectInitialChunks(bundle as unknown as Record<string, ChunkLike>);
      const sizes = initial.map((chunk) => ({ file: chunk.fileName, kb: gzipKilobytes(chunk.code) }));
      const total = sizes.reduce((sum, { kb }) => sum + kb, 0);
      const lazy = Object.values(bundle).filter((output) => output.type === 'chunk').length - initial.length;
      const files = sizes.map(({ file, kb }) => `${file} ${kb.toFixed(1)} KB`).join(', ');
      this.info(
        `initial JavaScript: ${total.toFixed(1)} KB gzip (budget ${maxInitialGzipKb} KB; ${files}); ` +
          `${lazy} lazily loaded chunk(s)`,
      );
      if (total > maxInitialGzipKb) {
        this.error(
          `the initial JavaScript is ${total.toFixed(1)} KB gzip, over the budget of ${maxInitialGzipKb} KB`,
        );
      }
    },
  };
}
