/**
 * Where the competency framework comes from, one documented rule for every command:
 *   1. the --framework flag;
 *   2. competencies.yaml in the rep's team folder (a team with a model of its own);
 *   3. framework/competencies.yaml in the team folder's parent (data/framework/competencies.yaml);
 *   4. the framework shipped with workplan (its own data/framework/competencies.yaml).
 * Self-ratings are keyed by competency id, so without a framework they could not be shown: an
 * annual note that rates itself when none is found is an error, never silently dropped.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from './diagnostic.js';
import type { RepNotes } from './load-rep.js';

/** The framework shipped with workplan: two levels above this module, in src/ and in the bundle alike. */
export const PACKAGED_FRAMEWORK = fileURLToPath(new URL('../../data/framework/competencies.yaml', import.meta.url));

/** The places looked at for a rep folder, most specific first, after the flag. */
export function frameworkCandidates(repFolder: string, packaged = PACKAGED_FRAMEWORK): string[] {
  const team = dirname(resolve(repFolder));
  return [join(team, 'competencies.yaml'), join(dirname(team), 'framework', 'competencies.yaml'), packaged];
}

/** The framework file for a rep: the flag wins, else the first candidate that exists. */
export function findFrameworkFile(repFolder: string, flag?: string, packaged = PACKAGED_FRAMEWORK): string | undefined {
  if (flag) return flag;
  return frameworkCandidates(repFolder, packaged).find((f) => existsSync(f));
}

/** An error for each annual note with ratings, when no framework was found to rate against. */
export function ratingsWithoutFramework(notes: RepNotes, repFolder: string): Diagnostic[] {
  return notes.annuals
    .filter((a) => Object.keys(a.data.ratings).length > 0)
    .map((a) => ({
      file: a.file,
      ...a.at(['ratings']),
      field: 'ratings',
      message: 'rates competencies, but no competency framework was found',
      hint: `pass --framework FILE, or put one at ${frameworkCandidates(repFolder).slice(0, 2).join(' or ')}`,
      severity: 'error' as const,
    }));
}
