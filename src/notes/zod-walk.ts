/**
 * Reads the shape of a zod schema at a field path: which fields exist there, and whether a field
 * holds free text. Diagnostics use it to suggest field names and to judge whether a YAML comment
 * after a value has likely cut the rep's text short.
 */
import type { z } from 'zod';

type AnyDef = {
  type: string;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  element?: unknown;
  shape?: unknown;
  valueType?: unknown;
  options?: unknown[];
  checks?: { _zod?: { def?: { check?: string } } }[];
};

export function defOf(node: unknown): AnyDef | undefined {
  return (node as { _zod?: { def?: AnyDef } } | undefined)?._zod?.def;
}

/** Looks through optional(), default(), nullable() and preprocess/pipe to the schema that checks the value. */
export function unwrap(node: unknown): unknown {
  for (;;) {
    const def = defOf(node);
    if (!def) return node;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType;
    // A preprocess is a pipe into the schema (`out`); a transform is a pipe out of it (`in`).
    else if (def.type === 'pipe') node = defOf(def.out)?.type === 'transform' ? def.in : def.out;
    else return node;
  }
}

/** The schema one step down a path: a field of an object, the items of a list, the values of a record. */
export function child(node: unknown, part: string | number): unknown {
  const def = defOf(node);
  if (def?.type === 'object') return (def.shape as Record<string, unknown>)[String(part)];
  if (def?.type === 'array' && typeof part === 'number') return def.element;
  if (def?.type === 'record') return def.valueType;
  return undefined;
}

/**
 * True when the value at `path` is free text: a string with no fixed format. Ids, months, dates and
 * enums have a format (a regex or a list), so a comment after them cannot have cut real words.
 * A union (a name given as text or per locale) is text when any of its branches is.
 */
export function isTextField(schema: z.ZodType, path: readonly (string | number)[]): boolean {
  const at = (node: unknown, i: number): boolean => {
    node = unwrap(node);
    const def = defOf(node);
    if (!def) return false;
    if (def.type === 'union') return (def.options ?? []).some((o) => at(o, i));
    if (i === path.length) return def.type === 'string' && !(def.checks ?? []).some((c) => c._zod?.def?.check === 'string_format');
    return at(child(node, path[i]!), i + 1);
  };
  return at(schema, 0);
}
