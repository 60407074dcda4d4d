/**
 * A folder as the user typed it, rewritten only when its last part names no folder: "." typed inside
 * a rep folder, "li-na/." or "..". A rep's id and team, and where its team.md is, are read from the
 * folder's name and its parent's, and "." has neither (its parent would be "." again), so every
 * metric of team.md went undefined. The result stays relative, as diagnostics show it: "." inside
 * data/desk/li-na is "../li-na".
 */
import { basename, dirname, join, relative, resolve } from 'node:path';

export function namedFolder(folder: string, cwd: string = process.cwd()): string {
  const last = basename(folder);
  if (last !== '.' && last !== '..' && last !== '') return folder;
  const absolute = resolve(cwd, folder);
  const name = basename(absolute);
  // The file system's root has no name to give: left as typed.
  if (name === '') return folder;
  return join(relative(cwd, dirname(absolute)) || '.', name);
}
