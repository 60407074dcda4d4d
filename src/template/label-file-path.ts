/**
 * Where a templates folder keeps a language's labels: labels/<language>.yaml, .yml or .json. Kept
 * apart from the reader (label-files.ts) so that checking --locale does not load the YAML reader.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const LABELS_FOLDER = 'labels';
export const LABEL_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

/** The label file for a language in a templates folder, if there is one. */
export function labelFileOf(templatesDir: string | undefined, language: string): string | undefined {
  if (!templatesDir) return undefined;
  return LABEL_EXTENSIONS.map((ext) => join(templatesDir, LABELS_FOLDER, `${language}.${ext}`)).find((f) => existsSync(f));
}
