/** Where a rep's notes went wrong, short enough for a document: "2026-06.md:12". */
import { basename } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import { compareText } from '../text/compare-text.js';

/**
 * "2026-06.md:12" for every file with an error, once each, in the order of the files and lines: the
 * diagnostics come grouped by check (YAML slips before field errors), which would list June before May.
 */
export function problemPlaces(diagnostics: readonly Diagnostic[]): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const sorted = [...errors].sort((a, b) => compareText(basename(a.file), basename(b.file)) || a.line - b.line);
  return [...new Set(sorted.map((d) => `${basename(d.file)}${d.line ? `:${d.line}` : ''}`))];
}
