import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';

interface Report {
  reps: number;
  rendered: number;
  failed: { rep: string }[];
  outputs: { file: string; bytes: number; sha256: string; format: string }[];
  seconds: { total: number };
}

const work = mkdtempSync(join(tmpdir(), 'workplan-batch-'));
const centre = join(work, 'centre');

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-centre.mjs'), '--reps', '12', '--out', centre]);
  // One broken note among many: rep-0005 misspells a field.
  const bad = join(centre, 'team-001', 'rep-0005', '2026-06.md');
  writeFileSync(bad, readFileSync(bad, 'utf8').replace('study:', 'stuyd:'));
});

describe('workplan batch', () => {
  let report: Report;
  let stderr = '';
  beforeAll(() => {
    const r = cli(['batch', centre, '--year', '2026', '--out', join(work, 'out'), '--jobs', '2', '--json'], {}, work);
    stderr = r.stderr;
    expect(r.status).toBe(1);
    report = JSON.parse(r.stdout) as Report;
  });

  test('one bad note fails only its rep, is reported with file and line, and the rest is written', () => {
    expect(report.reps).toBe(12);
    expect(report.rendered).toBe(11);
    expect(report.failed.map((f) => f.rep)).toEqual([join('centre', 'team-001', 'rep-0005')]);
    expect(stderr).toMatch(/rep-0005\/2026-06\.md:\d+:\d+\s+error stuyd: "stuyd" is not a known field/);
    expect(stderr).toContain('hint: did you mean "study"?');
    expect(existsSync(join(work, 'out', 'team-001', 'rep-0004', '2026-summary.pdf'))).toBe(true);
    expect(existsSync(join(work, 'out', 'team-001', 'rep-0005', '2026-summary.pdf'))).toBe(false);
  });

  test('--json lists every output with its size and SHA-256', () => {
    // 11 reps × 2 formats + the rollup in 2 formats.
    expect(report.outputs).toHaveLength(24);
    for (const o of report.outputs) {
      const bytes = readFileSync(join(work, o.file));
      expect(bytes.length).toBe(o.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(o.sha256);
    }
  });

  test('the team rollup has one row per rep that rendered and the team figures', async () => {
    const text = comparable(await pdfText(readFileSync(join(work, 'out', 'team-001', '2026-rollup.pdf'))));
    expect(text).toContain(comparable('Team rollup · Team 001 · 2026'));
    expect(text).toContain(comparable('Career stages'));
    expect(text).toContain(comparable('Record completeness'));
  });

  test('shards split the reps: every rep in exactly one shard', () => {
    const files: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const r = cli(['batch', centre, '--year', '2026', '--out', join(work, `shard-${shard[0]}`), '--jobs', '1', '--shard', shard, '--json', '--format', 'pdf'], {}, work);
      const rep = JSON.parse(r.stdout) as Report;
      files.push(...rep.outputs.map((o) => o.file.replace(/^shard-\d\//, '')).filter((f) => f.includes('summary')));
      if (shard === '1/3') expect(rep.outputs.some((o) => o.file.includes('rollup'))).toBe(true);
      else expect(rep.outputs.some((o) => o.file.includes('rollup'))).toBe(false);
    }
    expect(files.sort()).toEqual([...new Set(files)].sort());
    expect(files).toHaveLength(11);
  });

  test('a bad KPI row is reported with its line; good rows override the notes', async () => {
    const kpi = join(work, 'kpi.csv');
    writeFileSync(kpi, 'rep,month,metric,value\nrep-0001,2026-12,completeness,99.5\nrep-0001,2026-13,completeness,80\n');
    const r = cli(['batch', join(centre, 'team-001'), '--year', '2026', '--out', join(work, 'kpi-out'), '--metrics', kpi, '--format', 'pdf'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kpi\.csv:3\s+error month: is not a month/);
    const text = comparable(await pdfText(readFileSync(join(work, 'kpi-out', 'team-001', 'rep-0001', '2026-summary.pdf'))));
    expect(text).toContain('99.5%');
  });
});
