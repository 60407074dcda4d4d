/**
 * Temporary files are named so they can be recognised later: `.<name>.workplan-<pid>-<n>.tmp`.
 * A run killed between write and rename leaves one behind; the next run writing to that folder
 * removes those whose process is gone (a live process may be another run still writing).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TEMP = /^\..+\.workplan-(\d+)-\d+\.tmp$/;

export function tempName(target: string, n: number): string {
  return `.${target}.workplan-${process.pid}-${n}.tmp`;
}

export function isTempFile(name: string): boolean {
  return TEMP.test(name);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const swept = new Set<string>();

/** Removes stale temporary files from `dir`, once per folder and process. Returns their names. */
export function removeStaleTemps(dir: string): string[] {
  if (swept.has(dir)) return [];
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
