/**
 * Where the font files the back ends draw with live: `fonts/` at the package root, beside
 * `templates/`. The build (scripts/copy-fonts.mjs) copies just these ten faces there from the
 * font packages, which are development dependencies only: each of those packages carries every
 * weight (nine, plus italics for Latin), over 220 MB that a user would install and never draw.
 *
 * This module sits two folders below the root in src/, in dist/ (tsc) and in dist/bundle/, so the
 * same relative URL finds `fonts/` from a checkout, a build and an installed package alike.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFace } from '../theme/theme.js';

export type Weight = 'regular' | 'bold';

export const FONT_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

/** Each face's family file name and the npm package the build copies it from. */
export const FONT_FAMILIES: Record<FontFace, { family: string; npm: string }> = {
  latin: { family: 'NotoSans', npm: '@expo-google-fonts/noto-sans' },
  sc: { family: 'NotoSansSC', npm: '@expo-google-fonts/noto-sans-sc' },
  tc: { family: 'NotoSansTC', npm: '@expo-google-fonts/noto-sans-tc' },
  kr: { family: 'NotoSansKR', npm: '@expo-google-fonts/noto-sans-kr' },
  emoji: { family: 'NotoEmoji', npm: '@expo-google-fonts/noto-emoji' },
};

export const WEIGHTS: readonly Weight[] = ['regular', 'bold'];

/** The file name of a face and weight inside `fonts/`, e.g. `NotoSansSC-Bold.ttf`. */
export function fontFileName(face: FontFace, weight: Weight): string {
  return `${FONT_FAMILIES[face].family}-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf`;
}

/** The licence shipped beside a family's files (the SIL Open Font License text of that family). */
export function licenceFileName(face: FontFace): string {
  return `${FONT_FAMILIES[face].family}-OFL.txt`;
}

export function fontPath(face: FontFace, weight: Weight): string {
  const path = join(FONT_DIR, fontFileName(face, weight));
  // Only a checkout that was never built lacks them; say how to get them rather than ENOENT.
  if (!existsSync(path)) throw new Error(`font file ${path} is missing: run "npm run build", which copies the fonts into fonts/`);
  return path;
}
