/**
 * Writes files that must not exist yet (notes `init`, `new` and `roster` start): all or nothing,
 * never over a file the user has, even one that appears while we write.
 */
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ExistsError extends Error {
  constructor(readonly files: string[]) {
    super(`${files.join(', ')} already exist${files.length === 1 ? 's' : ''}`);
  }
}

/** Writes every file, or none when any of them exists already. */
export function writeNewFiles(files: readonly { file: string; text: string }[]): void {
  const existing = files.filter((f) => existsSync(f.file)).map((f) => f.file);
  if (existing.length) throw new ExistsError(existing);
  for (const { file, text } of files) {
    mkdirSync(dirname(file), { recursive: true });
    const temp = join(dirname(file), `.${basename(file)}.${process.pid}.new.tmp`);
    writeFileSync(temp, text);
    try {
      // A hard link fails when the target exists: the check and the write are one step.
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ExistsError([file]);
      throw error;
    } finally {
      rmSync(temp, { force: true });
    }
  }
}
