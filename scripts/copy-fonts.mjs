#!/usr/bin/env node
// Copies the font faces the back ends draw (Regular and Bold of Noto Sans, Sans SC, TC, KR and Noto
// Emoji) from the font packages into fonts/, with each family's licence (SIL Open Font License 1.1,
// which asks that the licence travel with the fonts). The package ships fonts/ and not the font
// packages, whose every weight would make an install of about 300 MB instead of under 80.
// Run after `tsc` (npm run build): the list of faces comes from dist/render/font-files.js, the one
// the renderer reads at run time. A file already copied with the same size is left alone.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { FONT_DIR, FONT_FAMILIES, WEIGHTS, fontFileName, licenceFileName } = await import(join(root, 'dist', 'render', 'font-files.js')).catch((error) => {
  throw new Error(`dist/render/font-files.js is missing: run "tsc -p tsconfig.build.json" first (npm run build does)`, { cause: error });
});
const require = createRequire(join(root, 'package.json'));

/** Where the font package keeps a weight: `700Bold/NotoSansSC_700Bold.ttf`. */
const PACKAGE_STYLE = { regular: '400Regular', bold: '700Bold' };

function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

function copyIfChanged(from, to) {
  if (sizeOf(from) !== sizeOf(to)) copyFileSync(from, to);
}

mkdirSync(FONT_DIR, { recursive: true });
for (const [face, { family, npm }] of Object.entries(FONT_FAMILIES)) {
  const pkgDir = dirname(require.resolve(`${npm}/package.json`));
  for (const weight of WEIGHTS) {
    const style = PACKAGE_STYLE[weight];
    copyIfChanged(join(pkgDir, style, `${family}_${style}.ttf`), join(FONT_DIR, fontFileName(face, weight)));
  }
  copyIfChanged(join(pkgDir, 'LICENSE_FONT'), join(FONT_DIR, licenceFileName(face)));
}
