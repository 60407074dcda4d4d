/**
 * The documents a build config asks for, each with the files it reads, so a build can tell
 * which are up to date. A plan reads its rep's profiles and its own and earlier months (never a
 * later one); a summary every note of its rep, the framework and the KPI export; a rollup every
 * summary's inputs of its team.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { findRepFolders } from '../notes/find-notes.js';
import { MONTH_FILE } from '../notes/load-rep.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import { findFrameworkFile } from '../notes/find-framework.js';
import type { BuildConfig } from './build-config.js';
import { compareText } from '../text/compare-text.js';

export interface BuildJob {
  /** Stable name of the document in the manifest: kind and source, relative to the config. */
  key: string;
  kind: 'plan' | 'summary' | 'rollup';
  /** The note (plan), rep folder (summary) or team folder (rollup), absolute. */
  source: string;
  /** Every file the document is made from, absolute, sorted. */
  inputs: string[];
  /** For a rollup: its team's rep folders. */
  reps?: string[];
}

/** Paths and globs of the config → existing paths, sorted, and the patterns that matched nothing. */
async function expand(patterns: readonly string[], root: string): Promise<{ paths: string[]; unmatched: string[] }> {
  const paths = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const found = await glob(pattern, { cwd: root, absolute: true, onlyFiles: false, expandDirectories: false });
    if (!found.length) unmatched.push(pattern);
    for (const p of found) paths.add(resolve(p));
  }
  return { paths: [...paths].sort(), unmatched };
}

const notesOf = (repFolder: string) => readdirSync(repFolder).filter((n) => n.endsWith('.md')).sort().map((n) => join(repFolder, n));

function summaryInputs(rep: string, config: BuildConfig): string[] {
  const framework = findFrameworkFile(rep, config.framework);
  return [...notesOf(rep), join(dirname(rep), 'team.md'), ...(framework ? [framework] : []), ...(config.metrics ? [config.metrics] : [])];
}

export async function buildJobs(config: BuildConfig, skipped: Diagnostic[]): Promise<{ jobs: BuildJob[]; unmatched: string[] }> {
  const rel = (p: string) => relative(config.root, p) || '.';
  const jobs: BuildJob[] = [];
  const [plans, summaries, rollups] = await Promise.all([expand(config.plans, config.root), expand(config.summaries, config.root), expand(config.rollups, config.root)]);
  // Globs such as data/team/* also match files (team.md): only folders hold reps.
  const folders = (paths: string[]) => paths.filter((p) => statSync(p).isDirectory());
  const repsBelow = async (paths: string[]) => [...new Set((await Promise.all(folders(paths).map((p) => findRepFolders(p, skipped)))).flat())].sort();

  const notes = new Set<string>();
  for (const p of plans.paths) {
    if (statSync(p).isFile()) {
      if (MONTH_FILE.test(basename(p))) notes.add(p);
    } else
      for (const rep of await repsBelow([p])) for (const n of readdirSync(rep).filter((x) => MONTH_FILE.test(x))) notes.add(join(rep, n));
  }
  for (const note of [...notes].sort()) {
    const rep = dirname(note);
    const month = basename(note);
    const earlier = readdirSync(rep).filter((n) => MONTH_FILE.test(n) && n <= month).map((n) => join(rep, n));
    jobs.push({ key: `plan:${rel(note)}`, kind: 'plan', source: note, inputs: [...earlier, join(rep, 'rep.md'), join(dirname(rep), 'team.md')].sort() });
  }
  for (const rep of await repsBelow(summaries.paths)) {
    jobs.push({ key: `summary:${rel(rep)}:${config.year}`, kind: 'summary', source: rep, inputs: summaryInputs(rep, config).sort() });
  }
  const teams = new Map<string, string[]>();
  for (const rep of await repsBelow(rollups.paths)) teams.set(dirname(rep), [...(teams.get(dirname(rep)) ?? []), rep]);
  for (const [team, reps] of [...teams].sort(([a], [b]) => compareText(a, b))) {
    jobs.push({ key: `rollup:${rel(team)}:${config.year}`, kind: 'rollup', source: team, reps, inputs: [...new Set(reps.flatMap((r) => summaryInputs(r, config)))].sort() });
  }
  return { jobs, unmatched: [...plans.unmatched, ...summaries.unmatched, ...rollups.unmatched] };
}
