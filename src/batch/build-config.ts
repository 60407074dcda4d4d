/**
 * The build config (workplan.config.json): which documents a project renders, with paths and
 * globs relative to the config's folder. JSON because it is a handful of lists; every key is
 * checked and an unknown one refused, like a note's.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../notes/schema.js';
import { formatPath } from '../notes/diagnostic.js';
import { closest } from '../notes/did-you-mean.js';

export const CONFIG_FILE = 'workplan.config.json';

const globs = z.array(z.string().min(1)).default([]);
export const configSchema = z.strictObject({
  /** Where documents and the manifest go. */
  out: z.string().min(1).default('out'),
  format: z.enum(['docx', 'pdf', 'both']).default('both'),
  locale: z.enum(LOCALES).optional(),
  templates: z.string().min(1).optional(),
  framework: z.string().min(1).optional(),
  metrics: z.string().min(1).optional(),
  /** The year of the summaries and rollups. */
  year: z.number().int().min(1900).max(9999).optional(),
  jobs: z.number().int().min(1).optional(),
  /** Monthly notes, or folders holding them. */
  plans: globs,
  /** Rep folders, or folders holding them: one annual summary each. */
  summaries: globs,
  /** Team folders: one rollup each. */
  rollups: globs,
  /** The look of every document: read and checked by src/config (the same keys as for plan and summary). */
  theme: z.unknown().optional(),
  embedFonts: z.boolean().optional(),
});

export type BuildConfig = z.infer<typeof configSchema> & { file: string; root: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(file: string): BuildConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? `cannot find the build config ${file}; create ${CONFIG_FILE} (see the README) or pass --config FILE` : `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const keys = i.code === 'unrecognized_keys' ? i.keys : [];
      const guess = keys.length === 1 ? closest(keys[0]!, Object.keys(configSchema.shape)) : undefined;
      return `${file}: ${formatPath([...i.path, ...keys]) || '(the whole file)'}: ${i.code === 'unrecognized_keys' ? 'is not a setting workplan reads' : i.message}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const config = parsed.data;
  if ((config.summaries.length || config.rollups.length) && config.year === undefined) throw new ConfigError(`${file}: year: summaries and rollups need the year, e.g. "year": 2026`);
  const root = dirname(resolve(file));
  const at = (p: string | undefined) => (p === undefined || isAbsolute(p) ? p : join(root, p));
  return { ...config, out: at(config.out)!, templates: at(config.templates), framework: at(config.framework), metrics: at(config.metrics), file, root };
}
