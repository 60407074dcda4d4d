/** Reads the competency framework (a YAML file) through the same guarded reader as a note. */
import { readNoteText } from './read-text.js';
import { readYaml } from './read-yaml.js';
import { frameworkSchema, type Framework } from './schema.js';
import { explainIssues } from './explain.js';
import { isTextField } from './zod-walk.js';
import type { Diagnostic } from './diagnostic.js';

/** `warnings` are values read, but likely not as meant; a failed result carries them in `diagnostics`. */
export type FrameworkResult = { ok: true; framework: Framework; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export async function loadFramework(file: string): Promise<FrameworkResult> {
  const read = await readNoteText(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
  const yaml = readYaml(file, read.text, { isText: (path) => isTextField(frameworkSchema, path) });
  if (!yaml.ok) return yaml;
  const result = frameworkSchema.safeParse(yaml.data, { reportInput: true });
  if (!result.success) return { ok: false, diagnostics: [...yaml.warnings, ...explainIssues(result.error.issues, frameworkSchema, yaml.located)] };
  const duplicates = checkIds(file, result.data, yaml.at);
  return duplicates.length ? { ok: false, diagnostics: [...yaml.warnings, ...duplicates] } : { ok: true, framework: result.data, warnings: yaml.warnings };
}

/** Ratings are keyed by competency id, so no two competencies may share one. */
function checkIds(file: string, framework: Framework, at: (path: (string | number)[]) => { line: number; column: number }): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  framework.groups.forEach((g, gi) => {
    g.items.forEach((item, ii) => {
      if (seen.has(item.id)) diagnostics.push({ file, ...at(['groups', gi, 'items', ii, 'id']), field: `groups[${gi}].items[${ii}].id`, input: item.id, message: 'is used by two competencies', hint: 'ratings are keyed by id, so each must be unique', severity: 'error' });
      seen.add(item.id);
    });
  });
  return diagnostics;
}
