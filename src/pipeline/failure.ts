/**
 * What kind of failure an exception is, as plain data: it crosses a worker thread's boundary
 * (where `instanceof` is lost) and decides the exit code. Input (1) is the user's to fix, a template
 * (2) the template author's, anything else (3) is a bug in workplan.
 */
import { TemplateError } from '../template/template-error.js';
import { OutputError } from '../output/output-error.js';
import { MarkdownTooDeepError } from '../notes/markdown-nesting.js';

export type FailureKind = 'input' | 'template' | 'internal';

export interface Failure {
  kind: FailureKind;
  message: string;
  /** The file at fault: the template, or the path that could not be written. */
  file?: string;
  line?: number;
  hint?: string;
  /** Only for internal errors: what the bug report needs. */
  stack?: string;
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof TemplateError) return { kind: 'template', message: error.message, file: error.file, line: error.line, hint: error.hint ?? 'fix the template, or remove it from --templates to use the built-in one' };
  if (error instanceof OutputError) return { kind: 'input', message: error.message, file: error.path, hint: error.hint };
  if (error instanceof MarkdownTooDeepError) return { kind: 'input', message: error.message, hint: 'flatten the lists, quotes or emphasis of the note body or template shown' };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message, stack: error instanceof Error ? (error.stack ?? message) : message };
}

/** Worse failures win: a bug over a template error over an input error. */
export const SEVERITY: Record<FailureKind, number> = { input: 1, template: 2, internal: 3 };
