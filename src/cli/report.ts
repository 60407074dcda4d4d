/** Prints diagnostics grouped by file, errors first, in plain words with hints. */
import { relative } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';

export function formatDiagnostics(diags: readonly Diagnostic[], cwd = process.cwd()): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of dedupe(diags)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const shown = relative(cwd, file) || file;
    list.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const d of list) {
      const where = d.line > 0 ? (d.column > 0 ? `${shown}:${d.line}:${d.column}` : `${shown}:${d.line}`) : shown;
      const field = d.field ? ` ${d.field}` : '';
      const found = d.input !== undefined ? ` (found ${d.input})` : '';
      lines.push(`${where}  ${d.severity}${field}: ${d.message}${found}`);
      if (d.hint) lines.push(`    hint: ${d.hint}`);
    }
  }
  return lines.join('\n');
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
