/** Maps what went wrong to an exit code and a message for the user. */
import { relative } from 'node:path';
import { describeFailure, type Failure } from '../pipeline/failure.js';
import { EXIT } from './exit-codes.js';
import { mapStack } from './stack-map.js';

/** The user's input is wrong in a way that is not a note diagnostic (a missing path, a bad option). */
export class InputError extends Error {
  override name = 'InputError';
}

export function reportFailure(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(`workplan: ${error.message}\n`);
    return EXIT.invalidInput;
  }
  const failure = describeFailure(error);
  process.stderr.write(formatFailure(failure));
  return exitCodeOf(failure.kind);
}

export function exitCodeOf(kind: Failure['kind']): number {
  return kind === 'input' ? EXIT.invalidInput : kind === 'template' ? EXIT.template : EXIT.internal;
}

/** The words for a failure: input and template errors with their file and a hint, bugs with the stack. */
export function formatFailure(f: Failure, cwd = process.cwd()): string {
  if (f.kind === 'internal') return `workplan: internal error — this is a bug in workplan, please report it with the text below.\n${mapStack(f.stack ?? f.message)}\n`;
  const hint = f.hint ? `    hint: ${f.hint}\n` : '';
  if (f.kind === 'template') {
    const file = f.file ? relative(cwd, f.file) || f.file : 'template';
    return `${f.line ? `${file}:${f.line}` : file}  template error: ${f.message}\n${hint}`;
  }
  return `workplan: ${f.message}\n${hint}`;
}
