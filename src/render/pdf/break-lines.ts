/**
 * Line breaking. Break opportunities come from the Unicode line-breaking algorithm (UAX #14, the
 * `linebreak` package), which already keeps Chinese closing punctuation （，。、」）off the start
 * of a line and opening punctuation off the end. On top of it: Korean breaks only between words
 * (CSS `word-break: keep-all`), a guard re-checks the punctuation rules, and a word wider than the
 * line is split by character as a last resort. Lines are filled greedily in one pass.
 */
import LineBreaker from 'linebreak';

/** What the breaker needs to know about each character. */
export interface Measured {
  ch: string;
  cp: number;
  width: number;
}

export interface Line {
  /** Character index range [start, end) of the line, trailing spaces and newline excluded. */
  start: number;
  end: number;
  width: number;
}

const isHangul = (cp: number) =>
  (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff);
const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0;

/** Never at the start of a line (closing and trailing punctuation, Chinese and Western). */
export const NO_START = new Set([...'，。、；：！？）」』】〉》〕｝〗〙〛”’・…‥〜ー々,.;:!?)]}%']);
/** Never at the end of a line (opening punctuation). */
export const NO_END = new Set([...'（「『【〈《〔｛〖〘〚“‘([{']);

// 0: no break here.
const SOFT = 1;
const HARD = 2;

/** For each index i, whether a line may start at character i: 0, SOFT or HARD (after a newline). */
export function breakOpportunities(chars: readonly Measured[]): Uint8Array {
  const out = new Uint8Array(chars.length + 1);
  // linebreak reports positions in UTF-16 units; map them back to character indices.
  const parts: string[] = [];
  const unitToChar: number[] = [];
  chars.forEach((c, i) => {
    parts.push(c.ch);
    unitToChar.push(i);
    if (c.ch.length === 2) unitToChar.push(-1);
  });
  unitToChar.push(chars.length);
  const breaker = new LineBreaker(parts.join(''));
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const i = unitToChar[b.position] ?? -1;
    if (i <= 0 || i >= chars.length) continue;
    if (b.required) {
      out[i] = HARD;
      continue;
    }
    const prev = chars[i - 1]!;
    const next = chars[i]!;
    // keep-all: no break touching a Hangul letter unless it follows a space.
    if (!isSpace(prev.cp) && (isHangul(prev.cp) || isHangul(next.cp))) continue;
    // Guard: UAX #14 already forbids these, but the rule matters too much to trust one table.
    if (NO_START.has(next.ch) || NO_END.has(prev.ch)) continue;
    out[i] = SOFT;
  }
  return out;
}

/** Greedy line filling: each line as full as it can be without passing `maxWidth`. */
export function breakLines(chars: readonly Measured[], maxWidth: number): Line[] {
  const lines: Line[] = [];
  const n = chars.length;
  if (n === 0) return lines;
  const breaks = breakOpportunities(chars);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + chars[i]!.width;
  const widthOf = (a: number, b: number) => prefix[b]! - prefix[a]!;
  const push = (a: number, b: number) => {
    // Trailing spaces (and the newline of a hard break) take no room at the end of a line.
    while (b > a && (isSpace(chars[b - 1]!.cp) || chars[b - 1]!.cp === 0x0a)) b--;
    lines.push({ start: a, end: b, width: widthOf(a, b) });
  };
  let start = 0;
  let lastBreak = -1;
  let i = 0;
  // Each character is looked at once for its line and at most once more when it moves to the next.
  while (i < n) {
    if (i > start && breaks[i] === HARD) {
      push(start, i);
      start = i;
      lastBreak = -1;
    } else if (i > start && breaks[i] === SOFT) {
      lastBreak = i;
    }
    if (isSpace(chars[i]!.cp) || widthOf(start, i + 1) <= maxWidth + 0.01 || i === start) {
      i++;
      continue;
    }
    // Character i does not fit: end the line at the last opportunity, or split the word.
    const end = lastBreak > start ? lastBreak : forcedCut(chars, start, i);
    push(start, end);
    start = end;
    while (start < n && isSpace(chars[start]!.cp)) start++;
    lastBreak = -1;
    i = start;
  }
  if (start < n) push(start, n);
  return lines;
}

/**
 * Where to split a piece wider than the line, which has no break opportunity: before character i
 * (the first that does not fit), or earlier so that no line starts with closing punctuation or ends
 * with opening punctuation. When no such point fits (say 点！）。 in a two-character column), the
 * closing punctuation hangs past the line end instead, as CJK typesetting allows.
 */
function forcedCut(chars: readonly Measured[], start: number, i: number): number {
  const ok = (cut: number) => cut >= chars.length || (!NO_START.has(chars[cut]!.ch) && !NO_END.has(chars[cut - 1]!.ch));
  for (let cut = i; cut > start; cut--) if (ok(cut)) return cut;
  let cut = i;
  while (cut < chars.length && NO_START.has(chars[cut]!.ch)) cut++;
  return cut;
}

/** Width of the widest piece that cannot be broken (a word, or one CJK character): a column's minimum. */
export function minContentWidth(chars: readonly Measured[]): number {
  const breaks = breakOpportunities(chars);
  let widest = 0;
  let piece = 0;
  let trailing = 0;
  for (let i = 0; i < chars.length; i++) {
    if (breaks[i]) {
      widest = Math.max(widest, piece - trailing);
      piece = trailing = 0;
    }
    const c = chars[i]!;
    piece += c.width;
    trailing = isSpace(c.cp) || c.cp === 0x0a ? trailing + c.width : 0;
  }
  return Math.max(widest, piece - trailing);
}
