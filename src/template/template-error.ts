/** A problem in a template file: reported with the template's path and line, never as our bug. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
    options?: { cause?: unknown; hint?: string },
  ) {
    super(message, options);
    this.name = 'TemplateError';
    this.hint = options?.hint;
  }

  /** What to do about it, when there is more to say than "fix the template". */
  readonly hint: string | undefined;
}
