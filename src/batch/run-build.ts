/**
 * `workplan build`: renders what a config lists, but only the documents whose inputs changed
 * since the last build (a manifest in the output folder records them), on the batch's worker pool.
 * `check` only says what would change; `prune` removes documents whose sources are gone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { RollupRow } from '../model/team-rollup.js';
import { BUILTIN_TEMPLATES } from '../template/load-template.js';
import { outputsPresent, readManifest, removeOutput, writeManifest, type ManifestEntry } from '../output/manifest.js';
import type { BuildConfig } from './build-config.js';
import { buildJobs, type BuildJob } from './build-jobs.js';
import { checkRepFolders } from './duplicate-reps.js';
import { loadKpi } from '../notes/load-kpi.js';
import { checkKpiOfRun, type KpiRep } from '../notes/check-kpi.js';
import type { RollupFailure } from '../model/team-rollup.js';
import { workerCount } from './worker-count.js';
import { createProgress } from './progress.js';
import type { WorkerResult } from './worker.js';
import type { Theme } from '../theme/theme.js';
import type { WorkerTask } from './task.js';
import { startPool, type PoolReport } from './pool.js';
import { compareText } from '../text/compare-text.js';

export interface BuildOptions {
  force?: boolean;
  check?: boolean;
  prune?: boolean;
  jobs?: number;
  sourceDateEpoch?: string;
  progress?: boolean;
  /** The config's theme, read and checked by src/config; a change of look re-renders everything. */
  theme?: Theme;
}

export interface BuildReport extends PoolReport {
  /** Documents the config lists, and how many of them were up to date. */
  documents: number;
  upToDate: number;
  /** Documents rendered (or, with check, that would be), and why. */
  stale: { document: string; reason: string }[];
  /** Outputs of documents no longer listed (their notes deleted), and those removed by prune. */
  orphans: string[];
  removed: string[];
}
/** Every built-in template and partial (templates/*.md.hbs): a change to a shared partial rebuilds what uses it. */
const builtinTemplates = () => readdirSync(BUILTIN_TEMPLATES).filter((n) => n.endsWith('.md.hbs')).sort().map((n) => n.slice(0, -'.md.hbs'.length));

function sha(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What every document depends on besides its notes: workplan itself, the templates and the options. */
function settingsHash(config: BuildConfig, options: BuildOptions): string {
  const read = (file: string) => {
    try {
      return sha(readFileSync(file));
    } catch {
      return 'missing';
    }
  };
  const templates = builtinTemplates().map((name) => {
    const user = config.templates ? read(join(config.templates, `${name}.md.hbs`)) : 'missing';
    return user !== 'missing' ? `user:${user}` : read(join(BUILTIN_TEMPLATES, `${name}.md.hbs`));
  });
  // This module's own file: in the bundle that is the whole of workplan, so an upgrade rebuilds all.
  return sha(JSON.stringify({ engine: read(fileURLToPath(import.meta.url)), templates, format: config.format, locale: config.locale, sourceDateEpoch: options.sourceDateEpoch, year: config.year, embedFonts: config.embedFonts, theme: options.theme === undefined ? undefined : sha(JSON.stringify(options.theme)) }));
}

export async function runBuild(config: BuildConfig, options: BuildOptions = {}): Promise<BuildReport> {
  const t0 = performance.now();
  const diagnostics: Diagnostic[] = [];
  const { jobs: listed, unmatched } = await buildJobs(config, diagnostics);
  for (const pattern of unmatched) diagnostics.push({ file: config.file, line: 0, column: 0, field: '', message: `"${pattern}" matches nothing`, hint: 'paths and globs are relative to the config file', severity: 'warning' });
  const manifest = readManifest(config.out);
  const settings = settingsHash(config, options);
  const fileHashes = new Map<string, string>();
  const hashOf = (file: string) => {
    let h = fileHashes.get(file);
    if (h === undefined) {
      try {
        h = sha(readFileSync(file));
      } catch {
        h = 'missing';
      }
      fileHashes.set(file, h);
    }
    return h;
  };
  const inputHash = (job: BuildJob) => sha(`${settings}\n${job.inputs.map((f) => `${relative(config.root, f)}\0${hashOf(f)}`).join('\n')}`);
  const rel = (p: string) => relative(process.cwd(), p) || '.';

  const stale: { job: BuildJob; hash: string; reason: string }[] = [];
  for (const job of listed) {
    const hash = inputHash(job);
    const entry = manifest.documents[job.key];
    const reason = options.force ? 'forced' : !entry ? 'new' : entry.inputs !== hash ? 'inputs changed' : !outputsPresent(config.out, entry) ? 'output missing' : undefined;
    if (reason) stale.push({ job, hash, reason });
  }
  const keys = new Set(listed.map((j) => j.key));
  const orphanKeys = Object.keys(manifest.documents).filter((k) => !keys.has(k)).sort();
  const orphans = orphanKeys.flatMap((k) => manifest.documents[k]!.outputs.map((o) => rel(join(config.out, o.file))));
  const report: BuildReport = {
    documents: listed.length, upToDate: listed.length - stale.length, stale: stale.map((s) => ({ document: s.job.key, reason: s.reason })), rendered: 0, skipped: [], failed: [], outputs: [],
    orphans, removed: [], diagnostics, seconds: { total: 0, rollups: 0 }, jobs: 0, peakRssMb: 0,
  };
  const finish = () => ({ ...report, seconds: { ...report.seconds, total: (performance.now() - t0) / 1000 }, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
  if (options.check) return finish();

  let changed = false;
  if (options.prune) {
    for (const key of orphanKeys) {
      for (const o of manifest.documents[key]!.outputs) removeOutput(config.out, o.file);
      delete manifest.documents[key];
    }
    report.removed = orphans;
    report.orphans = [];
    changed = orphanKeys.length > 0;
  }
  if (stale.length) {
    // Every rep of the config is read this build when every summary and rollup is re-rendered: only then can a KPI row's rep be called unknown.
    const yearly = (j: BuildJob) => j.kind !== 'plan';
    const everyRep = listed.filter(yearly).length === stale.filter(({ job }) => yearly(job)).length;
    await renderStale(stale, config, options, report, manifest.documents, everyRep);
    changed = true;
  }
  if (changed) await writeManifest(config.out, manifest);
  return finish();
}

async function renderStale(stale: { job: BuildJob; hash: string }[], config: BuildConfig, options: BuildOptions, report: BuildReport, documents: Record<string, ManifestEntry>, everyRep: boolean): Promise<void> {
  const formats = config.format === 'both' ? (['docx', 'pdf'] as const) : ([config.format] as const);
  const base = { formats: [...formats], outDir: config.out, locale: config.locale, templatesDir: config.templates, sourceDateEpoch: options.sourceDateEpoch, theme: options.theme, embedFonts: config.embedFonts };
  const yearly = { ...base, year: config.year ?? 0, frameworkFile: config.framework, kpiFile: config.metrics };
  // Two folders with one rep id would write over each other: refuse their documents.
  const reps = [...new Set(stale.flatMap(({ job }) => (job.kind === 'plan' ? [dirname(job.source)] : job.kind === 'summary' ? [job.source] : job.reps!)))];
  const { refused, samePerson } = await checkRepFolders(reps);
  report.diagnostics.push(...samePerson);
  // The reps whose summaries ran (rendered or for a rollup row), by id and metrics, for the KPI check.
  const kpiReps: KpiRep[] = [...refused.values()].map(({ id }) => ({ id }));
  const { jobs, note } = workerCount(options.jobs ?? config.jobs ?? availableParallelism(), stale.length);
  report.jobs = jobs;
  report.jobsNote = note;
  const pool = await startPool(jobs);
  const progress = createProgress(stale.length, options.progress === false ? null : process.stderr);
  const run = (task: WorkerTask) => pool.run(task);
  const record = (job: BuildJob, hash: string, result: WorkerResult) => {
    report.diagnostics.push(...result.diagnostics);
    report.outputs.push(...result.written);
    progress.tick(relative(config.root, job.source), result.ok);
    if (result.ok) {
      if (result.written.length) report.rendered++;
      else report.skipped.push(relative(process.cwd(), job.source));
      documents[job.key] = { inputs: hash, outputs: result.written.map((w) => ({ file: relative(config.out, w.file), bytes: w.bytes, sha256: w.sha256 })) };
    } else {
      // Not recorded: a failed document stays stale, so the next build reports it again.
      delete documents[job.key];
      report.failed.push({ rep: relative(process.cwd(), job.source), kind: result.error?.kind ?? 'input', diagnostics: result.diagnostics });
    }
  };
  const refuse = (job: BuildJob, folders: string[]) => {
    const found = folders.flatMap((f) => (refused.has(f) ? [refused.get(f)!.diagnostic] : []));
    if (!found.length) return false;
    record(job, '', { source: job.source, written: [], diagnostics: found, ok: false, ms: 0 });
    return true;
  };
  const rows = new Map<string, Promise<WorkerResult>>();
  try {
    const first = stale.filter(({ job }) => job.kind !== 'rollup').map(async ({ job, hash }) => {
      if (refuse(job, [job.kind === 'plan' ? dirname(job.source) : job.source])) return;
      const task: WorkerTask = job.kind === 'plan' ? { kind: 'plan', note: job.source, options: { ...base, afterLeaving: 'skip' } } : { kind: 'summary', repFolder: job.source, options: { ...yearly, render: true } };
      const pending = run(task);
      if (job.kind === 'summary') rows.set(resolve(job.source), pending);
      const result = await pending;
      if (job.kind === 'summary') kpiReps.push(result.rep ?? { id: result.failure?.id ?? basename(job.source) });
      record(job, hash, result);
    });
    await Promise.all(first);
    await Promise.all(stale.filter(({ job }) => job.kind === 'rollup').map(async ({ job, hash }) => {
      const t = performance.now();
      // A folder refused for a shared id is listed as left out, as in a batch; the rest of the team is summed up.
      const failures: RollupFailure[] = job.reps!.flatMap((rep) => {
        const r = refused.get(rep);
        return r ? [{ id: r.id, name: r.name, kind: 'duplicate-id' as const, where: [r.where] }] : [];
      });
      // Reps whose summaries were not rendered in this build give their rollup row from the model alone.
      const results = await Promise.all(job.reps!.filter((rep) => !refused.has(rep)).map(async (rep) => {
        const done = rows.get(resolve(rep));
        if (done) return done;
        const result = await run({ kind: 'summary', repFolder: rep, options: { ...yearly, render: false } });
        kpiReps.push(result.rep ?? { id: result.failure?.id ?? basename(rep) });
        return result;
      }));
      const teamRows = results.flatMap((r) => (r.row ? [r.row] : [] as RollupRow[]));
      // Reps whose notes could not be used are named in the rollup, as the batch's rollup names them.
      failures.push(...results.flatMap((r) => (r.failure ? [r.failure] : [])));
      if (!teamRows.length) {
        report.diagnostics.push({ file: job.source, line: 0, column: 0, field: '', message: `gets no ${config.year} rollup: none of its reps could be summed up`, hint: 'fix the reps listed above, then build again', severity: 'warning' });
        delete documents[job.key];
        progress.tick(relative(config.root, job.source), false);
        return;
      }
      record(job, hash, await run({ kind: 'rollup', teamFolder: job.source, rows: teamRows, failures, options: yearly }));
      report.seconds.rollups += (performance.now() - t) / 1000;
    }));
  } finally {
    progress.stop();
    await pool.destroy();
  }
  if (config.metrics && kpiReps.length) {
    // The export fed this build's summaries: its bad rows are reported as a batch reports them.
    const kpi = await loadKpi(config.metrics);
    report.diagnostics.push(...kpi.diagnostics, ...checkKpiOfRun(config.metrics, kpi.table, kpiReps, config.year, everyRep));
  }
  report.outputs.sort((a, b) => compareText(a.file, b.file));
  report.failed.sort((a, b) => compareText(a.rep, b.rep));
}
