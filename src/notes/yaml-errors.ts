/**
 * The YAML parser's errors in plain words with a hint. The parser's own wording ("Nested mappings
 * are not allowed in compact mappings", "please use YAML.parseAllDocuments()") means nothing to a
 * rep, so each error code a note can trip is rewritten; any other keeps its first line.
 */
import type { YAMLError } from 'yaml';
import { findSlips } from './yaml-slips.js';

export interface PlainError {
  message: string;
  hint: string;
}

const QUOTE_HINT = 'a value with ": " or " #" in it must be quoted, e.g. why: "queue #3: too long"';
const INDENT_HINT = 'check the indentation: list items start with "- " and nested fields are indented by two spaces';

/** `source` is the YAML text the error's offsets point into, to name a duplicated key. */
export function plainYamlError(error: YAMLError, source: string): PlainError {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))![0].trim();
      return { message: key ? `the field "${key}" appears twice` : 'a field appears twice', hint: 'each field may appear once; merge the two entries' };
    }
    case 'TAG_RESOLVE_FAILED': {
      const tag = error.message.split('\n')[0]!.replace(/^Unresolved tag:\s*/, '').replace(/^tag:yaml\.org,2002:/, '!!');
      return { message: `the tag ${tag} is not allowed; workplan reads plain data only`, hint: 'remove the !!tag and write the value as plain text, a number or a list' };
    }
    case 'MULTIPLE_DOCS':
      return { message: 'the file holds a second YAML document (after a line "---" or "...")', hint: 'keep one block of fields: remove the extra "---" or "..." line' };
    case 'RESOURCE_EXHAUSTION':
      return { message: 'lists or mappings are nested too deeply', hint: 'lists and fields nest a few levels at most; check for stray "[", "{" or "- "' };
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used for indentation', hint: 'indent with spaces only (two per level)' };
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return { message: 'a quoted value is not closed', hint: 'end the value with the same quote mark it starts with' };
      return { message: 'a field name is not followed by ":"', hint: INDENT_HINT };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact mappings/.test(error.message)) return { message: 'a value has ": " in it and reads as a second field on the same line', hint: QUOTE_HINT };
      return { message: 'a list item ("- ") does not line up with the list or field above it', hint: INDENT_HINT };
    case 'BAD_INDENT':
      if (/^Flow/.test(error.message)) return { message: 'a "[" or "{" is not closed', hint: 'close it with "]" or "}", or put the whole value in quotes' };
      return { message: 'the fields or list items here do not start at the same column', hint: INDENT_HINT };
    case 'MULTILINE_IMPLICIT_KEY':
      return listItemSlip(source, error.pos[0]) ?? { message: 'a line here is neither a field ("name: value") nor a list item ("- value")', hint: INDENT_HINT };
    case 'UNEXPECTED_TOKEN':
      return { message: 'something on this line does not fit where it stands: often a quoted value followed by more text, or a list item next to fields', hint: 'quote the whole value, and check that "- " items and fields are not mixed at the same indentation' };
    case 'BAD_SCALAR_START':
      return { message: `a value starts with a character YAML reserves (${firstLine(error).replace(/^.*character\s*/, '')})`, hint: 'put the value in quotes' };
    default:
      return { message: firstLine(error).replace(/ at line \d+, column \d+.*$/, ''), hint: 'text with ":", "#", "[" or "{" in it is safest in quotes' };
  }
}

function firstLine(error: YAMLError): string {
  return error.message.split('\n')[0]!;
}

/**
 * A list item's field with a full-width colon or no space after its colon (`- title：Reach 80%`).
 * findSlips leaves list items alone, since a rep's own text may hold such a colon; here the parser
 * has already failed on the line, so the item is read as the field it was meant to be.
 */
function listItemSlip(source: string, offset: number): PlainError | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const line = source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
  const item = /^([ ]*)- (.*)$/.exec(line);
  const slip = item ? findSlips(`${item[1]}  ${item[2]}`)[0] : undefined;
  return slip && { message: slip.message, hint: slip.hint };
}
