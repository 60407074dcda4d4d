/**
 * Makes a note's text literal in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them), and line breaks fold to spaces so a value can never open
 * a new block, end a table cell or start a heading.
 */
const LINE_BREAK = /\s*\n\s*/g;

export function escapeMarkdown(text: string): string {
  // Most values are one line; the break pattern is slow to fail, as it tries \s* at every position.
  const folded = text.includes('\n') ? text.replace(LINE_BREAK, ' ') : text;
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
