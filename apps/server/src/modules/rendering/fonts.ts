// The committed, open-licensed fonts the typesetters embed (packages/engine/assets/fonts). Found relative
// to this file, so the same code works from src (tests) and from dist (run time), or through the
// installed engine package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RenderError } from './rendering.errors.js';

export const fontFamilyDirectories = ['liberation-sans', 'liberation-serif', 'carlito'] as const;

function engineFontsDir(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@zeugnisdesk/engine');
    return join(dirname(entry), '..', 'assets', 'fonts');
  } catch {
    return null;
  }
}

// The directory names are our own constants; only `fontsDir` comes from the operator's configuration.
/* eslint-disable security/detect-non-literal-fs-filename */
const hasFonts = (dir: string) => fontFamilyDirectories.every((family) => existsSync(join(dir, family)));

/** The fonts directory: the one given, else the engine's assets next to this source tree. */
export function findFontsDir(fontsDir?: string): string {
  const candidates = fontsDir
    ? [fontsDir]
    : [
        fileURLToPath(new URL('../../../../../packages/engine/assets/fonts', import.meta.url)),
        engineFontsDir(),
      ];
  const found = candidates.find((dir): dir is string => dir !== null && hasFonts(dir));
  if (!found) {
    throw new RenderError(
      'render.fonts_missing',
      `No fonts directory with ${fontFamilyDirectories.join(', ')}`,
    );
  }
  return found;
}

/** The bytes of every TrueType file of the three families, in a stable order. */
export function loadFontFiles(fontsDir?: string): Buffer[] {
  const dir = findFontsDir(fontsDir);
  return fontFamilyDirectories.flatMap((family) =>
    readdirSync(join(dir, family))
      .filter((name) => name.toLowerCase().endsWith('.ttf'))
      .sort()
      .map((name) => readFileSync(join(dir, family, name))),
  );
}
/* eslint-enable security/detect-non-literal-fs-filename */
