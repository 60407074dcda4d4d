/**
 * Checks a parsed YAML document for what parses cleanly but likely does not mean what the writer
 * meant: numbers written with a leading zero or in octal/hex, text cut short by a " #" that YAML
 * reads as a comment, and a list item indented too far, which YAML reads as more of the text above. One walk over the nodes, without following aliases, so an alias bomb
 * costs nothing here.
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';

export type YamlPath = (string | number)[];

export interface Finding {
  /** Offset into the YAML source. */
  offset: number;
  path: YamlPath;
  input: string;
  message: string;
  hint: string;
}

/** A number as the writer typed it: `decimals` counts the digits written after the point, so 4.30 has 2 though it reads as 4.3. */
export interface WrittenNumber {
  path: YamlPath;
  decimals: number;
  /** Written with more decimals than the number needs (4.30, 85.0): a precision the value alone has lost. */
  padded: boolean;
}

export interface LintResult {
  findings: Finding[];
  /** Every plain (unquoted) number, in document order, with the decimals it was written with. */
  numbers: WrittenNumber[];
  /** Every alias (*name), in document order: where an alias bomb or a dangling alias is reported. */
  aliases: Alias[];
}

export function lintYaml(doc: Document, source: string, isText: (path: YamlPath) => boolean): LintResult {
  const findings: Finding[] = [];
  const aliases: Alias[] = [];
  const numbers: WrittenNumber[] = [];
  // Iterative, like the depth check before it: nothing here recurses as deep as the input.
  const stack: { node: unknown; path: YamlPath }[] = [{ node: doc.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isAlias(node)) {
      aliases.push(node);
      continue;
    }
    if (isMap(node) || isSeq(node)) {
      const children: { node: unknown; path: YamlPath }[] = isSeq(node)
        ? node.items.map((item, i) => ({ node: item, path: [...path, i] }))
        : node.items.map((pair) => ({ node: pair.value, path: [...path, isScalar(pair.key) ? String(pair.key.value) : '?'] }));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    if (isScalar(node) && node.type === 'PLAIN' && node.range) {
      if (typeof node.value === 'number') {
        const finding = checkNumber(node, source, path);
        if (finding) findings.push(finding);
        numbers.push({ path, ...writtenDigits(source.slice(node.range[0], node.range[1])) });
      } else if (typeof node.value === 'string') {
        for (const check of [checkCutText, checkMergedItem]) {
          const finding = check(node as Node & { value: string }, source, path, isText);
          if (finding) findings.push(finding);
        }
      }
    }
  }
  findings.sort((a, b) => a.offset - b.offset);
  return { findings, aliases, numbers };
}

/**
 * Decimals in a number as typed: YAML reads 4.30 as 4.3, but the writer said two digits, and a
 * figure is shown as precisely as it was written. 4.30e1 is 43.0 (one decimal); 0x1F and 071 none.
 * Padded: the last decimal is a zero, which the number itself has lost (read from the text, so a
 * hundred typed decimals cost nothing).
 */
export function writtenDigits(text: string): { decimals: number; padded: boolean } {
  const m = /^[-+]?\d*\.(\d*)(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!m) return { decimals: 0, padded: false };
  const decimals = Math.max(0, m[1]!.length - Number(m[2] ?? 0));
  return { decimals, padded: decimals > 0 && m[1]!.endsWith('0') };
}

/**
 * YAML 1.2 reads 071 as 71 and 0x10 as 16. YAML 1.1 (and the js-yaml reader used before) read 071
 * as 57, so the same note meant different figures in different tools: say how it is read.
 */
function checkNumber(node: Node & { value?: unknown }, source: string, path: YamlPath): Finding | undefined {
  const written = source.slice(node.range![0], node.range![1]);
  const base = /^0o/i.test(written) ? ' (0o is octal)' : /^0x/i.test(written) ? ' (0x is hexadecimal)' : /^[-+]?0\d/.test(written) ? '' : undefined;
  if (base === undefined) return undefined;
  const value = String(node.value);
  return { offset: node.range![0], path, input: written, message: `is read as ${value}${base}`, hint: `write ${value}, or quote it if it is text` };
}

/**
 * Text cut by a comment: in `- 고객 #3 응대` YAML ends the value at " #", so the item reads "고객".
 * A deliberate comment is, by the usual style (and the README's examples), set off by two or more
 * spaces and begins "# ". So a comment right after plain text in a free-text field is reported when
 * it follows a single space, or when "#" is directly followed by a word ("#3", "#billing"): there
 * the "#" is far more likely part of the text. Numbers, ids, dates, enums, quoted values and
 * comments on their own line are never reported.
 */
function checkCutText(node: Node & { value: string }, source: string, path: YamlPath, isText: (path: YamlPath) => boolean): Finding | undefined {
  const end = node.range![1];
  let hash = end;
  while (source[hash] === ' ' || source[hash] === '\t') hash++;
  if (source[hash] !== '#' || hash === end) return undefined;
  const lineEnd = source.indexOf('\n', hash);
  const comment = source.slice(hash, lineEnd === -1 ? source.length : lineEnd).trimEnd();
  const looksLikeText = hash - end === 1 || /^#[^\s#]/.test(comment);
  if (!looksLikeText || !isText(path)) return undefined;
  const whole = `${node.value}${source.slice(end, hash)}${comment}`;
  return {
    offset: hash,
    path,
    input: JSON.stringify(node.value),
    message: `is cut short: YAML reads "${comment}" as a comment, so the text is only "${node.value}"`,
    hint: `quote the value: ${quote(whole)}; a comment meant as one is written after two spaces, as "  # words"`,
  };
}

/**
 * A list item indented further than the one above is no item: YAML reads "- one" and, on the next
 * line, "    - two" as the one text "one - two", and the list has one entry where the writer meant
 * two. A line of a free-text value that begins with "- " is reported, at that line.
 */
function checkMergedItem(node: Node & { value: string }, source: string, path: YamlPath, isText: (path: YamlPath) => boolean): Finding | undefined {
  const [start, end] = node.range!;
  const dash = /\n[ \t]*-[ \t]/.exec(source.slice(start, end));
  if (!dash || !isText(path)) return undefined;
  const offset = start + dash.index + dash[0].indexOf('-');
  return {
    offset,
    path,
    input: JSON.stringify(node.value),
    message: 'goes on over the next line, which starts with "- " but is indented further than this item: YAML reads the two lines as one text, not as two items',
    hint: 'start the "- " in the same column as the "- " above it to make it an item of its own, or quote the text if the dash belongs to it',
  };
}

/** The value in double quotes, or single quotes when it holds a double quote or backslash. */
function quote(text: string): string {
  return /["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}
