/**
 * A document that cannot be written: the user's environment is wrong (a full disk, a read-only
 * folder, `--out` naming a file), not our code. It names the path and the cause in plain words.
 */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    /** The file system's code (ENOSPC, EACCES, …), kept for scripts and tests. */
    readonly code: string | undefined,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = 'OutputError';
  }
}

const CAUSES: Record<string, [string, string]> = {
  ENOSPC: ['the disk is full', 'free some space, or write elsewhere with --out'],
  EDQUOT: ['the disk quota is used up', 'free some space, or write elsewhere with --out'],
  EACCES: ['permission denied (the folder is read-only or belongs to someone else)', 'choose a folder you can write to with --out'],
  EPERM: ['the operation is not permitted there', 'choose a folder you can write to with --out'],
  EROFS: ['the file system is read-only', 'choose a folder on a writable disk with --out'],
  ENOTDIR: ['a part of that path is a file, not a folder', '--out must name a folder (it is created if missing)'],
  EISDIR: ['a folder is in the way of the document', 'remove or rename that folder'],
  EEXIST: ['a file is in the way of a folder workplan needs', 'remove or rename that file, or write elsewhere with --out'],
  ENAMETOOLONG: ['the path is too long', 'use a shorter --out folder'],
  EMFILE: ['too many files are open', 'run with fewer --jobs'],
  EIO: ['the disk reported an input/output error', 'check the disk, or write elsewhere with --out'],
};

/** Wraps a file system error from writing `path` into an OutputError; anything else is returned as it is. */
export function explainWriteError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  const [cause, hint] = CAUSES[code] ?? [`the system refused (${code})`, 'check the folder given with --out'];
  return new OutputError(path, code, cause, hint);
}
