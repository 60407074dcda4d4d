/** Expands the paths a user gives (files or folders) into rep folders and note files. */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MONTH_FILE } from './load-rep.js';

const SKIP = new Set(['node_modules', 'out', 'dist']);

/** Every folder at or below `root` that holds a rep.md, sorted. */
export async function findRepFolders(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 6) return;
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'rep.md')) found.push(dir);
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && !SKIP.has(e.name)) await walk(join(dir, e.name), depth + 1);
    }
  };
  await walk(root, 0);
  return found.sort();
}

export interface Targets {
  /** Monthly note files named directly or found in the folders given. */
  monthNotes: string[];
  /** Rep folders the paths cover. */
  repFolders: string[];
  /** Paths that do not exist. */
  missing: string[];
}

export async function expandPaths(paths: readonly string[]): Promise<Targets> {
  const monthNotes: string[] = [];
  const repFolders = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) {
      missing.push(p);
    } else if (info.isDirectory()) {
      for (const folder of await findRepFolders(p)) {
        repFolders.add(folder);
        const names = (await readdir(folder)).filter((n) => MONTH_FILE.test(n)).sort();
        monthNotes.push(...names.map((n) => join(folder, n)));
      }
    } else {
      repFolders.add(dirname(p));
      if (MONTH_FILE.test(basename(p))) monthNotes.push(p);
    }
  }
  return { monthNotes, repFolders: [...repFolders].sort(), missing };
}
