/** The worker pool shared by batch and build, and the report fields both give. */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Written } from '../pipeline/compose.js';
import { describeFailure, type Failure, type FailureKind } from '../pipeline/failure.js';
import type { WorkerResult } from './worker.js';
import { sourceOf, type WorkerTask } from './task.js';
// Sets resvg's allocator option in this thread's environment, which worker threads' native code reads.
import '../render/docx/resvg-memory.js';

export interface PoolReport {
  rendered: number;
  /**
   * Documents with nothing to render, which is not a failure: the rep was not on the team then
   * (rep.md's `left`): a summary of a year after they left, a plan of a month after it.
   */
  skipped: string[];
  /** Documents not rendered; `kind` says whose fault: input 1, template 2, bug 3. */
  failed: { rep: string; kind: FailureKind; diagnostics: Diagnostic[]; failure?: Failure }[];
  outputs: Written[];
  diagnostics: Diagnostic[];
  /** Wall time of the run, and the time spent on rollups. */
  seconds: { total: number; rollups: number };
  jobs: number;
  /** Why fewer workers than --jobs asked for, when so. */
  jobsNote?: string;
  /** Peak resident memory of the whole process, worker threads included. */
  peakRssMb: number;
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export interface Pool {
  /** Runs a task; a worker that dies (out of memory, a native crash) fails the task as a bug, not the run. */
  run(task: WorkerTask): Promise<WorkerResult>;
  destroy(): Promise<void>;
}

export async function startPool(jobs: number): Promise<Pool> {
  // Loaded here rather than at the top: every other command would pay for it at start-up.
  const { Piscina } = await import('piscina');
  // A larger young generation: rendering allocates many short-lived objects, and the default
  // size has each worker spend a tenth of its time collecting them.
  const pool = new Piscina<WorkerTask, WorkerResult>({ filename: WORKER, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  return {
    async run(task) {
      try {
        return await pool.run(task);
      } catch (error) {
        // A worker that died takes only its own task down; the rollup lists the rep as left out.
        const thrown = describeFailure(error);
        const source = sourceOf(task);
        const failure = { id: basename(String(source)), name: basename(String(source)), kind: 'internal' as const, where: [] };
        return { source, written: [], diagnostics: [{ file: source, line: 0, column: 0, field: '', message: `could not be rendered: ${thrown.message}`, severity: 'error' }], ok: false, error: thrown, failure, ms: 0 };
      }
    },
    destroy: () => pool.destroy(),
  };
}
