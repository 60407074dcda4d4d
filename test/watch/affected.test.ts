import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { affectedJobs } from '../../src/watch/affected.js';
import { ROOT } from '../helpers/cli.js';

const rep = join(ROOT, 'data/service-desk/li-na');

describe('which documents a changed file feeds', () => {
  test("a monthly note: its plan and next month's; with a year, the summary", () => {
    expect(affectedJobs(join(rep, '2026-09.md'))).toEqual([
      { kind: 'plan', note: join(rep, '2026-09.md') },
      { kind: 'plan', note: join(rep, '2026-10.md') },
    ]);
    expect(affectedJobs(join(rep, '2026-12.md'), 2026)).toEqual([{ kind: 'plan', note: join(rep, '2026-12.md') }, { kind: 'summary', repFolder: rep, year: 2026 }]);
  });
  test('a profile: every plan of the rep; the annual note: the summary only; anything else: nothing', () => {
    expect(affectedJobs(join(rep, 'rep.md')).length).toBe(12);
    expect(affectedJobs(join(rep, '2026.md'), 2026)).toEqual([{ kind: 'summary', repFolder: rep, year: 2026 }]);
    expect(affectedJobs(join(rep, 'notes.txt'), 2026)).toEqual([]);
  });
});
