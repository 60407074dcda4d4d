import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { realFileSystem, writeAtomic, type FileSystem } from '../../src/output/write-atomic.js';
import { OutputError } from '../../src/output/output-error.js';
import { isTempFile, removeStaleTemps } from '../../src/output/temp-files.js';
import { describeFailure } from '../../src/pipeline/failure.js';
import { formatFailure } from '../../src/cli/errors.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'workplan-out-'));
const errno = (code: string) => Object.assign(new Error(`${code}: raw system message`), { code });

describe('a write that fails is the user\'s environment, named in plain words', () => {
  test('a full disk during the write: OutputError with the path, exit-1 kind, no temp file left', async () => {
    const dir = scratch();
    const target = join(dir, 'team', 'ana', '2026-09-plan.pdf');
    // The write itself leaves a partial temp file behind before failing, as a real ENOSPC does.
    const full: FileSystem = { ...realFileSystem, write: (file, data) => { writeFileSync(file, data.slice(0, 3)); throw errno('ENOSPC'); } };
    const error = await writeAtomic(target, 'pdf bytes', full).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(`cannot write ${target}: the disk is full`);
    expect((error as OutputError).code).toBe('ENOSPC');
    expect(readdirSync(join(dir, 'team', 'ana'))).toEqual([]);
    const failure = describeFailure(error);
    expect(failure).toMatchObject({ kind: 'input', file: target });
    expect(formatFailure(failure)).toBe(`workplan: cannot write ${target}: the disk is full\n    hint: free some space, or write elsewhere with --out\n`);
  });

  test('a read-only folder, a file in the way of a folder, and an unknown code each say so', async () => {
    const dir = scratch();
    const cases: [string, string][] = [['EACCES', 'permission denied (the folder is read-only or belongs to someone else)'], ['EROFS', 'the file system is read-only'], ['EWHATEVER', 'the system refused (EWHATEVER)']];
    for (const [code, words] of cases) {
      const failing: FileSystem = { ...realFileSystem, rename: () => { throw errno(code); } };
      const error = (await writeAtomic(join(dir, 'a.pdf'), 'x', failing).catch((e: unknown) => e)) as OutputError;
      expect(error.message).toBe(`cannot write ${join(dir, 'a.pdf')}: ${words}`);
    }
    // A real ENOTDIR: the folder to create is a file.
    writeFileSync(join(dir, 'team'), 'not a folder');
    const error = (await writeAtomic(join(dir, 'team', 'ana', 'x.pdf'), 'x').catch((e: unknown) => e)) as OutputError;
    expect(error.message).toBe(`cannot write ${join(dir, 'team', 'ana')}: a part of that path is a file, not a folder`);
  });

  test('a bug that is not a file system error stays a bug', async () => {
    const broken: FileSystem = { ...realFileSystem, write: () => { throw new TypeError('x is not a function'); } };
    const error = await writeAtomic(join(scratch(), 'a.pdf'), 'x', broken).catch((e: unknown) => e);
    expect(describeFailure(error).kind).toBe('internal');
  });
});

describe('temporary files left by a killed run', () => {
  test('are named recognisably and removed by the next write to that folder, unless their process lives', async () => {
    const dir = scratch();
    // A pid that certainly belonged to a process that has ended.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = `.2026-summary.pdf.workplan-${dead}-3.tmp`;
    const live = `.2026-summary.docx.workplan-${process.ppid}-1.tmp`;
    for (const name of [stale, live, '.notes.tmp']) writeFileSync(join(dir, name), 'half');
    expect(isTempFile(stale)).toBe(true);
    expect(isTempFile('.notes.tmp')).toBe(false);
    await writeAtomic(join(dir, '2026-summary.pdf'), 'whole');
    expect(existsSync(join(dir, stale))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([live, '.notes.tmp', '2026-summary.pdf'].sort());
    // Once per folder and process: a second write does not list the folder again.
    expect(removeStaleTemps(dir)).toEqual([]);
  });
});
