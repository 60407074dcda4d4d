/**
 * Line breaking by the Unicode line-breaking algorithm (UAX #14, the `linebreak` package), which
 * keeps Chinese closing punctuation （，。、」）off the start of a line, plus two rules of ours:
 * Korean breaks only between words (like CSS `word-break: keep-all`), and a word wider than the
 * line is split by character as a last resort.
 */
import LineBreaker from 'linebreak';
import type { Glyph } from './shape-text.js';

export interface Line {
  /** Glyph index range [start, end) of the line, trailing spaces excluded. */
  start: number;
  end: number;
  width: number;
}

const isHangul = (cp: number) => (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);
const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0;

/** Punctuation that must never begin a line, checked again after a forced break. */
const NO_START = new Set([...'，。、；：！？）」』】〉》〕｝”’・…‥,.;:!?)]}%']);

/** Allowed break positions: a line may start at glyph index i. Map value: true when the break is required. */
export function breakOpportunities(glyphs: readonly Glyph[]): Map<number, boolean> {
  const text = glyphs.map((g) => g.ch).join('');
  // linebreak reports positions in UTF-16 units; map them to glyph (code point) indices.
  const unitToGlyph = new Map<number, number>();
  let unit = 0;
  glyphs.forEach((g, i) => {
    unitToGlyph.set(unit, i);
    unit += g.ch.length;
  });
  unitToGlyph.set(unit, glyphs.length);
  const out = new Map<number, boolean>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const i = unitToGlyph.get(b.position);
    if (i === undefined || i === 0 || i >= glyphs.length) continue;
    const prev = glyphs[i - 1]!.cp;
    const next = glyphs[i]!.cp;
    if (!b.required && !isSpace(prev) && (isHangul(prev) || isHangul(next))) continue;
    out.set(i, b.required);
  }
  return out;
}

/** Greedy line filling: each line as full as it can be without passing `maxWidth`. */
export function breakLines(glyphs: readonly Glyph[], maxWidth: number, firstLineWidth = maxWidth): Line[] {
  const lines: Line[] = [];
  if (glyphs.length === 0) return lines;
  const breaks = breakOpportunities(glyphs);
  const prefix = new Float64Array(glyphs.length + 1);
  for (let i = 0; i < glyphs.length; i++) prefix[i + 1] = prefix[i]! + glyphs[i]!.width;
  const widthOf = (a: number, b: number) => prefix[b]! - prefix[a]!;
  const trimEnd = (a: number, b: number) => {
    while (b > a && (isSpace(glyphs[b - 1]!.cp) || glyphs[b - 1]!.cp === 0x0a)) b--;
    return b;
  };
  const skipSpaces = (i: number) => {
    while (i < glyphs.length && isSpace(glyphs[i]!.cp)) i++;
    return i;
  };
  const push = (a: number, b: number) => {
    const end = trimEnd(a, b);
    lines.push({ start: a, end, width: widthOf(a, end) });
  };
  let start = 0;
  let lastBreak = -1;
  for (let i = 0; i < glyphs.length; i++) {
    const limit = lines.length === 0 ? firstLineWidth : maxWidth;
    if (i > start && breaks.has(i)) {
      if (breaks.get(i)) {
        push(start, i);
        start = i;
        lastBreak = -1;
        continue;
      }
      lastBreak = i;
    }
    const g = glyphs[i]!;
    if (isSpace(g.cp)) continue;
    if (widthOf(start, i + 1) > limit + 0.01) {
      if (lastBreak > start) {
        push(start, lastBreak);
        start = skipSpaces(lastBreak);
      } else if (i > start) {
        // No break opportunity fits: split the word here, keeping closing punctuation on this line.
        let cut = i;
        while (cut > start + 1 && NO_START.has(glyphs[cut]!.ch)) cut--;
        push(start, cut);
        start = cut;
      }
      lastBreak = -1;
    }
  }
  if (start < glyphs.length) push(start, glyphs.length);
  return lines;
}
