/** notes → model → template → document → back ends → files, for one rep's year. */
import { existsSync } from 'node:fs';
import { loadRep } from '../notes/load-rep.js';
import { loadFramework } from '../notes/load-framework.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Framework, Locale } from '../notes/schema.js';
import type { KpiTable } from '../notes/load-kpi.js';
import { localeKit } from '../locale/index.js';
import { buildAnnualSummary } from '../model/annual-summary.js';
import { rollupRow, type RollupRow } from '../model/team-rollup.js';
import { documentMeta } from './document-meta.js';
import { defaultFrameworkFile } from './framework-file.js';
import { buildDocument, renderAndWrite, type RenderOptions } from './compose.js';
import type { JobResult } from './monthly-plan-job.js';

export interface SummaryJobOptions extends RenderOptions {
  year: number;
  locale?: Locale;
  /** A framework already loaded (batch), or a file to load; else the data folder's framework/competencies.yaml. */
  framework?: Framework;
  frameworkFile?: string;
  /** KPI values from --metrics, for every rep of the run. */
  kpi?: KpiTable;
  kpiFile?: string;
  /** False to compute the rollup row only (a rep another shard renders). */
  render?: boolean;
}

export interface SummaryResult extends JobResult {
  row?: RollupRow;
}

export { defaultFrameworkFile };

const frameworks = new Map<string, ReturnType<typeof loadFramework>>();

/** The framework is the same for every rep of a run: read it once per process. */
function frameworkFrom(file: string): ReturnType<typeof loadFramework> {
  let pending = frameworks.get(file);
  if (!pending) frameworks.set(file, (pending = loadFramework(file)));
  return pending;
}

export async function runAnnualSummary(repFolder: string, options: SummaryJobOptions): Promise<SummaryResult> {
  const diagnostics: Diagnostic[] = [];
  let framework = options.framework;
  if (!framework) {
    const file = options.frameworkFile ?? defaultFrameworkFile(repFolder);
    if (options.frameworkFile || existsSync(file)) {
      const loaded = await frameworkFrom(file);
      if (loaded.ok) framework = loaded.framework;
      else return { source: repFolder, written: [], diagnostics: loaded.diagnostics, ok: false };
    }
  }
  const loaded = await loadRep(repFolder, { framework });
  diagnostics.push(...loaded.diagnostics);
  if (!loaded.notes) return { source: repFolder, written: [], diagnostics, ok: false };
  const notes = loaded.notes;
  const { year } = options;
  // A summary missing a month because of a typo would mislead: any broken note of the year fails the rep.
  const brokenInYear = loaded.skipped.filter((f) => new RegExp(`(^|[\\/])(${year}(-\\d\\d)?|${year + 1}-01)\\.md$`).test(f));
  if (brokenInYear.length) return { source: repFolder, written: [], diagnostics, ok: false };
  const yearNotes = notes.months.filter((m) => m.data.month.startsWith(`${year}-`));
  const annual = notes.annuals.find((a) => a.data.year === year);
  for (const m of notes.months) {
    if (!m.data.month.startsWith(`${year}-`) && m.data.month !== `${year + 1}-01`) {
      diagnostics.push({ file: m.file, line: 0, column: 0, field: '', message: `is outside ${year} and is left out of the summary`, severity: 'warning' });
    }
  }
  if (yearNotes.length === 0 && !annual) {
    diagnostics.push({ file: repFolder, line: 0, column: 0, field: '', message: `has no notes for ${year}`, hint: `monthly notes are named ${year}-01.md … ${year}-12.md; the annual note ${year}.md`, severity: 'error' });
    return { source: repFolder, written: [], diagnostics, ok: false };
  }
  const known = new Set(notes.metrics.map((m) => m.id));
  for (const [month, values] of options.kpi?.get(notes.rep.data.id) ?? []) {
    for (const [metric, v] of Object.entries(values)) {
      if (!known.has(metric)) diagnostics.push({ file: options.kpiFile ?? 'kpi', line: v.line, column: 0, field: 'metric', input: JSON.stringify(metric), message: `names metric "${metric}", which rep ${notes.rep.data.id} does not have (${month})`, hint: `define it in team.md or rep.md, or correct the id (known: ${[...known].join(', ')})`, severity: 'error' });
    }
  }
  const locale = options.locale ?? annual?.data.locale ?? notes.rep.data.locale;
  const kit = localeKit(locale);
  const view = buildAnnualSummary(notes, year, locale, { framework, kpi: options.kpi?.get(notes.rep.data.id) });
  const row = rollupRow(view);
  if (options.render === false) return { source: repFolder, written: [], diagnostics, ok: true, row };
  const meta = documentMeta(kit, { kind: 'summary.title', who: notes.rep.data.name, team: view.teamName, period: String(year), date: `${year}-12-31`, sourceDateEpoch: options.sourceDateEpoch });
  const doc = await buildDocument('annual-summary', view, kit, meta, options.templatesDir);
  const written = await renderAndWrite(doc, { team: notes.rep.data.team, rep: notes.rep.data.id, name: `${year}-summary` }, options);
  return { source: repFolder, written, diagnostics, ok: true, row };
}
