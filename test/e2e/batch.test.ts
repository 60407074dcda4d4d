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
  // Two reps with one name: the rollup must tell them apart.
  const profile = (id: string) => join(centre, 'team-001', id, 'rep.md');
  writeFileSync(profile('rep-0002'), readFileSync(profile('rep-0002'), 'utf8').replace(/^name: .*$/m, 'name: Sam Lee'));
  writeFileSync(profile('rep-0003'), readFileSync(profile('rep-0003'), 'utf8').replace(/^name: .*$/m, 'name: Sam Lee'));
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

  test('the rollup lists the rep whose notes failed, with where; names two reps who share a name by id; counts each month', async () => {
    const text = comparable(await pdfText(readFileSync(join(work, 'out', 'team-001', '2026-rollup.pdf'))));
    const name = /^name: (.*)$/m.exec(readFileSync(join(centre, 'team-001', 'rep-0005', 'rep.md'), 'utf8'))![1]!;
    const line = /^(\d+):/m.exec(stderr.split('rep-0005/2026-06.md:')[1] ?? '')?.[1];
    expect(line).toBeDefined();
    expect(text).toContain(comparable(`Not included in the figures above, because their notes could not be used:`));
    expect(text).toMatch(new RegExp(`${comparable(name)}(\\(rep-0005\\))?:${comparable('notes with errors; run workplan validate on them')}\\(2026-06\\.md:${line}\\)`));
    expect(text).toContain(comparable('Sam Lee (rep-0002)'));
    expect(text).toContain(comparable('Sam Lee (rep-0003)'));
    // 11 reps rendered, each with figures every month: every month of the table averages 11.
    expect(text).toContain(comparable("Each month's average is over the reps with a figure for that month"));
    expect(text).toContain(comparable('January 2026 11'));
    expect(text).toContain(comparable('December 2026 11'));
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
    writeFileSync(kpi, 'rep,month,metric,value\nrep-0001,2026-12,completeness,99.5\nrep-0001,2026-13,completeness,80\nrep-001,2026-11,completeness,80\nrep-0001,2025-12,completeness,70\nrep-0001,2026-11,completenes,80\n');
    const r = cli(['batch', join(centre, 'team-001'), '--year', '2026', '--out', join(work, 'kpi-out'), '--metrics', kpi, '--format', 'pdf'], {}, work);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kpi\.csv:3\s+error month: is not a month/);
    expect(r.stderr).toMatch(/kpi\.csv:4\s+error rep: names rep "rep-001", who is not among the rep folders of this run/);
    expect(r.stderr).toMatch(/kpi\.csv:5\s+warning month: is outside 2026, so the row is not used/);
    expect(r.stderr).toMatch(/kpi\.csv:6\s+error metric: names metric "completenes", which rep rep-0001 does not have/);
    // validate checks the same export before a run, with the same lines.
    const v = cli(['validate', '--metrics', kpi, '--year', '2026', join(centre, 'team-001')], {}, work);
    expect(v.status).toBe(1);
    for (const l of ['kpi\\.csv:3\\s+error month', 'kpi\\.csv:4\\s+error rep', 'kpi\\.csv:5\\s+warning month', 'kpi\\.csv:6\\s+error metric']) expect(v.stderr).toMatch(new RegExp(l));
    const text = comparable(await pdfText(readFileSync(join(work, 'kpi-out', 'team-001', 'rep-0001', '2026-summary.pdf'))));
    expect(text).toContain('99.5%');
  });
});
