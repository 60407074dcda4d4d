/**
 * Line breaking. Break opportunities come from the Unicode line-breaking algorithm (UAX #14, the
 * `linebreak` package), which already keeps Chinese closing punctuation （，。、」）off the start
 * of a line and opening punctuation off the end. On top of it: Korean breaks only between words
 * (CSS `word-break: keep-all`), a number stays with its unit and a date with its parts
 * (`2026年12月`, `85分`, `2026년 12월`), a guard re-checks the punctuation rules, and a word wider
 * than the line is hyphenated (English patterns) or, failing that, split by character as a last
 * resort, with a hyphen inside a Latin word. URLs, paths and long file names break at their own
 * marks instead, never with a hyphen (url-breaks.ts). Lines are filled greedily in one pass.
 */
import LineBreaker from 'linebreak';
import { isDigit, isHangul, isIdeographic } from '../../document/script.js';
import { hyphenationPoints } from './hyphenate.js';
import { forEachUrlToken } from './url-breaks.js';

/** What the breaker needs to know about each character. */
export interface Measured {
  ch: string;
  cp: number;
  width: number;
  /** Room after the character included in `width` that is not needed at the end of a line (0 for none). */
  gap?: number;
}

export interface Line {
  /** Character index range [start, end) of the line, trailing spaces and newline excluded. */
  start: number;
  end: number;
  width: number;
  /** The line ends inside a word, which goes on on the next line: a hyphen is drawn after it (included in `width`). */
  hyphen?: boolean;
}

/** Width of a hyphen in the face and size of character i, for hyphenating the word it belongs to. */
export type HyphenWidth = (i: number) => number;

const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0 || cp === 0x202f;
/** Letters of a Latin word (not digits): a split between two of them needs a hyphen. */
const isLetter = (cp: number | undefined) => cp !== undefined && ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7));
const isCjk = (cp: number) => isIdeographic(cp) || isHangul(cp);
/** Units a date is written with; `2026년 12월` keeps its space and must still not break there. */
const DATE_UNITS = new Set([...'年月日년월일']);
/**
 * Units of more than one character written after a number: percentage points (the change of a
 * rate), minutes and hours. The first character stays with the number by the rule below; these
 * keep the rest of the word with it, so "+17 個百分點" never ends a line at "個百".
 */
const UNIT_WORDS = ['个百分点', '個百分點', '百分点', '百分點', '分钟', '分鐘', '小时', '小時'];

/** Never at the start of a line (closing and trailing punctuation, Chinese and Western). */
export const NO_START = new Set([...'，。、；：！？）」』】〉》〕｝〗〙〛”’・…‥〜ー々,.;:!?)]}%']);
/** Never at the end of a line (opening punctuation). */
export const NO_END = new Set([...'（「『【〈《〔｛〖〘〚“‘([{']);

// 0: no break here.
const SOFT = 1;
const HARD = 2;

/** For each index i, whether a line may start at character i: 0, SOFT or HARD (after a newline). */
export function breakOpportunities(chars: readonly Measured[]): Uint8Array {
  return opportunities(chars).breaks;
}

/** The break opportunities, and which characters belong to a URL or path (undefined when none does). */
function opportunities(chars: readonly Measured[]): { breaks: Uint8Array; url: Uint8Array | undefined } {
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
    if (splitsNumber(chars, i)) continue;
    out[i] = SOFT;
  }
  let url: Uint8Array | undefined;
  forEachUrlToken(chars, (start, end, breaks) => {
    url ??= new Uint8Array(chars.length);
    url.fill(1, start, end);
    // Inside a URL its own break points replace UAX #14's (which break after a hyphen, say, and not before a dot).
    for (let k = start + 1; k < end; k++) if (out[k] === SOFT) out[k] = 0;
    for (const k of breaks) out[k] = SOFT;
  });
  return { breaks: out, url };
}

/**
 * Whether a break before character i would part a number from its unit or a date from its parts.
 * UAX #14 allows a break between a digit and an ideograph (`85|分`, `2026|年`); a reader never
 * expects one. A unit written after a no-break space (`4.6 pts`) is already kept by UAX #14.
 */
function splitsNumber(chars: readonly Measured[], i: number): boolean {
  const prev = chars[i - 1]!.cp;
  const next = chars[i]!.cp;
  // 85分, 12月, 362초: a number and the unit or counter written straight after it.
  if (isDigit(prev) && isCjk(next)) return true;
  // 年|12, 월|1: a unit right after a number, then the date's next number.
  if (isDigit(next) && isCjk(prev) && i >= 2 && isDigit(chars[i - 2]!.cp)) return true;
  // 5 项, 3 명: a space between a number and the CJK counter after it is spacing, not a place to break.
  if (prev === 0x20 && isCjk(next) && i >= 2 && isDigit(chars[i - 2]!.cp)) return true;
  // 2026년 12월: the space inside a Korean date.
  if (isSpace(prev) && isDigit(next) && i >= 3 && DATE_UNITS.has(chars[i - 2]!.ch) && isDigit(chars[i - 3]!.cp)) return true;
  return insideUnitWord(chars, i);
}

/** Whether i falls inside a unit word (UNIT_WORDS) written right after a number, or after a number and a space. */
function insideUnitWord(chars: readonly Measured[], i: number): boolean {
  // Cheap test first, as this runs at every break opportunity: a digit at most a space and three
  // characters of a unit word before i. Most places have none.
  let digit = false;
  for (let k = i - 2; k >= 0 && k >= i - 5 && !digit; k--) digit = isDigit(chars[k]!.cp);
  if (!digit || !isIdeographic(chars[i]!.cp) || !isIdeographic(chars[i - 1]!.cp)) return false;
  let start = i - 1;
  while (start > 0 && isIdeographic(chars[start - 1]!.cp) && i - start < 4) start--;
  for (let s = start; s < i; s++) {
    const before = s >= 1 ? chars[s - 1]!.cp : -1;
    const afterNumber = isDigit(before) || (isSpace(before) && s >= 2 && isDigit(chars[s - 2]!.cp));
    if (!afterNumber) continue;
    const from = chars.slice(s, s + 4).map((c) => c.ch).join('');
    if (UNIT_WORDS.some((w) => from.startsWith(w) && i < s + w.length)) return true;
  }
  return false;
}

/**
 * Greedy line filling: each line as full as it can be without passing `maxWidth` (the first line
 * `firstIndent` less, for a paragraph's first-line indent).
 */
export function breakLines(chars: readonly Measured[], maxWidth: number, hyphenWidth?: HyphenWidth, firstIndent = 0): Line[] {
  const lines: Line[] = [];
  const n = chars.length;
  if (n === 0) return lines;
  const { breaks, url } = opportunities(chars);
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + chars[i]!.width;
  const widthOf = (a: number, b: number) => prefix[b]! - prefix[a]!;
  const push = (a: number, b: number, hyphen = 0) => {
    // Trailing spaces (and the newline of a hard break) take no room at the end of a line.
    while (b > a && (isSpace(chars[b - 1]!.cp) || chars[b - 1]!.cp === 0x0a)) b--;
    const width = widthOf(a, b) - (b > a ? (chars[b - 1]!.gap ?? 0) : 0);
    lines.push(hyphen ? { start: a, end: b, width: width + hyphen, hyphen: true } : { start: a, end: b, width });
  };
  let start = 0;
  let lastBreak = -1;
  let i = 0;
  // Each character is looked at once for its line and at most once more when it moves to the next.
  while (i < n) {
    const limit = lines.length === 0 ? maxWidth - firstIndent : maxWidth;
    if (i > start && breaks[i] === HARD) {
      push(start, i);
      start = i;
      lastBreak = -1;
    } else if (i > start && breaks[i] === SOFT) {
      lastBreak = i;
    }
    if (isSpace(chars[i]!.cp) || widthOf(start, i + 1) - (chars[i]!.gap ?? 0) <= limit + 0.01 || i === start) {
      i++;
      continue;
    }
    // Character i does not fit: end the line at the last opportunity, or split the word.
    let end = lastBreak > start ? lastBreak : -1;
    let hyphen = 0;
    // A hyphen drawn inside a URL or file name would read as part of it.
    if (end < 0 && isLetter(chars[i - 1]?.cp) && isLetter(chars[i]!.cp) && !url?.[i]) {
      const hw = hyphenWidth?.(i) ?? 0;
      end = hyphenCut(chars, start, i, (cut) => widthOf(start, cut) + hw <= limit + 0.01);
      hyphen = hw || 1e-9;
    }
    if (end < 0) end = forcedCut(chars, start, i);
    push(start, end, hyphen);
    start = end;
    while (start < n && isSpace(chars[start]!.cp)) start++;
    lastBreak = -1;
    i = start;
  }
  if (start < n) push(start, n);
  return lines;
}

/**
 * Where to split the Latin word around character i (the first that does not fit), with a hyphen:
 * at the last hyphenation point that fits, else after as many letters as fit with the hyphen (a
 * column narrower than any syllable), but never before the line's first letter.
 */
function hyphenCut(chars: readonly Measured[], start: number, i: number, fits: (cut: number) => boolean): number {
  let a = i;
  while (a > 0 && isLetter(chars[a - 1]!.cp)) a--;
  let b = i;
  while (b < chars.length && isLetter(chars[b]!.cp)) b++;
  let word = '';
  for (let k = a; k < b; k++) word += chars[k]!.ch;
  // Latin letters are one UTF-16 unit each, so offsets into the word are character offsets.
  const points = hyphenationPoints(word).map((p) => a + p);
  for (let k = points.length - 1; k >= 0; k--) if (points[k]! > start && points[k]! <= i && fits(points[k]!)) return points[k]!;
  let cut = i;
  while (cut > start + 1 && cut > a + 1 && !fits(cut)) cut--;
  return Math.max(cut, start + 1);
}

/**
 * Where to split a piece wider than the line, which has no break opportunity: before character i
 * (the first that does not fit), or earlier so that no line starts with closing punctuation or ends
 * with opening punctuation. Among those, the last place that parts neither a Korean word nor a
 * number from its unit or date is taken if there is one (`2026年12月31日前完成` in a narrow column
 * breaks before 前, not inside the date). When no such point fits (say 点！）。 in a two-character
 * column), the closing punctuation hangs past the line end instead, as CJK typesetting allows.
 */
function forcedCut(chars: readonly Measured[], start: number, i: number): number {
  const ok = (cut: number) => cut >= chars.length || (!NO_START.has(chars[cut]!.ch) && !NO_END.has(chars[cut - 1]!.ch));
  const clean = (cut: number) => cut >= chars.length || (!splitsNumber(chars, cut) && !(isHangul(chars[cut - 1]!.cp) && isHangul(chars[cut]!.cp)));
  for (let cut = i; cut > start; cut--) if (ok(cut) && clean(cut)) return cut;
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
