/**
 * Splits a note into YAML front matter and Markdown body. Front matter is data, never code:
 * gray-matter would evaluate `---js` blocks, so every engine it knows is replaced by a no-op and
 * the YAML is parsed here, by the `yaml` package, keeping source positions for diagnostics.
 */
import matter from 'gray-matter';
import { createRequire } from 'node:module';
import { LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

/** js-yaml 3's safe loader: no JavaScript types, and with the core schema exactly YAML 1.2's data. */
const jsYaml = createRequire(import.meta.url)('js-yaml') as { safeLoad(src: string, opts: { schema: unknown }): unknown; CORE_SCHEMA: unknown };

/** An anchor (&name) lets aliases multiply data; such notes take the `yaml` path, which limits them. */
const ANCHOR = /(^|[\s[{,:-])&[^\s]/m;

const inert = { parse: () => ({}), stringify: () => '' };
const ENGINES = { yaml: inert, json: inert, javascript: inert, js: inert, coffee: inert, coffeescript: inert, toml: inert, cson: inert };

export interface FrontMatter {
  data: unknown;
  /** The parsed YAML with source positions, built on first use: most notes are valid and never need it. */
  located(): { yaml: YamlDocument; position(offset: number): { line: number; column: number } };
  body: string;
  /** 1-based line in the note file where the body starts. */
  bodyLine: number;
}

export type SplitResult = { ok: true; front: FrontMatter } | { ok: false; diagnostics: Diagnostic[] };

/**
 * YAML read the quick way (js-yaml), or undefined when it has anchors or js-yaml refuses it — the
 * caller then parses with `yaml`, which limits aliases and says what is wrong and where.
 */
export function quickYaml(raw: string): unknown {
  if (ANCHOR.test(raw)) return undefined;
  try {
    return jsYaml.safeLoad(raw, { schema: jsYaml.CORE_SCHEMA }) ?? null;
  } catch {
    return undefined;
  }
}

export function splitNote(file: string, text: string): SplitResult {
  const err = (line: number, column: number, message: string, hint?: string): SplitResult => ({
    ok: false,
    diagnostics: [{ file, line, column, field: '', message, hint, severity: 'error' }],
  });
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---')) {
    return err(1, 1, 'has no front matter', 'start the note with a line "---", the YAML fields, then another "---"');
  }
  const { language, raw, body } = splitMatter(normalized);
  if (language !== 'yaml') {
    return err(1, 4, `declares its front matter as "${language}"; only YAML is read`, 'remove the word after the first --- so it reads just "---"');
  }
  const afterOpen = normalized.indexOf('\n');
  const hasClose = normalized.indexOf('\n---', afterOpen) !== -1;
  if (!hasClose) {
    return err(1, 1, 'front matter is not closed', 'add a line "---" after the last YAML field');
  }
  const matterLines = raw.split('\n').length;
  // Fast path: js-yaml is several times quicker than `yaml` and most notes are valid. Anything it
  // refuses, and anything with anchors, goes through `yaml` for positioned, limited parsing.
  const quick = quickYaml(raw);
  if (quick !== undefined) {
    let cached: ReturnType<FrontMatter['located']> | undefined;
    return { ok: true, front: { data: quick ?? {}, located: () => (cached ??= locate(raw)), body, bodyLine: matterLines + 2 } };
  }
  const { yaml, position } = locate(raw);
  // Warnings (an unknown !!tag, say) are errors here: a note's data must mean exactly what it says.
  // One report per line: a single slip often trips several parser rules at once.
  const seenLines = new Set<number>();
  const problems = [...yaml.errors, ...yaml.warnings].filter((e) => {
    const line = position(e.pos[0]).line;
    if (seenLines.has(line)) return false;
    seenLines.add(line);
    return true;
  });
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((e) => {
        const p = position(e.pos[0]);
        return { file, line: p.line, column: p.column, field: '', message: `YAML cannot be read: ${plainYamlError(e.message)}`, hint: yamlHint(e.code), severity: 'error' as const };
      }),
    };
  }
  let data: unknown;
  try {
    data = yaml.toJS({ maxAliasCount: 50 }) ?? {};
  } catch {
    // The yaml package refuses alias chains that would expand without bound.
    return err(1, 1, 'YAML cannot be read: too many aliases (*name) expand into too much data', 'write the values out instead of repeating anchors');
  }
  return { ok: true, front: { data, located: () => ({ yaml, position }), body, bodyLine: matterLines + 2 } };
}

/**
 * The front matter's language, raw text and the body after it. A note opening with a bare "---" line
 * (nearly all) is split here exactly as gray-matter would, without its per-call option merging and
 * a Buffer copy of the whole note; any other opening ("---js", "----") is left to gray-matter.
 */
function splitMatter(normalized: string): { language: string; raw: string; body: string } {
  if (normalized.startsWith('---\n')) {
    const rest = normalized.slice(3);
    const close = rest.indexOf('\n---');
    // Unclosed front matter is reported before the body is used.
    if (close === -1) return { language: 'yaml', raw: rest, body: '' };
    const body = rest.slice(close + 4);
    return { language: 'yaml', raw: rest.slice(0, close), body: body.startsWith('\n') ? body.slice(1) : body };
  }
  const parsed = matter(normalized, { engines: ENGINES, language: 'yaml' });
  return { language: (parsed as { language?: string }).language ?? 'yaml', raw: (parsed as { matter?: string }).matter ?? '', body: parsed.content };
}

function plainYamlError(message: string): string {
  if (message.startsWith('Unresolved tag')) return `the tag ${message.replace(/^.*tag:yaml\.org,2002:/, '!!').split('\n')[0]} is not allowed; front matter is plain data`;
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

function yamlHint(code: string): string {
  switch (code) {
    case 'TAG_RESOLVE_FAILED':
      return 'remove the !!tag and write the value as plain text, a number or a list';
    case 'DUPLICATE_KEY':
      return 'each field may appear once; merge the two entries';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: list items start with "- " and nested fields are indented by two spaces';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value with ":" or "#" in it must be quoted, e.g. why: "queue #3: too long"';
    default:
      return 'text with ":", "#", "[" or "{" in it is safest in quotes';
  }
}

/** `raw` starts right after the opening "---" (with the rest of that first line), so offset 0 is on line 1. */
function locate(raw: string): { yaml: YamlDocument; position(offset: number): { line: number; column: number } } {
  const lines = new LineCounter();
  const yaml = parseDocument(raw, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const position = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return { yaml, position };
}
