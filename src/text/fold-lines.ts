/**
 * Undoes the space YAML puts where it folds a line: a plain scalar written over several lines, or a
 * folded block (`>`), joins its lines with a space. Chinese puts no space between words, so between
 * two Chinese characters (or full-width punctuation) that space is an artefact of the line break and
 * is removed. Korean separates words with spaces, so a fold between Hangul keeps its space.
 */
const CHINESE = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const FOLD = new RegExp(`(?<=${CHINESE}) +(?=${CHINESE})`, 'gu');
/** Any Chinese character at all: most text is checked against this and returned untouched. */
const ANY = new RegExp(CHINESE, 'u');
const ENDS_CHINESE = new RegExp(`${CHINESE}$`, 'u');
const STARTS_CHINESE = new RegExp(`^${CHINESE}`, 'u');

/**
 * Every note text passes through here when it is read. After parsing, a fold cannot be told from a
 * space typed between two Chinese characters; Chinese prose has none, so both are removed.
 */
export function unfoldCjk(text: string): string {
  return text.includes(' ') && ANY.test(text) ? text.replace(FOLD, '') : text;
}

/**
 * Joins the lines of one paragraph the way its script wants: nothing between Chinese characters,
 * one space elsewhere (English, Korean, digits).
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else out += (ENDS_CHINESE.test(out) && STARTS_CHINESE.test(line) ? '' : ' ') + line;
  }
  return out;
}
