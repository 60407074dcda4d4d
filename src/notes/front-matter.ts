/**
 * Splits a note into its YAML front matter (as text) and Markdown body, with gray-matter. Front
 * matter is data, never code: gray-matter would evaluate a `---js` block, so every engine it knows
 * is replaced by an inert one, and the YAML is read afterwards by the one reader (read-yaml.ts).
 *
 * gray-matter keeps a process-wide cache keyed by the note's text, and on a hit hands back a
 * shallow copy of the first result: a failed parse is "remembered" as a success and the `matter`
 * text is missing (gray-matter issues #121, #166, #174). It only reads or fills that cache when no
 * options are given, so every call here passes options; a test checks the cache stays empty.
 */
import matter from 'gray-matter';
import type { Diagnostic } from './diagnostic.js';

/** Parses nothing and runs nothing: the YAML is read by read-yaml.ts, other languages are refused. */
const inert = { parse: () => ({}), stringify: () => '' };
/** Every engine gray-matter 4 ships or aliases, so no language after "---" reaches real code. */
const ENGINES = { yaml: inert, yml: inert, json: inert, javascript: inert, js: inert, coffee: inert, coffeescript: inert, cson: inert, toml: inert };

export interface FrontMatter {
  /** The YAML between the "---" lines; its line 1 is the note's line 1 (the rest of the opening line). */
  yaml: string;
  body: string;
  /** 1-based line in the note file where the body starts. */
  bodyLine: number;
}

export type SplitResult = { ok: true; front: FrontMatter } | { ok: false; diagnostics: Diagnostic[] };

export function splitNote(file: string, text: string): SplitResult {
  const err = (line: number, column: number, message: string, hint?: string): SplitResult => ({
    ok: false,
    diagnostics: [{ file, line, column, field: '', message, hint, severity: 'error' }],
  });
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---')) {
    return err(1, 1, 'has no front matter', 'start the note with a line "---", the YAML fields, then another "---"');
  }
  const firstLine = normalized.slice(3).split('\n', 1)[0]!;
  // gray-matter would take "----" for no front matter at all and read the whole note as body.
  if (firstLine.startsWith('-')) {
    return err(1, 1, 'opens its front matter with more than three dashes', 'the first line must be exactly "---"');
  }
  if (normalized.indexOf('\n---', 3) === -1) {
    return err(1, 1, 'front matter is not closed', 'add a line "---" after the last YAML field');
  }
  const split = splitFrontMatter(normalized);
  if (!split.ok) {
    return err(1, 4, `declares its front matter as "${split.language}"; only YAML is read`, 'remove the word after the first --- so it reads just "---"');
  }
  // The opening line and the front matter's other lines, then the closing line, come before the body.
  // A body of blank lines only (a note ending in an empty line after the closing ---) is no body, so
  // the documents print no empty "reflection" heading for it.
  const body = split.body.trim() === '' ? '' : split.body;
  return { ok: true, front: { yaml: split.yaml, body, bodyLine: split.yaml.split('\n').length + 2 } };
}

/**
 * gray-matter's split of a note that starts with "---", with inert engines. Any language but YAML
 * is refused: gray-matter parses it with an inert engine (a known one) or throws (an unknown one,
 * "---whatever"), and in neither case does any code in the note run.
 */
export function splitFrontMatter(note: string): { ok: true; yaml: string; body: string } | { ok: false; language: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(note, { engines: ENGINES, language: 'yaml' });
  } catch {
    // gray-matter throws only for a language it has no engine for.
    return { ok: false, language: note.slice(3).split('\n', 1)[0]!.trim() };
  }
  if (!/^(yaml|yml)$/i.test(parsed.language)) return { ok: false, language: parsed.language };
  return { ok: true, yaml: parsed.matter, body: parsed.content };
}
