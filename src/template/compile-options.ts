/**
 * How templates are compiled, shared by the run-time compiler (src/template/environment.ts) and the
 * build-time precompiler (scripts/bundle.mjs), so a precompiled built-in template behaves exactly
 * like one compiled at run time. Indentation of partials is left alone: our output is Markdown,
 * where leading spaces change meaning.
 */
export const COMPILE_OPTIONS = { preventIndent: true } as const;
