/**
 * How many worker threads a batch gets: what was asked (default: the cores), but never more than
 * there are documents to render, nor more than the machine's memory can hold. Each worker keeps
 * its own fonts, templates and heap; more than the work or the memory only costs.
 */
import { availableParallelism, totalmem } from 'node:os';

/** Peak memory of one busy worker rendering CJK summaries, measured on the synthetic centre, with room to spare. */
export const WORKER_MB = 300;

export interface WorkerCount {
  jobs: number;
  /** Why fewer workers than asked, in words for the user; undefined when none were taken away. */
  note?: string;
}

export function workerCount(requested: number | undefined, documents: number, memoryBytes = totalmem()): WorkerCount {
  const wanted = Math.max(1, requested ?? availableParallelism());
  // Half the memory for the workers: the main thread, the file cache and everyone else need the rest.
  const byMemory = Math.max(1, Math.floor(memoryBytes / 2 / (WORKER_MB * 1024 * 1024)));
  const byWork = Math.max(1, documents);
  const jobs = Math.min(wanted, byMemory, byWork);
  if (jobs === wanted || requested === undefined) return { jobs };
  const why = jobs === byWork ? `there ${byWork === 1 ? 'is' : 'are'} only ${byWork} document${byWork === 1 ? '' : 's'} to render` : `${Math.round(memoryBytes / 2 ** 30)} GiB of memory holds about ${byMemory} workers of ${WORKER_MB} MB`;
  return { jobs, note: `using ${jobs} worker${jobs === 1 ? '' : 's'}, not ${wanted}: ${why}` };
}
