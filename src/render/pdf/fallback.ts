/**
 * Per-character font fallback: each character is drawn from the first face in the document
 * language's chain that has a glyph for it, so mixed Chinese / Korean / Latin text never shows a
 * missing-glyph box. Decisions are cached per chain, weight and code point for the whole process.
 */
import type { FontFace } from '../../theme/theme.js';
import { getFont, hasGlyph, type Weight } from './fonts.js';

const isHangul = (cp: number) => (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff);

/**
 * Faces known (and checked by a test) to lack a script, so a zh-CN document with one Korean word
 * does not pay for parsing the 7 MB TC font just to learn it has no Hangul.
 */
function knownMissing(face: FontFace, cp: number): boolean {
  return (face === 'sc' || face === 'tc') && isHangul(cp);
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
