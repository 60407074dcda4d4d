/** A problem found in a note: data, not an exception, so every problem can be reported at once. */
import { basename } from 'node:path';
import { compareText } from '../text/compare-text.js';

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole. */
  line: number;
  column: number;
  /** Dotted field path, e.g. `goals[1].metric`; empty for the file as a whole. */
  field: string;
  /** The value found, shortened for display; undefined when nothing was there. */
  input?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  /**
   * What the problem follows from when many notes can share it: one metric missing from team.md
   * is one mistake, however many notes name the metric. A report shows the first such problem
   * and counts the notes that repeat it (src/cli/report.ts). Plain data: it crosses worker threads.
   */
  rootCause?: RootCause;
}

export interface RootCause {
  kind: 'metric' | 'competency';
  /** The id the notes name (a metric id; framework id and competency id). */
  key: string;
}

/** Formats a field path the way a user reads it: goals[1].actions[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** Shows a found value in one short line. */
export function showValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value);
  else if (value instanceof Date) s = value.toISOString().slice(0, 10);
  else if (typeof value === 'object' && value !== null) s = Array.isArray(value) ? `a list of ${value.length}` : 'a mapping';
  else s = String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

/** Files other files depend on come first (team.md and YAML files, then rep.md, then notes), so the mistake the rest follow from is read first. */
function fileRank(file: string): number {
  const name = basename(file);
  if (name === 'team.md' || /\.ya?ml$/.test(name)) return 0;
  if (name === 'rep.md') return 1;
  return 2;
}

/**
 * The order problems are reported in, on screen and in `--json`: root files first, then by file,
 * line and column. A batch's workers finish in no fixed order, so without it the same run could
 * list the same problems differently.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return fileRank(a.file) - fileRank(b.file) || compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
