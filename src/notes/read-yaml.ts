/**
 * The one way workplan reads YAML: notes' front matter, rep.md, team.md and the competency
 * framework all come through here, so a value means the same in every file.
 *
 * - YAML 1.2, core schema: 071 is 71, 1:10 is text, yes is text; no JavaScript or custom types.
 * - Guarded: duplicate keys are errors, aliases are limited (an alias bomb is an input error),
 *   and size and nesting are bounded.
 * - Parsed once, with positions: the same Document answers "where is this field?" for every
 *   diagnostic raised later, so nothing is parsed twice.
 */
import { Composer, LineCounter, Parser, YAMLParseError, type Document, type CST } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import type { Located } from './explain.js';
import { MAX_NOTE_BYTES } from './read-text.js';
import { plainYamlError } from './yaml-errors.js';
import { lintYaml, type WrittenNumber, type YamlPath } from './yaml-lint.js';
import { findSlips } from './yaml-slips.js';

/** Far deeper than any workplan file needs (the framework's groups → items → name per locale is 6), far below the stack. */
export const MAX_YAML_DEPTH = 16;
/** The `yaml` package's measure of alias expansion; a file that needs more is not hand-written. */
export const MAX_ALIAS_COUNT = 50;

export interface YamlRead {
  ok: true;
  /** The data; an empty document is an empty mapping, so the schema names each missing field. */
  data: unknown;
  /** Values read, but likely not as meant (a leading zero, text cut by " #"). */
  warnings: Diagnostic[];
  /** Where the node at a path (or its nearest existing parent) starts. */
  at(path: readonly (string | number)[]): { line: number; column: number };
  /** The parsed document with positions, for schema diagnostics. */
  located: Located;
  /** Every unquoted number with the decimals it was written with (4.30: 2), which the data (4.3) has lost. */
  written: WrittenNumber[];
}

export type YamlResult = YamlRead | { ok: false; diagnostics: Diagnostic[] };

export interface ReadYamlOptions {
  /** Whether the field at a path holds free text; by default every string does. */
  isText?: (path: YamlPath) => boolean;
}

/**
 * Reads `source` (the YAML text of `file`; its line 1 must be the file's line 1, which holds for a
 * front matter that starts right after the opening "---").
 */
export function readYaml(file: string, source: string, options: ReadYamlOptions = {}): YamlResult {
  const fail = (diagnostics: Diagnostic[]): YamlResult => ({ ok: false, diagnostics });
  if (source.length > MAX_NOTE_BYTES) {
    return fail([{ file, line: 0, column: 0, field: '', message: `holds more than ${MAX_NOTE_BYTES / 1024} KiB of YAML`, hint: 'split it, or check that this is the right file', severity: 'error' }]);
  }
  const lines = new LineCounter();
  const position = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostic = (offset: number, field: string, message: string, hint: string | undefined, severity: Diagnostic['severity'], input?: string): Diagnostic => ({ file, ...position(offset), field, input, message, hint, severity });

  // The `yaml` package builds its syntax tree without recursion, but composes the Document by
  // recursing once per level: thousands of levels overflow the stack, sometimes inside V8's regex
  // compiler, which aborts the process. So the depth is checked on the tree first. A linear scan
  // refuses a bracket bomb before even that: building the tree of 200,000 "[" takes seconds.
  const openers = runOfOpeners(source);
  if (openers !== undefined) {
    const lineStart = source.lastIndexOf('\n', openers - 1) + 1;
    const line = source.slice(0, lineStart).split('\n').length;
    return fail([{ ...tooDeepError(file, MAX_YAML_DEPTH), line, column: openers - lineStart + 1 }]);
  }
  const tokens = [...new Parser(lines.addNewLine).parse(source)];
  const deep = deepestCollection(tokens, MAX_YAML_DEPTH);
  if (deep !== undefined) return fail([{ ...tooDeepError(file, MAX_YAML_DEPTH), ...position(deep) }]);
  const yaml = composeOne(tokens, source.length);

  // Warnings (an unknown !!tag, say) are errors here: the data must mean exactly what it says.
  // One report per line: a single slip often trips several parser rules at once.
  const seenLines = new Set<number>();
  const problems = [...yaml.errors, ...yaml.warnings].filter((e) => {
    const line = position(e.pos[0]).line;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
  // A hand-typing slip is named as such, and the parser's or the schema's reading of it is not
  // reported on top: they describe what YAML made of the slip ("actuals: is empty").
  const slips = findSlips(source);
  const slipLines = new Set(slips.map((s) => s.line));
  const slipErrors = slips.map((s): Diagnostic => ({ file, line: s.line, column: s.column, field: '', input: s.input, message: s.message, hint: s.hint, severity: 'error' }));
  if (problems.length || slips.length) {
    return fail([
      ...slipErrors,
      ...problems
        .filter((e) => !slipLines.has(position(e.pos[0]).line))
        .map((e) => {
          const plain = plainYamlError(e, source);
          return diagnostic(e.pos[0], '', `YAML cannot be read: ${plain.message}`, plain.hint, 'error');
        }),
    ]);
  }

  const lint = lintYaml(yaml, source, options.isText ?? (() => true));
  const warnings = lint.findings.map((f) => diagnostic(f.offset, formatPath(f.path), f.message, f.hint, 'warning', f.input));

  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (e) {
    // The `yaml` package throws a ReferenceError for an alias to no anchor and for aliases that
    // expand beyond maxAliasCount; both are the file's fault, not the program's.
    if (!(e instanceof ReferenceError)) throw e;
    const unresolved = /Unresolved alias/.test(e.message);
    const alias = unresolved ? lint.aliases.find((a) => !a.resolve(yaml)) : lint.aliases[0];
    const where = alias?.range?.[0] ?? 0;
    return fail([
      ...warnings,
      unresolved
        ? diagnostic(where, '', 'YAML cannot be read: an alias (*name) refers to no anchor (&name) set before it', 'set the anchor before the alias, or write the value out', 'error')
        : diagnostic(where, '', 'YAML cannot be read: aliases (*name) expand into too much data', 'write the values out instead of repeating anchors', 'error'),
    ]);
  }

  const at = (path: readonly (string | number)[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = yaml.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return position(node.range[0]);
    }
    return { line: 1, column: 1 };
  };
  return { ok: true, data, warnings, at, located: { file, yaml, position }, written: lint.numbers };
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true, schema: 'core', version: '1.2', merge: false } as const;

function tooDeepError(file: string, max: number): Diagnostic {
  return { file, line: 0, column: 0, field: '', message: `YAML cannot be read: lists or mappings are nested more than ${max} levels deep`, hint: 'lists and fields nest a few levels at most; check the indentation and stray "[", "{" or "- "', severity: 'error' };
}

/** What parseDocument does, from tokens already checked: the first document, and an error for any other. */
function composeOne(tokens: CST.Token[], end: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(OPTIONS).compose(tokens, true, end)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/** Offset of the first collection nested deeper than `max` in the syntax tree, walked without recursion. */
function deepestCollection(tokens: CST.Token[], max: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  let found: number | undefined;
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= max) {
        found = Math.min(found ?? token.offset, token.offset);
        continue;
      }
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return found;
}

/**
 * Offset of a bracket that opens more than 4 × MAX_YAML_DEPTH levels, counting "[" and "{" against
 * "]" and "}" over the whole text. Text holding brackets of its own never comes near (it would
 * need dozens left open), so this refuses only bracket bombs, in linear time.
 */
function runOfOpeners(source: string): number | undefined {
  let open = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++open > 4 * MAX_YAML_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && open > 0) open--;
  }
  return undefined;
}
