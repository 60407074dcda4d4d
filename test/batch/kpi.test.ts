import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKpi } from '../../src/notes/load-kpi.js';
import { overlayKpi } from '../../src/model/kpi-overlay.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'kpi', 'bad.csv');

describe('KPI import', () => {
  test('a cell typed with a trailing zero keeps its decimals (76.50: 2); 76.5 and 80 need no note of it', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'kpi-digits-')), 'kpi.csv');
    writeFileSync(csv, `rep,month,metric,value\nana,2026-08,a,76.50\nana,2026-08,b,76.5\nana,2026-08,c,80\nana,2026-08,d,85.0%\nana,2026-08,e,1.${'0'.repeat(150)}\n`);
    const r = await loadKpi(csv);
    expect(r.diagnostics).toEqual([]);
    expect(r.table.get('ana')?.get('2026-08')).toEqual({ a: { value: 76.5, line: 2, padded: 2 }, b: { value: 76.5, line: 3 }, c: { value: 80, line: 4 }, d: { value: 85, line: 5, padded: 1 }, e: { value: 1, line: 6, padded: 150 } });
  });
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

describe('KPI rows the run cannot use are reported with their line', () => {
  test('an unknown rep (with a guess), a month outside the year and an unknown metric', async () => {
    const { checkKpi } = await import('../../src/notes/check-kpi.js');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'kpi-')), 'k.csv');
    writeFileSync(f, 'rep,month,metric,value\nli-na,2026-11,completeness,83\nli_na,2026-11,completeness,83\nli-na,2025-12,completeness,66\nli-na,2026-10,completness,81\nnobody,2026-10,completeness,81\nbo,2026-10,anything,1\n');
    const kpi = await loadKpi(f);
    expect(kpi.diagnostics).toEqual([]);
    const found = checkKpi(f, kpi.table, [{ id: 'li-na', metrics: ['completeness', 'weekly-calls'] }, { id: 'bo' }], 2026);
    expect(found.map((d) => [d.line, d.severity, d.field, d.input, d.hint])).toEqual([
      [3, 'error', 'rep', '"li_na"', 'did you mean "li-na"?'],
      [4, 'warning', 'month', '"2025-12"', 'a summary for 2026 reads the months 2026-01 to 2026-12 (the month measured)'],
      [5, 'error', 'metric', '"completness"', 'did you mean "completeness"?'],
      [6, 'error', 'rep', '"nobody"', "use the id from the rep's rep.md, or include the rep's team folder in the run"],
    ]);
    // Line 7: bo's notes could not be read, so its metrics are unknown and not held against the row.
    expect(found[0]!.message).toBe('names rep "li_na", who is not among the rep folders of this run');
  });
  test("a row for a month before the rep's hire date is not the rep's: a warning, and the row is not used", async () => {
    const { checkKpi } = await import('../../src/notes/check-kpi.js');
    const f = join(mkdtempSync(join(tmpdir(), 'kpi-hired-')), 'k.csv');
    // Hired 6 May: April is before, May (the month of the hire) is the rep's.
    writeFileSync(f, 'rep,month,metric,value\nnew,2026-04,calls,100\nnew,2026-05,calls,120\n');
    const kpi = await loadKpi(f);
    const found = checkKpi(f, kpi.table, [{ id: 'new', metrics: ['calls'], hired: '2026-05-06' }], 2026);
    expect(found.map((d) => [d.line, d.severity, d.field, d.input, d.message])).toEqual([[2, 'warning', 'month', '"2026-04"', 'is before rep new was hired (2026-05-06), so the row is not used']]);
  });
  test("a row that gives another figure than the rep's own note is named, with both figures; one that agrees to its digits is not", async () => {
    const { checkKpi } = await import('../../src/notes/check-kpi.js');
    const f = join(mkdtempSync(join(tmpdir(), 'kpi-noted-')), 'k.csv');
    // June's calls: the note for July says 176, the export 174. May's completeness: the note gave
    // 500 of 660 = 75.7575…%, which the export's 76 agrees with to its own digits.
    writeFileSync(f, 'rep,month,metric,value\nsam,2026-06,calls,174\nsam,2026-05,completeness,76\nsam,2026-04,calls,170\n');
    const kpi = await loadKpi(f);
    const noted = { '2026-06': { calls: { value: 176, file: 'desk/sam/2026-07.md' } }, '2026-05': { completeness: { value: (500 / 660) * 100, file: 'desk/sam/2026-06.md' } } };
    const found = checkKpi(f, kpi.table, [{ id: 'sam', metrics: ['calls', 'completeness'], noted }], 2026);
    expect(found.map((d) => [d.line, d.severity, d.field, d.message, d.hint])).toEqual([
      [2, 'warning', 'value', "gives calls for 2026-06 as 174, but desk/sam/2026-07.md gives 176; the documents show the export's 174", "correct the one that is wrong, so the rep's note and the export agree"],
    ]);
  });
});
