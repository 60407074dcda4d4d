/**
 * Where an English word may be hyphenated, from Liang's TeX patterns (en-us, the `hyphen`
 * package). The patterns take about 150 ms to load, so they are read on the first word that needs
 * them (a word wider than its line), not with the back end; results are kept per word.
 */
import { createRequire } from 'node:module';

interface Hyphenator {
  hyphenateSync(text: string, options: { hyphenChar: string; minWordLength: number }): string;
}

const require = createRequire(import.meta.url);
let hyphenator: Hyphenator | undefined;
const points = new Map<string, number[]>();

/** Marks the hyphenator's answer: a character no word contains. */
const MARK = '\u0001';

/**
 * Offsets (in UTF-16 units from the word's start) where `word` may break with a hyphen, each
 * leaving at least two letters before and three after, as English typesetting does.
 */
export function hyphenationPoints(word: string): number[] {
  let at = points.get(word);
  if (at) return at;
  hyphenator ??= require('hyphen/en-us') as Hyphenator;
  const marked = hyphenator.hyphenateSync(word.toLowerCase(), { hyphenChar: MARK, minWordLength: 5 });
  at = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === MARK) at.push(offset);
    else offset += ch.length;
  }
  at = at.filter((p) => p >= 2 && word.length - p >= 3);
  points.set(word, at);
  return at;
}
