/** Checks a note's Markdown body the way the document parser will read it, so `validate` and `plan` agree. */
import type { Diagnostic } from './diagnostic.js';
import { describeNesting, nestingProblem } from './markdown-nesting.js';

export function checkBody(note: { file: string; body: string; bodyLine: number }): Diagnostic[] {
  const problem = nestingProblem(note.body);
  if (!problem) return [];
  const { message, hint } = describeNesting(problem);
  return [{ file: note.file, line: note.bodyLine + problem.line - 1, column: 1, field: '', message, hint, severity: 'error' }];
}
