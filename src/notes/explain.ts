/**
 * Turns zod issues into Diagnostics in plain words, located at the YAML node they concern.
 * Library wording never reaches the user: each issue kind is rewritten with a hint.
 */
import type { z } from 'zod';
import { isMap, isPair, isScalar, type Document as YamlDocument, type Node } from 'yaml';
import { formatPath, showValue, type Diagnostic } from './diagnostic.js';
import { closest } from './did-you-mean.js';
import { child, defOf, unwrap } from './zod-walk.js';

type Issue = z.core.$ZodIssue;

export interface Located {
  file: string;
  yaml: YamlDocument;
  position(offset: number): { line: number; column: number };
}

export function explainIssues(issues: readonly Issue[], schema: z.ZodType, at: Located): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        out.push({
          ...locateKey(at, issue.path, key),
          field: formatPath([...issue.path, key]),
          message: `"${key}" is not a known field`,
          hint: guess ? `did you mean "${guess}"?` : known.length ? `known fields here: ${known.join(', ')}` : undefined,
          severity: 'error',
        });
      }
      continue;
    }
    const { message, hint } = describe(issue);
    const input = 'input' in issue ? issue.input : undefined;
    out.push({ ...locate(at, issue.path), field: formatPath(issue.path), input: shownInput(input), message, hint, severity: 'error' });
  }
  return out;
}

/** The value as found; a count with its total is shown as written, since "a mapping" hides the slip (760 of 700). */
function shownInput(input: unknown): string | undefined {
  if (typeof input === 'object' && input !== null && 'count' in input && 'of' in input) {
    const { count, of } = input as { count: unknown; of: unknown };
    if (typeof count === 'number' && typeof of === 'number') return `{count: ${count}, of: ${of}}`;
  }
  return showValue(input);
}

function describe(issue: Issue): { message: string; hint?: string } {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.message === 'share-of' || issue.message === 'share-over') return formatMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { message: 'is required but missing', hint: hintForMissing(issue.path) };
      if (input === null) return { message: 'is empty', hint: 'give a value, or remove the line' };
      if (issue.expected === 'number' && looksNumeric(input)) return plainNumber(input);
      return { message: `must be ${article(issue.expected)}, not ${kindOf(input)}`, hint: typeHint(issue.expected, input) ?? (issue.expected === 'number' ? wordsForNumberHint(input, issue.path) : undefined) };
    case 'invalid_value':
      return { message: `must be one of: ${issue.values.map(String).join(', ')}`, hint: guessEnum(input, issue.values) };
    case 'invalid_format':
    case 'custom':
      return formatMessage(issue.message);
    case 'too_small':
      if (issue.origin === 'string') return { message: 'is empty', hint: 'write some text, or remove the line' };
      if (issue.origin === 'array') return { message: `needs at least ${String(issue.minimum)} item(s)` };
      return { message: `must be at least ${String(issue.minimum)}`, hint: rangeHint(issue.path, `${String(issue.minimum)} or more`) };
    case 'too_big':
      if (issue.origin === 'string') return { message: `is longer than ${String(issue.maximum)} characters`, hint: 'shorten it; long text belongs in the note body below the front matter' };
      if (issue.origin === 'array') return { message: `has more than ${String(issue.maximum)} items`, hint: 'keep the list to what matters this month' };
      return { message: `must be at most ${String(issue.maximum)}`, hint: rangeHint(issue.path, `${String(issue.maximum)} or less`) };
    case 'invalid_union': {
      if (looksNumeric(input)) return plainNumber(input);
      if (issue.path[issue.path.length - 2] === 'actuals') {
        if (input === null) return { message: 'is empty', hint: 'give a value, or remove the line' };
        // A value that is not a mapping was meant as a number: say what is wrong with it as one.
        if (input !== null && typeof input !== 'object') return { message: `must be a number, not ${kindOf(input)}`, hint: typeHint('number', input) ?? 'write a plain number such as 76' };
        return { message: 'must be a number, or a count with its total', hint: 'e.g. completeness: 76, or completeness: {count: 993, of: 1460} for 993 of 1,460' };
      }
      return { message: 'must be text, or a mapping of locale to text', hint: 'e.g. name: Record completeness, or name: {en: Record completeness, zh-CN: 客户资料完整率}' };
    }
    default:
      return { message: 'has an invalid value' };
  }
}

/** "5%" or "76" in quotes: a number written as text. */
function looksNumeric(input: unknown): input is string {
  return typeof input === 'string' && /^\s*-?[\d.]+\s*%?\s*$/.test(input);
}

function plainNumber(input: string): { message: string; hint: string } {
  return { message: 'must be a plain number', hint: `write ${input.replace(/[%\s]/g, '')} without quotes or "%"; the unit comes from the metric` };
}

/** Our own regex messages are short codes; turn them into sentences. */
function formatMessage(code: string): { message: string; hint?: string } {
  switch (code) {
    case 'date':
      return { message: 'is not a date', hint: 'write dates as YYYY-MM-DD, e.g. 2026-09-30' };
    case 'month':
      return { message: 'is not a month', hint: 'write months as YYYY-MM, e.g. 2026-09' };
    case 'period':
      return { message: 'is not a plan period', hint: 'write a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2)' };
    case 'no-such-date':
      return { message: 'is not a day of the calendar', hint: 'check the day of the month, e.g. September has 30 days' };
    case 'id':
      return { message: 'is not a valid id', hint: 'ids use lowercase letters, digits, "-" and "_", e.g. record-completeness' };
    case 'empty':
      return { message: 'is empty', hint: 'write some text, or remove the line' };
    case 'too-long':
      return { message: 'is too long', hint: 'shorten it; long text belongs in the note body below the front matter' };
    case 'share-of':
      return { message: 'must be more than 0', hint: 'of: is the whole the count is part of, e.g. {count: 993, of: 1460}' };
    case 'share-over':
      return { message: 'has a count larger than its total', hint: 'count: is the part and of: the whole, e.g. {count: 993, of: 1460}' };
    default:
      return { message: code };
  }
}

/** A self-rating's scale, as the summary prints it: the usual slip is a 6, a 0 or a 三. */
const RATING_HINT = 'a rating is a whole number from 1 (needs work) to 5 (a strength)';
const isRating = (path: readonly PropertyKey[]) => path[0] === 'ratings';

function rangeHint(path: readonly PropertyKey[], allowed: string): string {
  return isRating(path) ? RATING_HINT : `write ${allowed}`;
}

/** Chinese numerals a rep may type for a small number (三 for 3) with an input method on. */
const CHINESE_DIGITS = '〇一二三四五六七八九十';

function typeHint(expected: string, input: unknown): string | undefined {
  if (expected === 'array') return 'write a list, one item per line starting with "- "';
  if (expected === 'string' && typeof input === 'object' && input !== null && !Array.isArray(input)) {
    return 'text with ": " in it reads as a field; put the whole text in quotes, e.g. - "Phone technique: listen first"';
  }
  if (expected === 'string') return 'put the text in quotes';
  if (expected === 'number' && typeof input === 'number') return 'write an ordinary number, e.g. 85';
  if (expected === 'number' && typeof input === 'string' && /^\s*\d+(:[0-5]?\d){1,2}\s*$/.test(input)) {
    // YAML 1.1 read 1:10 as 70 (base 60); YAML 1.2 reads it as text. Say so, and what it likely meant.
    const parts = input.trim().split(':').map(Number);
    const seconds = parts.reduce((sum, part) => sum * 60 + part, 0);
    const meant = parts.length === 2 ? `${parts[0]} min ${parts[1]} s` : `${parts[0]} h ${parts[1]} min ${parts[2]} s`;
    return `YAML reads ${input.trim()} as text; write one plain number in the metric's unit, e.g. ${seconds} if it means ${meant} in seconds`;
  }
  return undefined;
}

/** A number written in words or characters ("high", "abc", 三): what to type instead. */
function wordsForNumberHint(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const digit = input.trim().length === 1 ? CHINESE_DIGITS.indexOf(input.trim()) : -1;
  if (digit >= 0) return `write ${digit} in digits, not ${input.trim()}`;
  return isRating(path) ? RATING_HINT : 'write the number in digits, without quotes, e.g. 85';
}

function hintForMissing(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  return `add a line "${String(last)}: ..."`;
}

function guessEnum(input: unknown, values: readonly unknown[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const guess = closest(input, values.map(String));
  // Without a close spelling the rep still needs to know what to do, not only what is allowed.
  return guess ? `did you mean "${guess}"?` : `replace "${input}" with the one of these words that fits, spelled as listed`;
}

function article(kind: string): string {
  const names: Record<string, string> = { number: 'a number', string: 'text', array: 'a list', object: 'a mapping of fields', boolean: 'true or false', date: 'a date' };
  return names[kind] ?? kind;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping of fields';
  if (typeof value === 'string') return 'text';
  // YAML reads .inf and .nan as numbers; "must be a number, not a number" would contradict itself.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '"not a number" (.nan)' : 'infinity (.inf)';
  return `a ${typeof value}`;
}

/** The deepest YAML node that exists on the path, so a missing field points at its parent. */
function locate(at: Located, path: readonly PropertyKey[]): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  for (let n = path.length; n >= 0; n--) {
    const node = at.yaml.getIn(path.slice(0, n) as (string | number)[], true) as Node | undefined;
    if (node && (node as Node).range) return { file: at.file, ...at.position((node as Node).range![0]) };
  }
  return { file: at.file, line: 1, column: 1 };
}

function locateKey(at: Located, path: readonly PropertyKey[], key: string): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  const parent = path.length ? at.yaml.getIn(path as (string | number)[], true) : at.yaml.contents;
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
        return { file: at.file, ...at.position(pair.key.range[0]) };
      }
    }
  }
  return locate(at, path);
}

/** Field names the schema accepts at a path, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const part of path) node = child(unwrap(node), part as string | number);
  const def = defOf(unwrap(node));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}
