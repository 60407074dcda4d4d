/** Reads one note file and validates its front matter against a schema: every problem, at once. */
import type { z } from 'zod';
import { readNoteText } from './read-text.js';
import { splitNote } from './front-matter.js';
import { explainIssues } from './explain.js';
import { readYaml } from './read-yaml.js';
import { isTextField } from './zod-walk.js';
import type { Diagnostic } from './diagnostic.js';
import type { WrittenNumber } from './yaml-lint.js';

export interface Parsed<T> {
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** Where a field is (or its nearest existing parent), for diagnostics raised after schema checks. */
  at(path: (string | number)[]): { line: number; column: number };
  /** Unquoted numbers with the decimals they were written with (4.30: 2), for the precision they are shown with. */
  written?: readonly WrittenNumber[];
}

/** What could be read of a note that failed its schema, so cross-file checks still run on it. */
export interface Partial {
  file: string;
  raw: unknown;
  at(path: (string | number)[]): { line: number; column: number };
}

/** `warnings` are values read, but likely not as meant; a failed result carries them in `diagnostics`. */
export type ParseResult<T> = { ok: true; note: Parsed<T>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[]; partial?: Partial };

export async function parseNote<S extends z.ZodType>(file: string, schema: S): Promise<ParseResult<z.output<S>>> {
  const read = await readNoteText(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
  return parseNoteText(file, read.text, schema);
}

/**
 * A file every rep of a team shares (team.md), parsed once per text: a batch worker or
 * `team-plan` loads it for each rep, and parsing it again each time was most of the cost of
 * loading a rep with few notes. It is still read every time, so an edit is seen (as `watch`
 * needs); only its parse is reused. The result is shared, and no reader changes it.
 */
const shared = new Map<string, { text: string; schema: z.ZodType; result: ParseResult<unknown> }>();

export async function parseSharedNote<S extends z.ZodType>(file: string, schema: S): Promise<ParseResult<z.output<S>>> {
  const read = await readNoteText(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
  const hit = shared.get(file);
  if (hit && hit.text === read.text && hit.schema === schema) return hit.result as ParseResult<z.output<S>>;
  const result = parseNoteText(file, read.text, schema);
  shared.set(file, { text: read.text, schema, result });
  return result;
}

export function parseNoteText<S extends z.ZodType>(file: string, text: string, schema: S): ParseResult<z.output<S>> {
  const split = splitNote(file, text);
  if (!split.ok) return split;
  const { front } = split;
  const yaml = readYaml(file, front.yaml, { isText: (path) => isTextField(schema, path) });
  if (!yaml.ok) return yaml;
  const { data, at, warnings, written } = yaml;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const diagnostics = [...warnings, ...explainIssues(result.error.issues, schema, yaml.located)];
    return { ok: false, diagnostics, partial: { file, raw: data, at } };
  }
  return { ok: true, note: { file, data: result.data, body: front.body, bodyLine: front.bodyLine, at, written }, warnings };
}
