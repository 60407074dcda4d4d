import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRepFolders } from '../../src/batch/duplicate-reps.js';
import { problemPlaces } from '../../src/pipeline/problem-places.js';

const team = mkdtempSync(join(tmpdir(), 'workplan-rep-folders-'));
const rep = (folder: string, profile: string) => {
  mkdirSync(join(team, folder), { recursive: true });
  writeFileSync(join(team, folder, 'rep.md'), `---\n${profile}---\n`);
  return join(team, folder);
};

describe('checkRepFolders', () => {
  const ann = rep('ann', 'name: Ann Lee\n');
  const copy = rep('ann-old', 'name: Ann Lee\nid: ann\n');
  const bo = rep('bo', 'name: 张伟\nhired: 2025-10-20\n');
  const bo2 = rep('bo-2', 'name: 张伟\nhired: 2025-10-20\n');
  const bo3 = rep('bo-3', 'name: 张伟\nhired: 2024-02-01\n');
  const noHire = rep('cy', 'name: 张伟\n');

  test('folders sharing an id are refused with their name and where, the folder included', async () => {
    const { refused } = await checkRepFolders([ann, copy, bo], team);
    expect([...refused.keys()].sort()).toEqual([ann, copy]);
    expect(refused.get(copy)).toMatchObject({ id: 'ann', name: 'Ann Lee', where: 'ann-old/rep.md:3' });
    expect(refused.get(copy)!.diagnostic.message).toBe('rep id "ann" of team "' + team.split('/').pop() + '" is also the id in ann; both would write the same documents, so neither is rendered nor counted in the team\'s figures');
  });

  test('one warning for a second folder with the same name and hire date; another hire date or none is two people', async () => {
    const { refused, samePerson } = await checkRepFolders([bo, bo2, bo3, noHire], team);
    expect(refused.size).toBe(0);
    expect(samePerson).toHaveLength(1);
    expect(samePerson[0]).toMatchObject({ file: join(bo2, 'rep.md'), severity: 'warning' });
    expect(samePerson[0]!.message).toBe('has the same name "张伟" and hire date 2025-10-20 as bo, so the team\'s documents count them as two reps (bo and bo-2)');
  });
});

describe('problemPlaces', () => {
  test('lists each file once, in file and line order, whatever order the checks found them in', () => {
    const d = (file: string, line: number, severity: 'error' | 'warning' = 'error') => ({ file, line, column: 1, field: '', message: 'x', severity });
    expect(problemPlaces([d('a/2026-03.md', 4), d('a/2026-05.md', 3), d('a/2026-04.md', 9), d('a/2026-04.md', 4), d('a/2026-01.md', 2, 'warning'), d('a/2026-03.md', 4)])).toEqual(['2026-03.md:4', '2026-04.md:4', '2026-04.md:9', '2026-05.md:3']);
  });
});
