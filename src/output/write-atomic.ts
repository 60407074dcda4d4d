/**
 * The only code that writes files. A document is written to a temporary file beside its target and
 * renamed over it, so an interrupted run never leaves a half-written document.
 *
 * Synchronous on purpose: a job renders, then writes two files of a few hundred kB, and waiting
 * for libuv's thread pool to do that cost a summary about 3 ms of idle time, more than the writes
 * themselves. Batch jobs run on worker threads, so nothing else waits on them.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

export async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${++counter}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
