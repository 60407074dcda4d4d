/**
 * Per-character font fallback: each character is drawn from the first face in the document
 * language's chain that has a glyph for it, so mixed Chinese / Korean / Latin text never shows a
 * missing-glyph box. Decisions are cached per chain, weight and code point for the whole process.
 */
import { isHangul } from '../../document/script.js';
import type { FontFace, Theme } from '../../theme/theme.js';
import { getFont, hasGlyph, type Weight } from './fonts.js';

/**
 * Faces known (and checked by a test) to lack a script, so a zh-CN document with one Korean word
 * does not pay for parsing the 7 MB TC font just to learn it has no Hangul.
 */
function knownMissing(face: FontFace, cp: number): boolean {
  return (face === 'sc' || face === 'tc' || face === 'emoji') && isHangul(cp);
}

/**
 * Punctuation that both the Latin and the CJK faces have, in different shapes: the CJK face sets
 * quotes full-width, the ellipsis and middle dot centred, dashes joined. In a Chinese or Korean
 * document these come from the CJK face (see `punctuationChain`), as a CJK typesetter sets them.
 */
const SHARED_PUNCTUATION = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2025, 0x00b7, 0x2027, 0x2014, 0x2015, 0x2e3a]);

export const isSharedPunctuation = (cp: number): boolean => SHARED_PUNCTUATION.has(cp);

/** The faces a document in `lang` draws from, in order (the PDF's, and the DOCX's table measure). */
export function fontChain(theme: Theme, lang: string): readonly FontFace[] {
  return theme.pdfFallback[lang] ?? theme.pdfFallback.en ?? ['latin', 'sc', 'tc', 'kr'];
}

const punctuationChains = new Map<string, readonly FontFace[]>();

/** The chain with `face` first, for shared punctuation in a CJK document; one array per chain and face. */
export function punctuationChain(chain: readonly FontFace[], face: FontFace | undefined): readonly FontFace[] | undefined {
  if (!face) return undefined;
  const key = `${face}|${chain.join(',')}`;
  let c = punctuationChains.get(key);
  if (!c) punctuationChains.set(key, (c = [face, ...chain.filter((f) => f !== face)]));
  return c;
}

/** Decisions by chain and weight; shared by every document with the same chain. */
const byKey = new Map<string, Map<number, FontFace>>();
/** The same maps by chain identity, so the per-character path builds no strings. */
const byChain = new WeakMap<readonly FontFace[], Record<Weight, Map<number, FontFace>>>();

function decisions(chain: readonly FontFace[], weight: Weight): Map<number, FontFace> {
  let pair = byChain.get(chain);
  if (!pair) {
    const get = (w: Weight) => {
      const key = `${chain.join(',')}|${w}`;
      let m = byKey.get(key);
      if (!m) byKey.set(key, (m = new Map()));
      return m;
    };
    pair = { regular: get('regular'), bold: get('bold') };
    byChain.set(chain, pair);
  }
  return pair[weight];
}

export function faceFor(cp: number, chain: readonly FontFace[], weight: Weight): FontFace {
  const cache = decisions(chain, weight);
  const hit = cache.get(cp);
  if (hit) return hit;
  let face = chain[0] ?? 'latin';
  // White space and controls are drawn from the first face; they need no glyph of their own.
  if (cp > 0x20) {
    for (const f of chain) {
      if (!knownMissing(f, cp) && hasGlyph(getFont(f, weight), cp)) {
        face = f;
        break;
      }
    }
  }
  cache.set(cp, face);
  return face;
}

const latinFirst = new WeakMap<readonly FontFace[], readonly FontFace[]>();

/** The chain with the Latin face moved to the front (for code), one array per chain. */
export function latinFirstChain(chain: readonly FontFace[]): readonly FontFace[] {
  let c = latinFirst.get(chain);
  if (!c) latinFirst.set(chain, (c = ['latin', ...chain.filter((f) => f !== 'latin')]));
  return c;
}
