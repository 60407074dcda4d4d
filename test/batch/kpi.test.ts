import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKpi } from '../../src/notes/load-kpi.js';
import { overlayKpi } from '../../src/model/kpi-overlay.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'kpi', 'bad.csv');

describe('KPI import', () => {
  test('good rows are read, bad rows are reported with their line, field and value', async () => {
    const r = await loadKpi(file);
    expect(r.rows).toBe(6);
    expect(r.diagnostics.map((d) => [d.line, d.field, d.input])).toEqual([
      [3, 'month', '"2026-8"'],
      [4, 'value', '"high"'],
      [5, 'rep', '"Ana Park"'],
    ]);
    expect(r.table.get('ana')?.get('2026-08')).toEqual({ completeness: { value: 77, line: 2 } });
    // Unknown metric ids are checked later against the rep's metrics; the row is kept with its line.
    expect(r.table.get('ana')?.get('2026-10')).toEqual({ completeness: { value: 81, line: 6 }, nosuchmetric: { value: 5, line: 7 } });
  });
  test('a missing column is one clear error on line 1', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'kpi-')), 'k.csv');
    writeFileSync(f, 'rep,month,value\nana,2026-08,3\n');
    const r = await loadKpi(f);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 1, message: 'the header lacks metric' });
  });
  test('KPI values override what notes measured, month by month', () => {
    const measured = new Map([['2026-08', { completeness: 75, complaints: 4 }]]);
    const out = overlayKpi(measured, new Map<string, Record<string, { value: number; line: number }>>([['2026-08', { completeness: { value: 77, line: 2 } }], ['2026-09', { complaints: { value: 3, line: 3 } }]]));
    expect(out.get('2026-08')).toEqual({ completeness: 77, complaints: 4 });
    expect(out.get('2026-09')).toEqual({ complaints: 3 });
    expect(measured.get('2026-08')!.completeness).toBe(75);
  });
});
