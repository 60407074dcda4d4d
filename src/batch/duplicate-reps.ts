/**
 * Two rep folders with the same id (a folder copied to start a new rep) would write the same
 * documents over each other. Every folder of such a pair is refused, naming the others, so nothing
 * is overwritten and the user decides which id to change.
 */
import { dirname, join, relative } from 'node:path';
import { parseNote } from '../notes/parse-note.js';
import { repSchema, teamSchema, type TeamProfile } from '../notes/schema.js';
import { withDefaults } from '../notes/load-rep.js';
import type { Diagnostic } from '../notes/diagnostic.js';

/** Rep folder → the error that refuses it, for every folder whose team/id another folder also has. */
export async function duplicateReps(folders: readonly string[], cwd = process.cwd()): Promise<Map<string, Diagnostic>> {
  const byKey = new Map<string, { folder: string; line: number; column: number; id: string; team: string }[]>();
  for (const folder of folders) {
    // A profile that cannot be read is reported by the rep's own job; it writes nothing.
    const parsed = await parseNote(join(folder, 'rep.md'), repSchema);
    if (!parsed.ok) continue;
    // The id and team a rep's documents are named by: the profile's, or the defaults from its folders.
    const { id, team } = withDefaults(parsed.note.data, folder, await teamOf(dirname(folder)));
    const key = `${team}/${id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), { folder, id, team, ...parsed.note.at(['id']) }]);
  }
  const refused = new Map<string, Diagnostic>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const rep of group) {
      const others = group.filter((o) => o !== rep).map((o) => relative(cwd, o.folder) || o.folder);
      refused.set(rep.folder, {
        file: join(rep.folder, 'rep.md'), line: rep.line, column: rep.column, field: 'id', input: JSON.stringify(rep.id),
        message: `rep id "${rep.id}" of team "${rep.team}" is also the id in ${others.join(', ')}; both would write the same documents, so neither is rendered`,
        hint: 'give each rep its own id (the name of its folder); a folder copied for a new rep keeps the old id',
        severity: 'error',
      });
    }
  }
  return refused;
}

const teams = new Map<string, Promise<TeamProfile | undefined>>();

/** A team folder's team.md, read once per run (it is optional). */
function teamOf(folder: string): Promise<TeamProfile | undefined> {
  let pending = teams.get(folder);
  if (!pending) teams.set(folder, (pending = parseNote(join(folder, 'team.md'), teamSchema).then((r) => (r.ok ? r.note.data : undefined))));
  return pending;
}
