/**
 * Two rep folders with the same id (a folder copied to start a new rep) would write the same
 * documents over each other. Every folder of such a pair is refused, naming the others, so nothing
 * is overwritten and the user decides which id to change. Two folders with different ids but the
 * same name and hire date are most likely one person whose notes were split across folders: they
 * render, but a warning says the rollup counts them twice.
 */
import { basename, dirname, join, relative } from 'node:path';
import { parseNote } from '../notes/parse-note.js';
import { repSchema, teamSchema, type TeamProfile } from '../notes/schema.js';
import { withDefaults } from '../notes/load-rep.js';
import type { Diagnostic } from '../notes/diagnostic.js';

/** A folder refused for its id, with what a document needs to list it as left out. */
export interface Refusal {
  diagnostic: Diagnostic;
  id: string;
  name: string;
  /** "amy-wong-old/rep.md:2": the folder too, since both folders of a pair have the same id and often the same name. */
  where: string;
}

interface Profile { folder: string; line: number; column: number; id: string; team: string; name: string; hired?: string }

/** Rep folder → the error that refuses it, for every folder whose team/id another folder also has. */
export async function duplicateReps(folders: readonly string[], cwd = process.cwd()): Promise<Map<string, Diagnostic>> {
  const { refused } = await checkRepFolders(folders, cwd);
  return new Map([...refused].map(([folder, r]) => [folder, r.diagnostic]));
}

/** The folders refused for a shared id, and a warning for each pair of folders that look like one person. */
export async function checkRepFolders(folders: readonly string[], cwd = process.cwd()): Promise<{ refused: Map<string, Refusal>; samePerson: Diagnostic[] }> {
  const profiles = await readProfiles(folders);
  const shown = (folder: string) => relative(cwd, folder) || folder;
  const refused = new Map<string, Refusal>();
  for (const group of groupBy(profiles, (p) => `${p.team}/${p.id}`)) {
    if (group.length < 2) continue;
    for (const rep of group) {
      const others = group.filter((o) => o !== rep).map((o) => shown(o.folder));
      const diagnostic: Diagnostic = {
        file: join(rep.folder, 'rep.md'), line: rep.line, column: rep.column, field: 'id', input: JSON.stringify(rep.id),
        message: `rep id "${rep.id}" of team "${rep.team}" is also the id in ${others.join(', ')}; both would write the same documents, so neither is rendered nor counted in the team's figures`,
        hint: 'give each rep its own id (the name of its folder); a folder copied for a new rep keeps the old id',
        severity: 'error',
      };
      refused.set(rep.folder, { diagnostic, id: rep.id, name: rep.name, where: `${basename(rep.folder)}/rep.md${rep.line ? `:${rep.line}` : ''}` });
    }
  }
  const samePerson: Diagnostic[] = [];
  // A hire date is needed: two reps called 张伟 are common, two hired on the same day far less so.
  const distinct = profiles.filter((p) => !refused.has(p.folder) && p.hired);
  for (const group of groupBy(distinct, (p) => `${p.team}/${p.name}/${p.hired}`)) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    for (const rep of rest) {
      samePerson.push({
        file: join(rep.folder, 'rep.md'), line: 0, column: 0, field: '',
        message: `has the same name "${rep.name}" and hire date ${rep.hired} as ${shown(first!.folder)}, so the team's documents count them as two reps (${first!.id} and ${rep.id})`,
        hint: `if they are one person, move the notes into one of the folders and delete the other; if they are two people, give one a different name in rep.md (their rows already show the id)`,
        severity: 'warning',
      });
    }
  }
  return { refused, samePerson };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

async function readProfiles(folders: readonly string[]): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (const folder of folders) {
    // A profile that cannot be read is reported by the rep's own job; it writes nothing.
    const parsed = await parseNote(join(folder, 'rep.md'), repSchema);
    if (!parsed.ok) continue;
    // The id and team a rep's documents are named by: the profile's, or the defaults from its folders.
    const { id, team, name, hired } = withDefaults(parsed.note.data, folder, await teamOf(dirname(folder)));
    profiles.push({ folder, id, team, name, hired, ...parsed.note.at(['id']) });
  }
  return profiles;
}

const teams = new Map<string, Promise<TeamProfile | undefined>>();

/** A team folder's team.md, read once per run (it is optional). */
function teamOf(folder: string): Promise<TeamProfile | undefined> {
  let pending = teams.get(folder);
  if (!pending) teams.set(folder, (pending = parseNote(join(folder, 'team.md'), teamSchema).then((r) => (r.ok ? r.note.data : undefined))));
  return pending;
}
