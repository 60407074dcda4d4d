/**
 * Figures keep the digits they were typed with: YAML reads 4.30 as 4.3, yet a rep who wrote 4.30
 * and a target of 4.50 sees 4.30 and 4.50 in the plan and the summary, PDF and DOCX alike.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-written-'));
const team = join(work, 'data', 'desk');
const rep = join(team, 'ana');
const out = join(work, 'out');

beforeAll(() => {
  mkdirSync(rep, { recursive: true });
  writeFileSync(join(team, 'team.md'), '---\nid: desk\nname: Desk\nlocale: en\nmetrics:\n  - {id: sms, name: SMS satisfaction, unit: score, direction: higher, baseline: 4.2, target: 4.50}\n---\n');
  writeFileSync(join(rep, 'rep.md'), '---\nid: ana\nname: Ana Park\nteam: desk\nhired: 2024-03-01\nlocale: en\n---\n');
  // August measured 4.30 (in September's note), September 4.5 as typed without the zero.
  writeFileSync(join(rep, '2026-09.md'), '---\nmonth: 2026-09\nactuals: {sms: 4.30}\ngoals:\n  - {title: Lift SMS, metric: sms, target: 4.50}\n---\n');
  writeFileSync(join(rep, '2026-10.md'), '---\nmonth: 2026-10\nactuals: {sms: 4.5}\n---\n');
});

async function texts(base: string): Promise<{ pdf: string; docx: string }> {
  return {
    pdf: comparable(await pdfText(readFileSync(`${base}.pdf`))),
    docx: comparable(await docxText(readFileSync(`${base}.docx`))),
  };
}

describe('4.30 and 4.50 as written', () => {
  test("September's plan: the latest 4.30 against the target 4.50, and the goal's 4.50", async () => {
    const r = cli(['plan', join(rep, '2026-09.md'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const { pdf, docx } = await texts(join(out, 'desk', 'ana', '2026-09-plan'));
    for (const text of [pdf, docx]) {
      // Baseline 4.2 shows 4.20 too: the metric's figures were typed to two decimals.
      // Progress (4.30 − 4.20) / (4.50 − 4.20) = 33%.
      expect(text).toContain(comparable('SMS satisfaction (higher is better) 4.20 pts 4.30 pts 4.50 pts — 33% Behind'));
      expect(text).toContain(comparable('Lift SMS — SMS satisfaction → 4.50 pts'));
      expect(text).not.toMatch(/4\.3pts|4\.5pts/);
    }
  });
  test('the summary: August 4.30, September 4.50 (typed 4.5), the target 4.50 met', async () => {
    const r = cli(['summary', rep, '--year', '2026', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const { pdf, docx } = await texts(join(out, 'desk', 'ana', '2026-summary'));
    for (const text of [pdf, docx]) {
      // Baseline, year end (September's: no later note), change since the baseline (4.50 − 4.20), target, best (September), worst (August), 1 of 2 months on target.
      expect(text).toContain(comparable('SMS satisfaction (higher is better) 4.20 pts 4.50 pts (Sep) +0.30 pts 4.50 pts 4.50 pts · Sep 4.30 pts · Aug 1/2 Met'));
      expect(text).toContain(comparable('September 2026 Lift SMS 4.50 pts Met'));
      expect(text).not.toMatch(/4\.3pts|4\.5pts/);
    }
    // The chart's legend names the target as the table does.
    expect(pdf).toContain(comparable('Target 4.50 pts'));
  });
});
