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
import { explainWriteError } from './output-error.js';
import { removeStaleTemps, tempName } from './temp-files.js';

let counter = 0;

/** The file system calls used, replaceable in tests to simulate a full disk. */
export interface FileSystem {
  mkdir(dir: string): void;
  write(file: string, data: Uint8Array | string): void;
  rename(from: string, to: string): void;
}

export const realFileSystem: FileSystem = {
  mkdir: (dir) => void mkdirSync(dir, { recursive: true }),
  write: (file, data) => writeFileSync(file, data),
  rename: renameSync,
};

export async function writeAtomic(file: string, data: Uint8Array | string, fs: FileSystem = realFileSystem): Promise<void> {
  const dir = dirname(file);
  try {
    fs.mkdir(dir);
  } catch (error) {
    throw explainWriteError(dir, error);
  }
  removeStaleTemps(dir);
  const temp = join(dir, tempName(basename(file), ++counter));
  try {
    fs.write(temp, data);
    fs.rename(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw explainWriteError(file, error);
  }
}
