/**
 * Makes a note's text literal in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them), and line breaks fold (to a space, or to nothing between
 * Chinese characters) so a value can never open a new block, end a table cell or start a heading.
 */
import { joinLines } from '../text/fold-lines.js';

export function escapeMarkdown(text: string): string {
  const folded = text.includes('\n') ? joinLines(text.split('\n')) : text;
  // A scan by char code: this runs for every {{value}} of every document, and is a few times
  // quicker than a global replace; most values have no punctuation and are returned as they are.
  let out = '';
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    if (isAsciiPunctuation(folded.charCodeAt(i))) {
      out += `${folded.slice(from, i)}\\${folded[i]!}`;
      from = i + 1;
    }
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/** ! to /, : to @, [ to `, { to ~: what CommonMark lets a backslash escape. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}
