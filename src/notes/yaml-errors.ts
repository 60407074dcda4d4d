/**
 * The YAML parser's errors in plain words with a hint. The parser's own wording ("Nested mappings
 * are not allowed in compact mappings", "please use YAML.parseAllDocuments()") means nothing to a
 * rep, so each error code a note can trip is rewritten; any other keeps its first line.
 */
import type { YAMLError } from 'yaml';

export interface PlainError {
  message: string;
  hint: string;
}

const QUOTE_HINT = 'a value with ": " or " #" in it must be quoted, e.g. why: "queue #3: too long"';
const INDENT_HINT = 'check the indentation: list items start with "- " and nested fields are indented by two spaces';

/** `source` is the YAML text the error's offsets point into, to name a duplicated key. */
export function plainYamlError(error: YAMLError, source: string): PlainError {
  // A full-width space (typed with a Chinese, Japanese or Korean input method) is no indentation to
  // YAML: whatever the parser then says is beside the point.
  if (/^[ \t]*\u3000/.test(lineAt(source, error.pos[0]))) return { message: 'a full-width space "　" is used for indentation', hint: 'indent with ordinary spaces only (two per level)' };
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
      return colonSlip(source, error.pos[0]) ?? { message: 'a line here is neither a field ("name: value") nor a list item ("- value")', hint: INDENT_HINT };
    case 'UNEXPECTED_TOKEN':
      return { message: 'something on this line does not fit where it stands: often a quoted value followed by more text, or a list item next to fields', hint: 'quote the whole value, and check that "- " items and fields are not mixed at the same indentation' };
    case 'BAD_SCALAR_START':
      return { message: `a value starts with a character YAML reserves (${firstLine(error).replace(/^.*character\s*/, '')})`, hint: 'put the value in quotes' };
    default:
      return { message: firstLine(error).replace(/ at line \d+, column \d+.*$/, ''), hint: 'text with ":", "#", "[" or "{" in it is safest in quotes' };
  }
}

/**
 * The two slips behind most "neither a field nor a list item" errors, named on the line the parser
 * stopped at: a full-width colon typed with a Chinese input method (`fcr：66`) and no space after
 * the colon (`fcr:66`, which YAML reads as the text "fcr:66", not a field).
 */
function colonSlip(source: string, offset: number): PlainError | undefined {
  const line = lineAt(source, offset).trim();
  const wide = /^(-\s+)?([^\s:：#][^:：]*?)\s*：\s*(.*)$/.exec(line);
  if (wide) return { message: `the field "${wide[2]}" is followed by a full-width colon "："; YAML needs ":" and a space`, hint: `write ${wide[1] ?? ''}${wide[2]}: ${wide[3]}` };
  const tight = /^(-\s+)?([^\s:#"'][^:]*?):(\S.*)$/.exec(line);
  if (tight) return { message: `there is no space after ":" in "${line}", so it reads as text, not as the field "${tight[2]}"`, hint: `write ${tight[1] ?? ''}${tight[2]}: ${tight[3]}` };
  return undefined;
}

/** The line of `source` that `offset` falls on, without its line break. */
function lineAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

function firstLine(error: YAMLError): string {
  return error.message.split('\n')[0]!;
}
