/**
 * A pool worker: renders one rep's annual summary. Fonts, templates and the KPI file are loaded
 * once per worker (module-level caches), not once per document.
 */
import { loadKpi, type KpiTable } from '../notes/load-kpi.js';
import { runAnnualSummary, type SummaryJobOptions, type SummaryResult } from '../pipeline/annual-summary-job.js';

export interface WorkerTask {
  repFolder: string;
  options: Omit<SummaryJobOptions, 'kpi' | 'framework'>;
}

export interface WorkerResult extends SummaryResult {
  ms: number;
}

const kpiCache = new Map<string, Promise<KpiTable>>();

export default async function renderRep(task: WorkerTask): Promise<WorkerResult> {
  const start = performance.now();
  let kpi: KpiTable | undefined;
  if (task.options.kpiFile) {
    let pending = kpiCache.get(task.options.kpiFile);
    if (!pending) kpiCache.set(task.options.kpiFile, (pending = loadKpi(task.options.kpiFile).then((r) => r.table)));
    kpi = await pending;
  }
  try {
    const result = await runAnnualSummary(task.repFolder, { ...task.options, kpi });
    return { ...result, ms: performance.now() - start };
  } catch (error) {
    // A template error or a bug for one rep must not stop the other 999: report it as this rep's failure.
    const message = error instanceof Error ? error.message : String(error);
    return { source: task.repFolder, written: [], diagnostics: [{ file: task.repFolder, line: 0, column: 0, field: '', message: `could not be rendered: ${message}`, severity: 'error' }], ok: false, ms: performance.now() - start };
  }
}
