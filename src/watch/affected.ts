/**
 * Which documents a changed file feeds. A monthly note feeds its own plan and next month's (whose
 * review judges its goals); a profile or team file feeds every plan of the reps it covers; with a
 * year being watched, any note of a rep feeds that rep's summary.
 */
import { basename, dirname, join } from 'node:path';
import { readdirSync } from 'node:fs';
import { MONTH_FILE, YEAR_FILE } from '../notes/cross-check.js';
import { addMonths } from '../calendar/months.js';

export type Job = { kind: 'plan'; note: string } | { kind: 'summary'; repFolder: string; year: number };

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

function plansOf(repFolder: string): Job[] {
  return list(repFolder)
    .filter((n) => MONTH_FILE.test(n))
    .sort()
    .map((n) => ({ kind: 'plan', note: join(repFolder, n) }));
}

export function affectedJobs(changed: string, year?: number): Job[] {
  const name = basename(changed);
  const folder = dirname(changed);
  const jobs: Job[] = [];
  const summary = (repFolder: string) => year !== undefined && jobs.push({ kind: 'summary', repFolder, year });
  if (MONTH_FILE.test(name)) {
    const month = name.slice(0, 7);
    jobs.push({ kind: 'plan', note: changed });
    const next = join(folder, `${addMonths(month, 1)}.md`);
    if (list(folder).includes(basename(next))) jobs.push({ kind: 'plan', note: next });
    summary(folder);
  } else if (YEAR_FILE.test(name)) {
    summary(folder);
  } else if (name === 'rep.md') {
    jobs.push(...plansOf(folder));
    summary(folder);
  } else if (name === 'team.md') {
    for (const rep of list(folder).map((n) => join(folder, n)).filter((d) => list(d).includes('rep.md'))) {
      jobs.push(...plansOf(rep));
      summary(rep);
    }
  }
  return jobs;
}

/** The same job named twice in one burst of saves is run once. */
export function jobKey(job: Job): string {
  return job.kind === 'plan' ? `plan\0${job.note}` : `summary\0${job.repFolder}\0${job.year}`;
}
