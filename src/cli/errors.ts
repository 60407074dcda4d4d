/** Maps what went wrong to an exit code and a message for the user. */
import { TemplateError } from '../template/template-error.js';
import { relative } from 'node:path';
import { EXIT } from './exit-codes.js';

/** The user's input is wrong in a way that is not a note diagnostic (a missing path, a bad option). */
export class InputError extends Error {
  override name = 'InputError';
}

export function reportFailure(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(`workplan: ${error.message}\n`);
    return EXIT.invalidInput;
  }
  if (error instanceof TemplateError) {
    const where = error.line ? `${relative(process.cwd(), error.file)}:${error.line}` : relative(process.cwd(), error.file);
    process.stderr.write(`${where}  template error: ${error.message}\n    hint: fix the template, or remove it from --templates to use the built-in one\n`);
    return EXIT.template;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`workplan: internal error — this is a bug in workplan, please report it with the text below.\n${stack}\n`);
  return EXIT.internal;
}
