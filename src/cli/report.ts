/**
 * Prints diagnostics grouped by file, in plain words with hints, root causes first: the files other
 * files read (team.md, the framework, then each rep.md) before the notes, and a problem many notes
 * share (a metric missing from team.md) once, with the number of notes that repeat it.
 */
import { relative } from 'node:path';
import { compareDiagnostics, type Diagnostic, type RootCause } from '../notes/diagnostic.js';

/** How many of the notes that repeat a root cause are named after the count. */
const NAMED = 3;

/** The line under a folded problem: "…and 12 more notes use this metric: a.md, b.md, c.md, …". */
function repeatedBy(kind: RootCause['kind'], files: readonly string[]): string {
  const n = files.length;
  const verb = kind === 'metric' ? (n === 1 ? 'uses this metric' : 'use this metric') : n === 1 ? 'rates this competency' : 'rate this competency';
  const named = files.slice(0, NAMED).join(', ') + (n > NAMED ? ', …' : '');
  return `…and ${n} more ${n === 1 ? 'note' : 'notes'} ${verb}: ${named}`;
}

interface Shown {
  d: Diagnostic;
  /** The other files repeating this problem's root cause (relative paths), folded under it. */
  repeatedIn: string[];
}

export function formatDiagnostics(diags: readonly Diagnostic[], cwd = process.cwd()): string {
  const shownPath = (file: string) => relative(cwd, file) || file;
  const ordered = dedupe(diags).sort(compareDiagnostics);
  const shown = foldRootCauses(ordered, shownPath);
  const lines: string[] = [];
  for (const { d, repeatedIn } of shown) {
    const file = shownPath(d.file);
    const where = d.line > 0 ? (d.column > 0 ? `${file}:${d.line}:${d.column}` : `${file}:${d.line}`) : file;
    const field = d.field ? ` ${d.field}` : '';
    const found = d.input !== undefined ? ` (found ${d.input})` : '';
    lines.push(`${where}  ${d.severity}${field}: ${d.message}${found}`);
    if (d.hint) lines.push(`    hint: ${d.hint}`);
    if (repeatedIn.length && d.rootCause) lines.push(`    ${repeatedBy(d.rootCause.kind, repeatedIn)}`);
  }
  return lines.join('\n');
}

/**
 * Keeps the first problem of each root cause and folds the same problem in other files under it.
 * The same cause is the same kind, key and hint: the hint names the metrics known where the note
 * is, so a metric missing from one team is not folded with the same id missing from another.
 * Repeats inside the first file stay: they are lines of the file being read.
 */
function foldRootCauses(ordered: readonly Diagnostic[], shownPath: (file: string) => string): Shown[] {
  const leads = new Map<string, Shown>();
  const out: Shown[] = [];
  for (const d of ordered) {
    if (!d.rootCause) {
      out.push({ d, repeatedIn: [] });
      continue;
    }
    const key = `${d.severity}\0${d.rootCause.kind}\0${d.rootCause.key}\0${d.hint ?? ''}`;
    const lead = leads.get(key);
    if (!lead || lead.d.file === d.file) {
      const shown = { d, repeatedIn: [] };
      if (!lead) leads.set(key, shown);
      out.push(shown);
      continue;
    }
    const file = shownPath(d.file);
    if (!lead.repeatedIn.includes(file)) lead.repeatedIn.push(file);
  }
  return out;
}

export function summarize(diags: readonly Diagnostic[]): string {
  const unique = dedupe(diags);
  const errors = unique.filter((d) => d.severity === 'error').length;
  const warnings = unique.length - errors;
  const files = new Set(unique.map((d) => d.file)).size;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** The same problem can be found twice when two requested notes share a rep folder. */
export function dedupe(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.field}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
