/** Where a rep's notes went wrong, short enough for a document: "2026-06.md:12". */
import { basename } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';

/** "2026-06.md:12" for every file with an error, once each: for the lists of reps or notes left out. */
export function problemPlaces(diagnostics: readonly Diagnostic[]): string[] {
  const places = diagnostics.filter((d) => d.severity === 'error').map((d) => `${basename(d.file)}${d.line ? `:${d.line}` : ''}`);
  return [...new Set(places)];
}
