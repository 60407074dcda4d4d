/**
 * Year-end summaries for whole teams: every rep on a pool of worker threads (piscina), a failure
 * never stops the run, and one rollup per team, rendered on the pool as soon as the team's last
 * rep is in. Only small rollup rows come back from workers, so memory stays flat however many
 * reps there are.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import { findRepFolders } from '../notes/find-notes.js';
import type { Language, Locale } from '../notes/schema.js';
import type { Theme } from '../theme/theme.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import { loadKpi } from '../notes/load-kpi.js';
import { checkKpiOfRun, type KpiRep } from '../notes/check-kpi.js';
import type { RollupFailure, RollupRow } from '../model/team-rollup.js';
import type { Written } from '../pipeline/compose.js';
import type { Format } from '../output/paths.js';
import { inShard, type Shard } from './shard.js';
import type { WorkerTask } from './task.js';
import { startPool, type PoolReport } from './pool.js';
import { createProgress } from './progress.js';
import { checkRepFolders } from './duplicate-reps.js';
import { workerCount } from './worker-count.js';
import { planFile } from '../notes/load-team-plan.js';
import { existsSync } from 'node:fs';
import { compareText } from '../text/compare-text.js';

export interface BatchOptions {
  year: number;
  formats: Format[];
  outDir: string;
  jobs?: number;
  shard?: Shard;
  locale?: Language;
  templatesDir?: string;
  frameworkFile?: string;
  kpiFile?: string;
  sourceDateEpoch?: string;
  /** Embed the fonts in each DOCX (default: the theme's setting). */
  embedFonts?: boolean;
  progress?: boolean;
  /** Also render each team's plan for this period (2026-H2), where the team has one. */
  period?: string;
  /** The config file's theme and language (src/config), for every document of the run. */
  theme?: Theme;
  defaultLocale?: Locale;
}

export interface BatchReport extends PoolReport {
  year: number;
  reps: number;
}


export async function runBatch(teamFolders: string[], options: BatchOptions): Promise<BatchReport> {
  const t0 = performance.now();
  const diagnostics: Diagnostic[] = [];
  const kpi = options.kpiFile ? await loadKpi(options.kpiFile) : undefined;
  if (kpi) diagnostics.push(...kpi.diagnostics);

  // Every rep of every team; the shard decides which ones this run renders.
  const teams = new Map<string, string[]>();
  const requested = new Set<string>();
  for (const folder of teamFolders) {
    for (const rep of await findRepFolders(folder, diagnostics)) {
      const team = dirname(resolve(rep));
      if (requested.has(resolve(rep))) continue;
      requested.add(resolve(rep));
      teams.set(team, [...(teams.get(team) ?? []), rep]);
    }
  }
  // A rollup is of the whole team: a run given only some of a team's rep folders (one rep re-rendered)
  // still reads the others, for their rows only, or it would write a rollup of that one rep over the team's.
  for (const [team, given] of teams) {
    const others = (await findRepFolders(team)).filter((f) => dirname(resolve(f)) === team && !requested.has(resolve(f)));
    if (others.length) teams.set(team, [...given, ...others]);
  }
  const reps = [...teams.values()].flat();
  const mine = (rep: string) => requested.has(resolve(rep)) && inShard(`${basename(dirname(resolve(rep)))}/${basename(rep)}`, options.shard);
  const renderedHere = reps.filter(mine);
  // The first shard also builds the rollups, so it needs every rep's row (model only, no rendering).
  const rollupHere = !options.shard || options.shard.index === 1;
  const { refused, samePerson } = await checkRepFolders(reps);
  // Said once across a matrix: by the shard that renders the rollups they would be counted twice in.
  if (rollupHere) diagnostics.push(...samePerson);
  const tasks = reps.filter((r) => (mine(r) || rollupHere) && !refused.has(r));
  // Team plans go with the rollups: on the first shard, for the teams that wrote a plan for the period.
  const planTeams = rollupHere && options.period ? [...teams.keys()].filter((team) => hasTeamPlan(team, options.period!, diagnostics)) : [];
  const { jobs, note: jobsNote } = workerCount(options.jobs, tasks.length + (rollupHere ? teams.size : 0) + planTeams.length);

  const pool = await startPool(jobs);
  const runOnPool = (task: WorkerTask) => pool.run(task);
  const progress = createProgress(renderedHere.length, options.progress === false ? null : process.stderr);
  const outputs: Written[] = [];
  const failed: BatchReport['failed'] = [];
  const skipped: string[] = [];
  const rows = new Map<string, RollupRow[]>();
  const failures = new Map<string, RollupFailure[]>();
  // Every rep of the run by id (the folder's name where rep.md could not be read), for the KPI check.
  const kpiReps: KpiRep[] = [];
  for (const [rep, { diagnostic, id, name, where }] of refused) {
    // A refused rep is still one of the run's reps: its KPI rows are not "a rep who is not here".
    if (mine(rep) || rollupHere) kpiReps.push({ id });
    // The rollup lists a refused folder like any rep left out, or a copied folder would vanish from it.
    if (rollupHere) failures.set(dirname(resolve(rep)), [...(failures.get(dirname(resolve(rep))) ?? []), { id, name, kind: 'duplicate-id', where: [where] }]);
    if (!mine(rep)) continue;
    diagnostics.push(diagnostic);
    failed.push({ rep: relative(process.cwd(), rep), kind: 'input', diagnostics: [diagnostic] });
    progress.tick(basename(rep), false);
  }
  const baseOptions = { year: options.year, formats: options.formats, outDir: options.outDir, locale: options.locale, templatesDir: options.templatesDir, frameworkFile: options.frameworkFile, kpiFile: options.kpiFile, embedFonts: options.embedFonts, sourceDateEpoch: options.sourceDateEpoch, theme: options.theme, defaultLocale: options.defaultLocale };
  // Reps of each team still to come back; at zero the team's rollup goes on the pool. Reps are fed
  // to the pool a few at a time (not all queued up front), so a finished team's rollup runs next,
  // alongside the other teams' summaries, rather than after every summary of the centre.
  const pending = new Map<string, number>();
  for (const rep of tasks) pending.set(dirname(resolve(rep)), (pending.get(dirname(resolve(rep))) ?? 0) + 1);
  const rollups: Promise<void>[] = [];
  let rollupMs = 0;
  const rollup = async (team: string) => {
    if (!rows.get(team)?.length) {
      // A rollup of nobody would read as a team with no results: say why there is none instead.
      const why = failures.get(team)?.length
        ? { message: 'none of its reps could be summed up', hint: 'fix the reps listed above, then run the batch again' }
        : { message: `none of its reps was on the team in ${options.year}`, hint: 'check the "left:" dates in their rep.md files, or leave this team out of the run' };
      diagnostics.push({ file: team, line: 0, column: 0, field: '', message: `gets no ${options.year} rollup: ${why.message}`, hint: why.hint, severity: 'warning' });
      return;
    }
    const result = await runOnPool({ kind: 'rollup', teamFolder: team, rows: rows.get(team)!, failures: failures.get(team) ?? [], options: baseOptions });
    diagnostics.push(...result.diagnostics);
    outputs.push(...result.written);
    if (!result.ok) failed.push({ rep: relative(process.cwd(), team), kind: result.error?.kind ?? 'input', diagnostics: result.diagnostics, failure: result.error });
    rollupMs += result.ms;
  };
  const teamPlan = async (team: string) => {
    const result = await runOnPool({ kind: 'team-plan', teamFolder: team, options: { period: options.period!, formats: options.formats, outDir: options.outDir, locale: options.locale, templatesDir: options.templatesDir, embedFonts: options.embedFonts, sourceDateEpoch: options.sourceDateEpoch, theme: options.theme, defaultLocale: options.defaultLocale, repDiagnostics: false } });
    diagnostics.push(...result.diagnostics);
    outputs.push(...result.written);
    if (!result.ok) failed.push({ rep: relative(process.cwd(), team), kind: result.error?.kind ?? 'input', diagnostics: result.diagnostics, failure: result.error });
    rollupMs += result.ms;
  };
  const summary = async (rep: string) => {
    const render = mine(rep);
    const team = dirname(resolve(rep));
    const result = await runOnPool({ kind: 'summary', repFolder: rep, options: { ...baseOptions, render } });
    if (render) {
      diagnostics.push(...result.diagnostics);
      outputs.push(...result.written);
      if (!result.ok) failed.push({ rep: relative(process.cwd(), rep), kind: result.error?.kind ?? 'input', diagnostics: result.diagnostics, failure: result.error });
      else if (!result.written.length) skipped.push(relative(process.cwd(), rep));
      progress.tick(basename(rep), result.ok);
    }
    if (result.row) rows.set(team, [...(rows.get(team) ?? []), result.row]);
    if (result.failure) failures.set(team, [...(failures.get(team) ?? []), result.failure]);
    kpiReps.push(result.rep ?? { id: result.failure?.id ?? basename(rep) });
    pending.set(team, pending.get(team)! - 1);
    if (rollupHere && pending.get(team) === 0) rollups.push(rollup(team));
  };
  let next = 0;
  const feed = async () => {
    while (next < tasks.length) await summary(tasks[next++]!);
  };
  try {
    // A team plan needs no summary: it goes on the pool at once and runs beside them.
    const plans = planTeams.map(teamPlan);
    // Two in flight per worker keeps every worker busy while a result travels back.
    await Promise.all(Array.from({ length: jobs * 2 }, feed));
    // Teams none of whose reps could even be started (all refused) still get their word.
    if (rollupHere) for (const team of teams.keys()) if (!pending.has(team)) rollups.push(rollup(team));
    await Promise.all([...rollups, ...plans]);
  } finally {
    progress.stop();
    await pool.destroy();
  }
  // Shard 1 (or no shard) reads every rep, for the rollups.
  if (kpi) diagnostics.push(...checkKpiOfRun(options.kpiFile!, kpi.table, kpiReps, options.year, rollupHere));
  const t1 = performance.now();
  outputs.sort((a, b) => compareText(a.file, b.file));
  return {
    year: options.year,
    reps: renderedHere.length,
    rendered: renderedHere.length - failed.filter((f) => !teams.has(resolve(f.rep))).length - skipped.length,
    skipped: skipped.sort(compareText),
    failed: failed.sort((a, b) => compareText(a.rep, b.rep)),
    outputs,
    diagnostics,
    seconds: { total: (t1 - t0) / 1000, rollups: rollupMs / 1000 },
    jobs,
    jobsNote,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** True when the team has a plan for the period; a team without one gets a warning, not a failure. */
function hasTeamPlan(team: string, period: string, diagnostics: Diagnostic[]): boolean {
  const file = planFile(team, period);
  if (existsSync(file)) return true;
  diagnostics.push({ file: team, line: 0, column: 0, field: '', message: `has no team plan for ${period}, so none is rendered`, hint: `write one in ${relative(process.cwd(), file) || file} to have it rendered with the batch`, severity: 'warning' });
  return false;
}
