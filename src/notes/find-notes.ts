/** Expands the paths a user gives (files or folders) into rep folders, note files and team plans. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MONTH_FILE, YEAR_FILE } from './load-rep.js';
import { PLAN_FILE } from './check-team-plan.js';
import { namedFolder } from './named-folder.js';
import type { Diagnostic } from './diagnostic.js';
import { compareText } from '../text/compare-text.js';

const SKIP = new Set(['node_modules', 'out', 'dist']);
/** data/<centre>/<region>/<team>/<rep> is four; six leaves room without walking a whole disk. */
export const MAX_DEPTH = 6;

/**
 * Every folder at or below `root` that holds a rep.md, sorted. Symbolic links to folders are
 * followed (a team linked in from elsewhere is a team), each real folder once; folders not
 * searched (too deep, unreadable, a link in a loop) are reported through `skipped`, never silently.
 */
export async function findRepFolders(root: string, skipped: Diagnostic[] = []): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const skip = (dir: string, message: string, hint: string): void => void skipped.push({ file: dir, line: 0, column: 0, field: '', message, hint, severity: 'warning' });
  const walk = async (dir: string, depth: number): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return skip(dir, 'is a link to a folder already searched, and is skipped', 'remove the link, or give the folder itself');
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      return skip(dir, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), and is skipped`, 'check the folder\'s permissions');
    }
    if (entries.some((e) => e.name === 'rep.md' && (e.isFile() || e.isSymbolicLink()))) found.push(dir);
    // A rep's note saved one folder too high (in the team folder) would be read by nobody: say so.
    // plans/ holds the team's own plans, which may be named for a month (plans/2026-09.md).
    else if (basename(dir) !== 'plans') {
      for (const e of entries) {
        if (e.isFile() && (MONTH_FILE.test(e.name) || YEAR_FILE.test(e.name))) skip(join(dir, e.name), 'is a note outside any rep folder (there is no rep.md beside it), so nobody\'s documents read it', 'move it into the rep\'s folder, beside their rep.md');
      }
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
      const path = join(dir, e.name);
      const isDir = e.isDirectory() || (e.isSymbolicLink() && (await stat(path).then((s) => s.isDirectory(), () => false)));
      if (!isDir) continue;
      if (depth + 1 > MAX_DEPTH) skip(path, `is more than ${MAX_DEPTH} folders below ${root}, and is not searched`, 'give a folder closer to the rep folders');
      else await walk(path, depth + 1);
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
  /** Folders below the paths that were not searched, and why (warnings). */
  skipped: Diagnostic[];
}

export async function expandPaths(paths: readonly string[]): Promise<Targets> {
  const monthNotes: string[] = [];
  const repFolders = new Set<string>();
  const missing: string[] = [];
  const skipped: Diagnostic[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    // "." inside a rep folder is read as "../li-na", so the folder has its name and its team.
    const p = info?.isDirectory() ? namedFolder(given) : given;
    if (!info) {
      missing.push(p);
    } else if (info.isDirectory()) {
      for (const folder of await findRepFolders(p, skipped)) {
        repFolders.add(folder);
        const names = (await readdir(folder)).filter((n) => MONTH_FILE.test(n)).sort();
        monthNotes.push(...names.map((n) => join(folder, n)));
      }
    } else if (basename(dirname(p)) === 'plans' && PLAN_FILE.test(basename(p))) {
      // A team plan (plans/2026-09.md) is named like a monthly note but is no rep's: team-plan renders it.
      continue;
    } else {
      repFolders.add(namedFolder(dirname(p)));
      if (MONTH_FILE.test(basename(p))) monthNotes.push(p);
    }
  }
  return { monthNotes, repFolders: [...repFolders].sort(), missing, skipped };
}

/**
 * Team plans (plans/<period>.md) the paths cover: plan files named directly, and the plans of every
 * team folder given or holding one of `repFolders`. Each is returned with its team folder and period.
 */
export async function findTeamPlans(paths: readonly string[], repFolders: readonly string[]): Promise<{ file: string; team: string; period: string }[]> {
  const found = new Map<string, { file: string; team: string; period: string }>();
  const add = (team: string, name: string) => {
    const period = PLAN_FILE.exec(name)?.[1];
    if (period) found.set(join(team, 'plans', name), { file: join(team, 'plans', name), team, period });
  };
  const teams = new Set(repFolders.map((f) => dirname(f)));
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) teams.add(basename(p) === 'plans' ? dirname(p) : p);
    else if (info && basename(dirname(p)) === 'plans') add(dirname(dirname(p)), basename(p));
  }
  for (const team of teams) {
    const names = await readdir(join(team, 'plans')).catch(() => [] as string[]);
    for (const name of names.sort()) add(team, name);
  }
  return [...found.values()].sort((a, b) => compareText(a.file, b.file));
}
