/**
 * A pool worker: renders one monthly plan, one rep's annual summary, one team's plan, or one team's rollup once all its reps are in.
 * Fonts, templates and the KPI file are loaded once per worker (module-level caches), not once
 * per document.
 */
import { basename } from 'node:path';
import type { RollupFailure } from '../model/team-rollup.js';
import { loadKpi, type KpiTable } from '../notes/load-kpi.js';
import { runAnnualSummary, type SummaryResult } from '../pipeline/annual-summary-job.js';
import { runTeamRollup } from '../pipeline/team-rollup-job.js';
import { runMonthlyPlan } from '../pipeline/monthly-plan-job.js';
import { runTeamPlan } from '../pipeline/team-plan-job.js';
import { describeFailure, type Failure } from '../pipeline/failure.js';
import { sourceOf, type WorkerTask } from './task.js';
import type { Theme } from '../theme/theme.js';

export type { WorkerTask };

export interface WorkerResult extends SummaryResult {
  ms: number;
  /** Why the task threw, as data: `instanceof` does not survive the trip back to the main thread. */
  error?: Failure;
}

const kpiCache = new Map<string, Promise<KpiTable>>();

async function kpiFor(file: string | undefined): Promise<KpiTable | undefined> {
  if (!file) return undefined;
  let pending = kpiCache.get(file);
  if (!pending) kpiCache.set(file, (pending = loadKpi(file).then((r) => r.table)));
  return pending;
}

/**
 * A theme as it arrives from the main thread: the structured clone turned its Buffers (the logo's
 * bytes) into plain Uint8Arrays, which the back ends cannot use as Buffers.
 */
function revived(theme: Theme | undefined): Theme | undefined {
  if (!theme?.logo) return theme;
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ...theme, logo: { ...theme.logo, data: buffer(theme.logo.data), ...(theme.logo.svg ? { svg: buffer(theme.logo.svg) } : {}) } };
}

export default async function runTask(received: WorkerTask): Promise<WorkerResult> {
  const start = performance.now();
  const task = { ...received, options: { ...received.options, theme: revived(received.options.theme) } } as WorkerTask;
  const source = sourceOf(task);
  try {
    const result =
      task.kind === 'plan' ? await runMonthlyPlan(task.note, task.options)
      : task.kind === 'summary' ? await runAnnualSummary(task.repFolder, { ...task.options, kpi: await kpiFor(task.options.kpiFile) })
      : task.kind === 'team-plan' ? await runTeamPlan(task.teamFolder, task.options)
      : await runTeamRollup(task.teamFolder, task.rows, task.options, task.failures);
    return { ...result, ms: performance.now() - start };
  } catch (error) {
    // A template error or a bug for one rep must not stop the other 999: report it as this rep's
    // failure, with its kind, so the batch still exits 2 or 3 for it; the rollup lists the rep as left out.
    const thrown = describeFailure(error);
    // A template's mistake is shown at the template's line (the progress lines name the notes it
    // stopped), so the same mistake met by every note of a build is one diagnostic, not one a note.
    const diagnostic =
      thrown.kind === 'template' && thrown.file
        ? { file: thrown.file, line: thrown.line ?? 0, column: 0, field: '', message: thrown.message, hint: thrown.hint, severity: 'error' as const }
        : { file: source, line: 0, column: 0, field: '', message: `could not be rendered: ${thrown.kind === 'internal' ? 'internal error (see below)' : thrown.message}`, hint: thrown.hint, severity: 'error' as const };
    const failure: RollupFailure = { id: basename(String(source)), name: basename(String(source)), kind: 'internal', where: [] };
    return { source, written: [], diagnostics: [diagnostic], ok: false, error: thrown, failure, ms: performance.now() - start };
  }
}

