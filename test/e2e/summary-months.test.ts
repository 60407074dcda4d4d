/**
 * A year written the way real reps write it, through the CLI into PDF and DOCX: reviews labelled by
 * the month they describe, coverage named truly, flat figures and low energy named as signs of the
 * burnout period, and the team's own competency framework found by the documented rule.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';
import { documentTexts, type DocumentTexts } from '../helpers/document-texts.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-months-'));
const team = join(work, 'data', 'desk');
const rep = join(team, 'ana');

const TEAM = `---
id: desk
name: Desk
locale: en
metrics:
  - {id: completeness, name: Record completeness, unit: percent, direction: higher, baseline: 68, target: 85}
  - {id: calls, name: Calls per week, unit: count, direction: higher, baseline: 150, target: 200}
---
`;
const FRAMEWORK = `id: desk-own
groups:
  - id: craft
    name: Desk craft
    items:
      - {id: callbacks, name: Callback discipline}
`;
// Completeness by the month it measures (the note for M gives M−1's): within 0.5 of February's 76
// through May (threshold 0.85), while calls climb. August's note gives no figures (July has none)
// and October's is missing (September has none).
const measured: Record<string, [number, number] | null> = {
  '2025-12': [69, 158], '2026-01': [70, 160], '2026-02': [76, 165], '2026-03': [76.4, 170], '2026-04': [76.1, 176], '2026-05': [76.5, 178],
  '2026-06': [78, 180], '2026-07': null, '2026-08': [80, 186], '2026-09': null, '2026-10': [82, 190], '2026-11': [83, 192], '2026-12': [84, 195],
};
const noteFor = (month: string, described: string, extra = '') => {
  const values = measured[described];
  const actuals = values === undefined || values === null ? '' : `actuals: {completeness: ${values[0]}, calls: ${values[1]}}\n`;
  return `---\nmonth: ${month}\n${extra}${actuals}review:\n  achievements:\n    - Praised by a customer in ${described}\n  shortfalls:\n    - {what: Callbacks late in ${described}, why: Queue cause ${described}}\n---\n`;
};

beforeAll(() => {
  mkdirSync(rep, { recursive: true });
  writeFileSync(join(team, 'team.md'), TEAM);
  writeFileSync(join(team, 'competencies.yaml'), FRAMEWORK);
  writeFileSync(join(rep, 'rep.md'), '---\nid: ana\nname: Ana Park\nteam: desk\nrole: Service rep\nhired: 2024-03-01\nmanager: Dana Lee\nlocale: en\n---\n');
  const plan = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-11', '2026-12', '2027-01'];
  for (const month of plan) {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const described = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    const energy = month === '2026-05' || month === '2026-07' ? 'energy: low\n' : '';
    writeFileSync(join(rep, `${month}.md`), month === '2026-08' ? `---\nmonth: 2026-08\n---\n` : noteFor(month, described, energy));
  }
  writeFileSync(join(rep, '2026.md'), '---\nyear: 2026\nratings: {callbacks: 4}\n---\n');
});

describe('a year of real-looking notes, in the PDF and the DOCX', () => {
  let doc: DocumentTexts;
  beforeAll(async () => {
    const r = cli(['summary', rep, '--year', '2026', '--out', join(work, 'out')]);
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    doc = await documentTexts(join(work, 'out', 'desk', 'ana', '2026-summary'));
  });
  const both = (text: string) => doc.both(text);
  const neither = (text: string) => doc.neither(text);

  test("achievements carry the month they describe; December's comes from January 2027; December 2025's is left out", () => {
    both('January 2026: Praised by a customer in 2026-01');
    both('December 2026: Praised by a customer in 2026-12');
    neither('in 2025-12');
  });
  test('a shortfall row names the month it describes, not the month of the note', () => {
    // The note for December reviews November: its cause sits beside November.
    both('Queue cause 2026-11 November 2026');
    both('Queue cause 2026-12 December 2026');
  });
  test('coverage: a missing note and a note without figures are each named, with the months they leave empty', () => {
    both('Notes for 11 of the 12 months of the year. No note for: October 2026. The note for August 2026 gives no figures.');
    both('July 2026 (the note for August 2026 gives no figures), September 2026 (no note for October 2026).');
  });
  test('flat completeness and low energy are named as signs of the burnout period', () => {
    // Calls rose 5 or more every month (threshold 2.5): only completeness is named.
    both('Signs of the burnout period: Record completeness: no real progress in the 3 months after February 2026, up to May 2026.');
    neither('Calls per week: no real progress');
    both('Energy marked low in the notes for May 2026, July 2026.');
  });
  test("the team folder's own framework is used for the ratings", () => {
    both('Callback discipline');
  });
});

describe('the monthly plan names the burnout period while it applies', () => {
  test("June's plan: completeness flat in the three months after February; July's plan: figures moving again, but energy marked low", async () => {
    const r = cli(['plan', join(rep, '2026-06.md'), join(rep, '2026-07.md'), '--out', join(work, 'out'), '--format', 'pdf']);
    expect(r.status).toBe(0);
    const june = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', 'ana', '2026-06-plan.pdf'))));
    const july = comparable(await pdfText(readFileSync(join(work, 'out', 'desk', 'ana', '2026-07-plan.pdf'))));
    expect(june).toContain(comparable('Signs of the burnout period: Record completeness: no real progress in the 3 months after February 2026, up to May 2026. This can come at any stage.'));
    expect(july).toContain(comparable('Signs of the burnout period: You marked your energy as low. This can come at any stage.'));
    expect(july).not.toContain(comparable('no real progress'));
  });
});

describe('the sample team rollup', () => {
  let text = '';
  beforeAll(async () => {
    const r = cli(['batch', 'data/service-desk', '--year', '2026', '--out', join(work, 'samples'), '--format', 'pdf', '--jobs', '1']);
    expect(r.status).toBe(0);
    text = comparable(await pdfText(readFileSync(join(work, 'samples', 'service-desk', '2026-rollup.pdf'))));
  });
  test('박지우 joining in September is shown as a change of members, with the count of reps each month', () => {
    // Four reps all year; 박지우's October note gives September's figures, her December note November's.
    expect(text).toContain(comparable('August 2026 4'));
    expect(text).toContain(comparable('September 2026 5'));
    expect(text).toContain(comparable('October 2026 4'));
    expect(text).toContain(comparable('Reps in the averages changed in September 2026: in: 박지우; October 2026: out: 박지우; November 2026: in: 박지우; December 2026: in: 黃詩涵, out: 박지우.'));
  });
  test("陳雅婷's plateau and her own low-energy marks are named as signs of the burnout period, metric names in the rollup's English", () => {
    expect(text).toContain(comparable('1 rep shows signs of the burnout period'));
    expect(text).toContain(comparable('陳雅婷: Record completeness: no real progress in the 4 months after February 2026, up to June 2026.'));
    expect(text).toContain(comparable('Energy marked low in the notes for April 2026, May 2026.'));
    expect(text).toContain(comparable('박지우 Fresh (months 1–3) 2 / 3'));
  });
});
