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
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { formatPath } from './diagnostic.js';
import type { Located } from './explain.js';
import { MAX_NOTE_BYTES } from './read-text.js';
import { plainYamlError } from './yaml-errors.js';
import { lintYaml, type YamlPath } from './yaml-lint.js';

/** Far deeper than any workplan file (a framework's groups[].items[].name.en is 4), far below the stack. */
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
  const yaml = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core', version: '1.2', merge: false });
  const position = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostic = (offset: number, field: string, message: string, hint: string | undefined, severity: Diagnostic['severity'], input?: string): Diagnostic => ({ file, ...position(offset), field, input, message, hint, severity });

  // Warnings (an unknown !!tag, say) are errors here: the data must mean exactly what it says.
  // One report per line: a single slip often trips several parser rules at once.
  const seenLines = new Set<number>();
  const problems = [...yaml.errors, ...yaml.warnings].filter((e) => {
    const line = position(e.pos[0]).line;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
  if (problems.length) {
    return fail(
      problems.map((e) => {
        const plain = plainYamlError(e, source);
        return diagnostic(e.pos[0], '', `YAML cannot be read: ${plain.message}`, plain.hint, 'error');
      }),
    );
  }

  const lint = lintYaml(yaml, source, options.isText ?? (() => true), MAX_YAML_DEPTH);
  const found = lint.findings.map((f) => diagnostic(f.offset, formatPath(f.path), f.message, f.hint, f.severity, f.input || undefined));
  const warnings = found.filter((d) => d.severity === 'warning');
  if (found.length !== warnings.length) return fail(found);

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
      ...found,
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
  return { ok: true, data, warnings, at, located: { file, yaml, position } };
}
