import { createWriteStream, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKpi } from '../../src/notes/load-kpi.js';

const dir = mkdtempSync(join(tmpdir(), 'workplan-kpi-'));
const METRICS = ['completeness', 'weekly-calls', 'sms'];

/** A call-system export for a centre of `reps` reps: every rep, month and metric, values that follow from the indices. */
async function centreYear(file: string, reps: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('rep,month,metric,value\n');
  for (let r = 0; r < reps; r++) {
    let chunk = '';
    for (let m = 1; m <= 12; m++) for (const [i, metric] of METRICS.entries()) chunk += `rep-${String(r).padStart(5, '0')},2026-${String(m).padStart(2, '0')},${metric},${(r % 50) + m + i / 10}\n`;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('KPI exports are streamed', () => {
  test('a 10,000-rep year (360,000 rows, over 10 MB) is read whole, row lines kept', async () => {
    const file = join(dir, 'centre.csv');
    await centreYear(file, 10_000);
    expect(statSync(file).size).toBeGreaterThan(10 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = await loadKpi(file);
    const seconds = (performance.now() - t0) / 1000;
    expect(r.diagnostics).toEqual([]);
    expect(r.rows).toBe(360_000);
    expect(r.table.size).toBe(10_000);
    // rep-09999 is rep index 9999: 9999 % 50 = 49; March, weekly-calls (i = 1): 49 + 3 + 0.1. Line: header + 9999 reps × 36 rows + (2 × 3 + 1) + 1.
    expect(r.table.get('rep-09999')!.get('2026-03')!['weekly-calls']).toEqual({ value: 52.1, line: 1 + 9999 * 36 + 7 + 1 });
    // Only the table is kept: no copy of the 11 MB text or of the parsed rows. The table itself is
    // about 360,000 small objects.
    const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    console.log(`KPI stream: 360,000 rows in ${seconds.toFixed(2)} s, heap grew ${grown.toFixed(0)} MB`);
    expect(grown).toBeLessThan(150);
  }, 120_000);

  test('only plain decimal numbers: 0x10, 1e3, Infinity and 12,5 are errors; 76%, -3 and .5 are values', async () => {
    const file = join(dir, 'values.csv');
    writeFileSync(file, ['rep,month,metric,value', 'ana,2026-08,calls,0x10', 'ana,2026-08,calls,1e3', 'ana,2026-08,calls,Infinity', 'ana,2026-08,calls,"12,5"', 'ana,2026-09,a,76%', 'ana,2026-09,b,-3', 'ana,2026-09,c,.5', ''].join('\n'));
    const r = await loadKpi(file);
    expect(r.diagnostics.map((d) => [d.line, d.field, d.input, d.message])).toEqual([
      [2, 'value', '"0x10"', 'is not a number'],
      [3, 'value', '"1e3"', 'is not a number'],
      [4, 'value', '"Infinity"', 'is not a number'],
      [5, 'value', '"12,5"', 'is not a number'],
    ]);
    expect(r.table.get('ana')!.get('2026-09')).toEqual({ a: { value: 76, line: 6 }, b: { value: -3, line: 7 }, c: { value: 0.5, line: 8 } });
  });

  test('a file that is not UTF-8 text, or holds a NUL byte, is one error at its line', async () => {
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from('rep,month,metric,value\nana,2026-08,calls,3\n'), Buffer.from([0x61, 0x6e, 0xe9]), Buffer.from(',2026-08,calls,4\n')]));
    const nul = join(dir, 'nul.csv');
    writeFileSync(nul, 'rep,month,metric,value\nana,2026-08,calls,3\nana,2026-08,\0calls,4\n');
    expect((await loadKpi(latin1)).diagnostics.map((d) => [d.line, d.message])).toEqual([[3, 'is not valid UTF-8 text']]);
    expect((await loadKpi(nul)).diagnostics.map((d) => [d.line, d.message])).toEqual([[3, 'contains NUL bytes and looks binary']]);
  });

  test('a Windows export (CR LF) with a quoted line break counts each line once', async () => {
    const file = join(dir, 'crlf.csv');
    // Row 2 is one quoted value spanning lines 2 and 3; row 4 is a good row after it.
    writeFileSync(file, 'rep,month,metric,value\r\n"ana\r\n",2026-08,calls,3\r\nana,2026-09,calls,4\r\n');
    const r = await loadKpi(file);
    expect(r.table.get('ana')!.get('2026-09')).toEqual({ calls: { value: 4, line: 4 } });
    const lone = join(dir, 'lone-quote.csv');
    writeFileSync(lone, 'rep,month,metric,value\r\n"\r\n"');
    for (const d of (await loadKpi(lone)).diagnostics) expect(d.line).toBeLessThanOrEqual(3);
  });

  test('past 200 bad rows the rest are counted, not listed', async () => {
    const file = join(dir, 'wrong.csv');
    writeFileSync(file, `rep,month,metric,value\n${'ana,2026-13,calls,1\n'.repeat(250)}`);
    const r = await loadKpi(file);
    expect(r.diagnostics).toHaveLength(201);
    expect(r.diagnostics[200]!.message).toBe('has 50 more bad rows, not listed');
  });
});
