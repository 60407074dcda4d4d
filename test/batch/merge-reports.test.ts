import { describe, expect, test } from 'vitest';
import { mergeReports, type JsonReport } from '../../src/batch/merge-reports.js';

const kpiRow = { file: 'kpi.csv', line: 3, column: 0, field: 'value', message: 'is not a number', severity: 'error' as const };
const shard = (n: number, over: Partial<JsonReport>): JsonReport => ({
  year: 2026, reps: 0, rendered: 0, failed: [], outputs: [], diagnostics: [kpiRow], seconds: { total: n, rollups: 0 }, jobs: 2, peakRssMb: 100 * n, ...over,
});

describe('merging the reports of a sharded batch', () => {
  test('counts add up, lists join sorted, the same KPI row once, the slowest shard\'s wall time', () => {
    const a = shard(3, { reps: 2, rendered: 2, outputs: [{ file: 'out/t/b/2026-summary.pdf', format: 'pdf', bytes: 10, sha256: 'b' }, { file: 'out/t/2026-rollup.pdf', format: 'pdf', bytes: 5, sha256: 'r' }], seconds: { total: 3, rollups: 0.5 } });
    const b = shard(4, { reps: 2, rendered: 1, failed: [{ rep: 'data/t/a', kind: 'input', diagnostics: [] }], outputs: [{ file: 'out/t/c/2026-summary.pdf', format: 'pdf', bytes: 11, sha256: 'c' }] });
    const merged = mergeReports([a, b]);
    expect(merged).toEqual({
      year: 2026, reps: 4, rendered: 3, skipped: [], failed: [{ rep: 'data/t/a', kind: 'input', diagnostics: [] }],
      outputs: [{ file: 'out/t/2026-rollup.pdf', format: 'pdf', bytes: 5, sha256: 'r' }, { file: 'out/t/b/2026-summary.pdf', format: 'pdf', bytes: 10, sha256: 'b' }, { file: 'out/t/c/2026-summary.pdf', format: 'pdf', bytes: 11, sha256: 'c' }],
      diagnostics: [kpiRow], seconds: { total: 4, rollups: 0.5 }, jobs: 4, peakRssMb: 400,
    });
  });
  test('problems are listed as one run lists them: team.md, then rep.md, then the other files, each by path and line', () => {
    const note = (file: string, line: number) => ({ file, line, column: 1, field: 'month', message: 'is not a month', severity: 'error' as const });
    const team = { file: 'data/t/team.md', line: 4, column: 3, field: 'metrics', message: 'is empty', severity: 'error' as const };
    const rep = { file: 'data/t/b/rep.md', line: 2, column: 1, field: 'hired', message: 'is not a date', severity: 'error' as const };
    const a = shard(1, { diagnostics: [note('data/t/b/2026-03.md', 9), kpiRow, note('data/t/b/2026-03.md', 2)] });
    const b = shard(2, { diagnostics: [rep, note('data/t/a/2026-05.md', 1), team, kpiRow] });
    expect(mergeReports([a, b]).diagnostics).toEqual([team, rep, note('data/t/a/2026-05.md', 1), note('data/t/b/2026-03.md', 2), note('data/t/b/2026-03.md', 9), kpiRow]);
  });
  test('a shard given twice, or reports of different years, are refused', () => {
    const a = shard(1, { outputs: [{ file: 'out/x.pdf', format: 'pdf', bytes: 1, sha256: 'x' }] });
    expect(() => mergeReports([a, a])).toThrow('out/x.pdf is in two reports: were the same shard\'s reports given twice?');
    expect(() => mergeReports([a, shard(1, { year: 2025 })])).toThrow('the reports are for different years (2026, 2025)');
  });
});
