/** Exit codes, documented in the README: the user's input, a template, or our own bug. */
export const EXIT = {
  ok: 0,
  /** A note, a path or an option is wrong: fix the input. No stack trace. */
  invalidInput: 1,
  /** A template is wrong: fix the template file at the line shown. */
  template: 2,
  /** A bug in workplan: stack trace printed, please report it. */
  internal: 3,
} as const;
