/**
 * A team the samples do not have, through the CLI into PDF and DOCX: twenty reps whose mean falls
 * just short of the target, a metric with `decimals: 1`, a metric with no target at all, and a
 * note that ends in blank lines. Every figure below is worked out by hand in the comments.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-fresh-team-'));
const team = join(work, 'north');
const out = join(work, 'out');

const TEAM = `---
id: north
name: North Line
locale: en
metrics:
  - {id: fcr, name: First-contact resolution, unit: percent, direction: higher, baseline: 70, target: 80}
  - {id: records, name: Complete records, unit: percent, direction: higher, baseline: 60, target: 75, decimals: 1}
  - {id: callbacks, name: Callbacks made, unit: count, direction: higher, baseline: 40}
  - {id: sms, name: SMS score, unit: score, direction: higher, baseline: 4.3, target: 4.6}
---
`;
const ids = Array.from({ length: 20 }, (_, i) => `rep-${String(i + 1).padStart(2, '0')}`);

beforeAll(() => {
  mkdirSync(join(team, 'plans'), { recursive: true });
  writeFileSync(join(team, 'team.md'), TEAM);
  writeFileSync(join(team, 'plans', '2026-Q3.md'), '---\nperiod: 2026-Q3\n---\n');
  for (const [i, id] of ids.entries()) {
    mkdirSync(join(team, id), { recursive: true });
    writeFileSync(join(team, id, 'rep.md'), `---\nname: Rep ${i + 1}\nhired: 2024-01-01\n---\n`);
    // July's figures: 19 reps at 80%, rep-20 at 79%. Records only for the first two reps, 70 and 74;
    // callbacks only for rep-01: June 41, July 45; rep-01's June FCR 78. rep-01's August note ends
    // in blank lines, no body.
    const fcr = id === 'rep-20' ? 79 : 80;
    // SMS scores for the first four: 4.62, 4.6, 4.52, 4.45.
    const sms = ['  sms: 4.62\n', '  sms: 4.6\n', '  sms: 4.52\n', '  sms: 4.45\n'][i] ?? '';
    const more = (i === 0 ? '  records: 70\n  callbacks: 45\n' : i === 1 ? '  records: 74\n' : '') + sms;
    if (i === 0) writeFileSync(join(team, id, '2026-07.md'), '---\nmonth: 2026-07\nactuals:\n  callbacks: 41\n  fcr: 78\n---\nJune was quiet.\n');
    writeFileSync(join(team, id, '2026-08.md'), `---\nmonth: 2026-08\nactuals:\n  fcr: ${fcr}\n${more}---\n\n\n`);
  }
});

const read = async (file: string) => ({
  pdf: comparable(await pdfText(readFileSync(`${file}.pdf`))),
  docx: comparable(await docxText(readFileSync(`${file}.docx`))),
});

describe('the team plan of twenty reps', () => {
  let doc = { pdf: '', docx: '' };
  beforeAll(async () => {
    const r = cli(['team-plan', team, '--period', '2026-Q3', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    doc = await read(join(out, 'north', '2026-Q3-team-plan'));
  });
  const both = (text: string) => {
    expect(doc.pdf, `PDF lacks ${text}`).toContain(comparable(text));
    expect(doc.docx, `DOCX lacks ${text}`).toContain(comparable(text));
  };
  test('the mean 1599 / 20 = 79.95% is shown as 79.95%, not as 80% beside a target of 80% and "Behind"', () => {
    both('First-contact resolution (higher is better) 79.95% 80% Behind 19 / 20');
    expect(doc.pdf).not.toContain(comparable('80% 80% Behind'));
  });
  test('decimals: 1 holds for the mean: (70 + 74) / 2 = 72.0%, against 75.0%', () => {
    both('Complete records (higher is better) 72.0% 75.0% Behind 0 / 2');
  });
  test('the SMS mean 18.19 / 4 = 4.5475 reads 4.548, as by hand; two of four at 4.6 or more', () => {
    both('SMS score (higher is better) 4.548 pts 4.6 pts Behind 2 / 4');
  });
  test('a metric with no target reads "No target", with no "0 / 0" of reps on target', () => {
    both('Callbacks made (higher is better) 45 — No target —');
  });
  test("the trend chart's legend gives the target with the table's digits: 75.0% under decimals: 1", () => {
    expect(doc.pdf).toContain(comparable('Target 75.0%'));
    expect(doc.pdf).not.toContain(comparable('Target 75%'));
  });
});

describe("rep-01's August plan", () => {
  let doc = { pdf: '', docx: '' };
  beforeAll(async () => {
    const r = cli(['plan', join(team, 'rep-01', '2026-08.md'), '--out', out]);
    expect(r.status).toBe(0);
    doc = await read(join(out, 'north', 'rep-01', '2026-08-plan'));
  });
  test('callbacks 41 → 45 (+4) with no target: "No target", never "No target this period"', () => {
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).toContain(comparable('Callbacks made (higher is better) 40 45 — +4 — No target'));
      expect(text).not.toContain(comparable('this period'));
    }
  });
  test('FCR 78% → 80% is a change of +2 percentage points, not "+2%"', () => {
    for (const text of [doc.pdf, doc.docx]) expect(text).toContain(comparable('First-contact resolution (higher is better) 70% 80% 80% +2 pp 100% Met'));
  });
  test('a note that ends in blank lines has no reflection heading; the July note, with a body, has one', async () => {
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).not.toContain('Reflection');
      expect(text).toContain('Sign-off');
    }
    expect(cli(['plan', join(team, 'rep-01', '2026-07.md'), '--out', out, '--format', 'pdf']).status).toBe(0);
    expect(comparable(await pdfText(readFileSync(join(out, 'north', 'rep-01', '2026-07-plan.pdf'))))).toContain(comparable('Reflection June was quiet.'));
  });
});
