/** A scratch copy of a fixture team for tests that change notes. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Copies test/fixtures/<name> into a new temporary folder and returns the copy's path. */
export function scratchTeam(name = 'team-a'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'workplan-robust-')), name);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}
