/**
 * Makes a note's text literal in Markdown: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them), and line breaks fold to spaces so a value can never open
 * a new block, end a table cell or start a heading.
 */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(PUNCTUATION, '\\$&');
}
