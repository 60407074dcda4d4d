/**
 * Year-end summaries for whole teams: every rep on a pool of worker threads (piscina), a failure
 * never stops the run, then one rollup per team. Only small rollup rows come back from workers,
 * so memory stays flat however many reps there are.
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { findRepFolders } from '../notes/find-notes.js';
import { parseNote } from '../notes/parse-note.js';
import { teamSchema, type Locale } from '../notes/schema.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import { loadKpi } from '../notes/load-kpi.js';
import { localeKit, pickLocalized } from '../locale/index.js';
import { buildRollup, type RollupRow } from '../model/team-rollup.js';
import { buildDocument, renderAndWrite, type Written } from '../pipeline/compose.js';
import { documentMeta } from '../pipeline/document-meta.js';
import type { Format } from '../output/paths.js';
import { inShard, type Shard } from './shard.js';
import type { WorkerResult, WorkerTask } from './worker.js';
import { createProgress } from './progress.js';

export interface BatchOptions {
  year: number;
  formats: Format[];
  outDir: string;
  jobs?: number;
  shard?: Shard;
  locale?: Locale;
  templatesDir?: string;
  frameworkFile?: string;
  kpiFile?: string;
  sourceDateEpoch?: string;
  progress?: boolean;
}

export interface BatchReport {
  year: number;
  reps: number;
  rendered: number;
  failed: { rep: string; diagnostics: Diagnostic[] }[];
  outputs: Written[];
  diagnostics: Diagnostic[];
  seconds: { total: number; reps: number; rollups: number };
  jobs: number;
  /** Peak resident memory of the whole process, worker threads included. */
  peakRssMb: number;
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export async function runBatch(teamFolders: string[], options: BatchOptions): Promise<BatchReport> {
  const t0 = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const diagnostics: Diagnostic[] = [];
  if (options.kpiFile) diagnostics.push(...(await loadKpi(options.kpiFile)).diagnostics);

  // Every rep of every team; the shard decides which ones this run renders.
  const teams = new Map<string, string[]>();
  for (const folder of teamFolders) {
    for (const rep of await findRepFolders(folder)) {
      const team = dirname(resolve(rep));
      teams.set(team, [...(teams.get(team) ?? []), rep]);
    }
  }
  const reps = [...teams.values()].flat();
  const mine = (rep: string) => inShard(`${basename(dirname(resolve(rep)))}/${basename(rep)}`, options.shard);
  const renderedHere = reps.filter(mine);
  // The first shard also builds the rollups, so it needs every rep's row (model only, no rendering).
  const rollupHere = !options.shard || options.shard.index === 1;
  const tasks = reps.filter((r) => mine(r) || rollupHere);

  // A larger young generation: rendering allocates many short-lived objects, and the default
  // size has each worker spend a tenth of its time collecting them.
  const pool = new Piscina<WorkerTask, WorkerResult>({ filename: WORKER, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  const progress = createProgress(renderedHere.length, options.progress === false ? undefined : process.stderr);
  const outputs: Written[] = [];
  const failed: BatchReport['failed'] = [];
  const rows = new Map<string, RollupRow[]>();
  const baseOptions = { year: options.year, formats: options.formats, outDir: options.outDir, locale: options.locale, templatesDir: options.templatesDir, frameworkFile: options.frameworkFile, kpiFile: options.kpiFile, sourceDateEpoch: options.sourceDateEpoch };
  try {
    await Promise.all(
      tasks.map(async (rep) => {
        const render = mine(rep);
        const result = await pool.run({ repFolder: rep, options: { ...baseOptions, render } });
        if (render) {
          diagnostics.push(...result.diagnostics);
          outputs.push(...result.written);
          if (!result.ok) failed.push({ rep: relative(process.cwd(), rep), diagnostics: result.diagnostics });
          progress.tick(basename(rep), result.ok);
        }
        if (result.row) {
          const team = dirname(resolve(rep));
          rows.set(team, [...(rows.get(team) ?? []), result.row]);
        }
      }),
    );
  } finally {
    progress.stop();
    await pool.destroy();
  }
  const t1 = performance.now();
  if (rollupHere) {
    for (const team of [...teams.keys()].sort()) {
      const written = await renderRollup(team, rows.get(team) ?? [], options, diagnostics);
      outputs.push(...written);
    }
  }
  const t2 = performance.now();
  outputs.sort((a, b) => a.file.localeCompare(b.file));
  return {
    year: options.year,
    reps: renderedHere.length,
    rendered: renderedHere.length - failed.length,
    failed: failed.sort((a, b) => a.rep.localeCompare(b.rep)),
    outputs,
    diagnostics,
    seconds: { total: (t2 - t0) / 1000, reps: (t1 - t0) / 1000, rollups: (t2 - t1) / 1000 },
    jobs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function renderRollup(teamFolder: string, rows: RollupRow[], options: BatchOptions, diagnostics: Diagnostic[]): Promise<Written[]> {
  const teamFile = `${teamFolder}/team.md`;
  const parsed = await parseNote(teamFile, teamSchema);
  const team = parsed.ok ? parsed.note.data : undefined;
  if (!parsed.ok && !(parsed.diagnostics.length === 1 && parsed.diagnostics[0]!.message === 'cannot be found')) diagnostics.push(...parsed.diagnostics);
  const locale = options.locale ?? team?.locale ?? 'en';
  const kit = localeKit(locale);
  const teamId = team?.id ?? basename(teamFolder);
  const teamName = team?.name ?? teamId;
  const shared = (team?.metrics ?? []).map((m) => ({ id: m.id, name: pickLocalized(m.name, locale), unit: m.unit, direction: m.direction }));
  const view = buildRollup(teamName, options.year, locale, shared, rows);
  const meta = documentMeta(kit, { kind: 'rollup.title', who: teamName, period: String(options.year), date: `${options.year}-12-31`, sourceDateEpoch: options.sourceDateEpoch });
  const doc = await buildDocument('team-rollup', view, kit, meta, options.templatesDir);
  return renderAndWrite(doc, { team: teamId, rep: '', name: `${options.year}-rollup` }, options);
}
