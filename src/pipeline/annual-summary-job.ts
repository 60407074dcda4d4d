/** notes → model → template → document → back ends → files, for one rep's year. */
import { basename } from 'node:path';
import { loadRep } from '../notes/load-rep.js';
import { kpiRepOf } from '../notes/kpi-rep.js';
import type { KpiRep } from '../notes/check-kpi.js';
import { findFrameworkFile, ratingsWithoutFramework } from '../notes/find-framework.js';
import { loadFramework } from '../notes/load-framework.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Framework, Language } from '../notes/schema.js';
import type { KpiTable } from '../notes/load-kpi.js';
import { labelsFor } from '../template/label-files.js';
import { buildAnnualSummary } from '../model/annual-summary.js';
import { rollupRow, type RollupFailure, type RollupRow } from '../model/team-rollup.js';
import { documentMeta } from './document-meta.js';
import { problemPlaces } from './problem-places.js';
import { buildDocument, renderAndWrite, type RenderOptions } from './compose.js';
import type { JobResult } from './monthly-plan-job.js';
import { goneBy } from '../calendar/team-dates.js';

export interface SummaryJobOptions extends RenderOptions {
  year: number;
  locale?: Language;
  /** A framework already loaded, or a file to load (--framework); else found by the rule in find-framework.ts. */
  framework?: Framework;
  frameworkFile?: string;
  /** KPI values from --metrics, for every rep of the run (checked against the reps by the caller). */
  kpi?: KpiTable;
  kpiFile?: string;
  /** False to compute the rollup row only (a rep another shard renders). */
  render?: boolean;
}

export interface SummaryResult extends JobResult {
  row?: RollupRow;
  /** Why the rep could not be summed up, for the rollup's list of reps left out. */
  failure?: RollupFailure;
  /** The rep's id, metric ids and noted figures, so a KPI export can be checked against them. */
  rep?: KpiRep;
}

const frameworks = new Map<string, ReturnType<typeof loadFramework>>();

/** The framework is the same for every rep of a run: read it once per process. */
function frameworkFrom(file: string): ReturnType<typeof loadFramework> {
  let pending = frameworks.get(file);
  if (!pending) frameworks.set(file, (pending = loadFramework(file)));
  return pending;
}

export async function runAnnualSummary(repFolder: string, options: SummaryJobOptions): Promise<SummaryResult> {
  const diagnostics: Diagnostic[] = [];
  const failed = (kind: RollupFailure['kind'], name = basename(repFolder), id = basename(repFolder)): SummaryResult => ({ source: repFolder, written: [], diagnostics, ok: false, failure: { id, name, kind, where: problemPlaces(diagnostics) } });
  let framework = options.framework;
  const frameworkFile = framework ? undefined : findFrameworkFile(repFolder, options.frameworkFile);
  if (frameworkFile) {
    const loaded = await frameworkFrom(frameworkFile);
    if (!loaded.ok) {
      diagnostics.push(...loaded.diagnostics);
      return failed('invalid-notes');
    }
    framework = loaded.framework;
  }
  const loaded = await loadRep(repFolder, { framework, defaultLocale: options.defaultLocale });
  diagnostics.push(...loaded.diagnostics);
  if (!loaded.notes) return failed('invalid-notes');
  const notes = loaded.notes;
  const { year } = options;
  const rep = kpiRepOf(notes);
  // The profiles were read, so a KPI export's rows for this rep can still be checked against its metrics.
  const fail = (kind: RollupFailure['kind']): SummaryResult => ({ ...failed(kind, notes.rep.data.name, notes.rep.data.id), rep });
  if (goneBy(notes.rep.data.left, `${year}-01-01`)) {
    // Not a failure: the rep was simply not on the team that year, so neither a summary nor a row in the rollup.
    diagnostics.push({ file: notes.rep.file, ...notes.rep.at(['left']), field: 'left', input: notes.rep.data.left, message: `is before ${year}: the rep left the team before the year began, so there is no ${year} summary and they are not in the team's ${year} rollup`, hint: 'if the rep is still on the team, correct or remove "left:" in rep.md; otherwise leave the folder out of the run, or archive it', severity: 'warning' });
    return { source: repFolder, written: [], diagnostics, ok: true, rep };
  }
  const unrateable = framework ? [] : ratingsWithoutFramework(notes, repFolder);
  diagnostics.push(...unrateable);
  // A summary missing a month because of a typo would mislead: any broken note of the year fails the rep.
  const brokenInYear = loaded.skipped.filter((f) => new RegExp(`(^|[\\/])(${year}(-\\d\\d)?|${year + 1}-01)\\.md$`).test(f));
  if (brokenInYear.length || unrateable.length) return fail('invalid-notes');
  const yearNotes = notes.months.filter((m) => m.data.month.startsWith(`${year}-`));
  const annual = notes.annuals.find((a) => a.data.year === year);
  for (const m of notes.months) {
    if (!m.data.month.startsWith(`${year}-`) && m.data.month !== `${year + 1}-01`) {
      diagnostics.push({ file: m.file, line: 0, column: 0, field: '', message: `is outside ${year} and is left out of the summary`, severity: 'warning' });
    }
  }
  if (yearNotes.length === 0 && !annual) {
    diagnostics.push({ file: repFolder, line: 0, column: 0, field: '', message: `has no notes for ${year}`, hint: `monthly notes are named ${year}-01.md … ${year}-12.md; the annual note ${year}.md`, severity: 'error' });
    return fail('no-notes');
  }
  const locale = options.locale ?? annual?.data.locale ?? notes.rep.data.locale;
  const { kit, diagnostics: labelWarnings } = await labelsFor(locale, options.templatesDir);
  diagnostics.push(...labelWarnings);
  const view = buildAnnualSummary(notes, year, locale, { framework, kpi: options.kpi?.get(notes.rep.data.id) });
  const row = rollupRow(view, notes.metrics);
  if (options.render === false) return { source: repFolder, written: [], diagnostics, ok: true, row, rep };
  const meta = documentMeta(kit, { kind: 'summary.title', who: notes.rep.data.name, team: view.teamName, period: String(year), date: `${year}-12-31`, sourceDateEpoch: options.sourceDateEpoch }, options.theme);
  const doc = await buildDocument('annual-summary', view, kit, meta, options.templatesDir);
  const written = await renderAndWrite(doc, { team: notes.rep.data.team, rep: notes.rep.data.id, name: `${year}-summary` }, options);
  return { source: repFolder, written, diagnostics, ok: true, row, rep };
}
