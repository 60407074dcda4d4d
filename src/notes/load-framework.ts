/** Reads the competency framework (a YAML file) with the same diagnostics as a note. */
import { parseDocument, LineCounter } from 'yaml';
import { quickYaml } from './front-matter.js';
import { readNoteText } from './read-text.js';
import { frameworkSchema, type Framework } from './schema.js';
import { explainIssues } from './explain.js';
import type { Diagnostic } from './diagnostic.js';

export type FrameworkResult = { ok: true; framework: Framework } | { ok: false; diagnostics: Diagnostic[] };

export async function loadFramework(file: string): Promise<FrameworkResult> {
  const read = await readNoteText(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic] };
  // Most frameworks are valid: read them the quick way, and only a framework with a problem the
  // positioned way, so the diagnostics can name lines.
  const quick = quickYaml(read.text);
  if (quick !== undefined) {
    const result = frameworkSchema.safeParse(quick, { reportInput: true });
    if (result.success) return checkIds(file, result.data);
  }
  const lines = new LineCounter();
  const yaml = parseDocument(read.text, { lineCounter: lines, uniqueKeys: true, schema: 'core' });
  const position = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...yaml.errors, ...yaml.warnings];
  if (problems.length) {
    return { ok: false, diagnostics: problems.map((e) => ({ file, ...position(e.pos[0]), field: '', message: `YAML cannot be read: ${e.message.split('\n')[0]}`, severity: 'error' as const })) };
  }
  const result = frameworkSchema.safeParse(yaml.toJS({ maxAliasCount: 50 }), { reportInput: true });
  if (!result.success) return { ok: false, diagnostics: explainIssues(result.error.issues, frameworkSchema, { file, yaml, position }) };
  return checkIds(file, result.data);
}

/** Ratings are keyed by competency id, so no two competencies may share one. */
function checkIds(file: string, framework: Framework): FrameworkResult {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const g of framework.groups) {
    for (const item of g.items) {
      if (seen.has(item.id)) diagnostics.push({ file, line: 0, column: 0, field: `groups.${g.id}.items`, input: item.id, message: 'is used by two competencies', hint: 'ratings are keyed by id, so each must be unique', severity: 'error' });
      seen.add(item.id);
    }
  }
  return diagnostics.length ? { ok: false, diagnostics } : { ok: true, framework };
}
