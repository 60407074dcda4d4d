/**
 * `workplan team-plan` through the real CLI: the sample team's H2 plan in each of the four
 * languages, as DOCX and PDF, with the text pulled back out of both; bad input; and `batch --period`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';
import { localeKit, type LabelKey } from '../../src/locale/index.js';
import type { Locale } from '../../src/notes/schema.js';

const team = join('data', 'service-desk');

/** What each language's document must say, beyond the labels: metric names and figures in its own words. */
const EXPECTED: Record<Locale, string[]> = {
  en: ['Team plan · Service Desk · H2 2026', 'How the objectives of H1 2026 went', 'Record completeness', '81.2%', '78% (June 2026)', 'Partly met', 'Pair Park Ji-woo with Kim Min-ji'],
  'zh-CN': ['团队工作计划 · Service Desk · 2026年下半年', '2026年上半年目标完成情况', '客户资料完整率', '81.2%', '78%（2026年6月）'],
  'zh-TW': ['團隊工作計畫 · Service Desk · 2026年下半年', '2026年上半年目標達成情況', '客戶資料完整率', '81.2%', '78%（2026年6月）'],
  ko: ['팀 업무 계획 · Service Desk · 2026년 하반기', '2026년 상반기 목표 달성 결과', '고객 정보 완성도', '81.2%', '78% (2026년 6월)'],
};
const LABELS: LabelKey[] = ['section.principle', 'section.objectives', 'term.short', 'term.long', 'section.schedule', 'section.responsibilities', 'section.training', 'section.inspections', 'section.resources', 'section.teamFigures', 'section.teamTrend', 'section.stages', 'stage.burnout', 'stage.burnout.manage', 'section.signals', 'section.repSupport', 'teamPlan.noSupport', 'section.closing'];

describe.each(['en', 'zh-CN', 'zh-TW', 'ko'] as const)('team plan in %s', (locale) => {
  const out = mkdtempSync(join(tmpdir(), `workplan-team-plan-${locale}-`));
  let pdf = '';
  let docx = '';
  beforeAll(async () => {
    const r = cli(['team-plan', team, '--period', '2026-H2', '--locale', locale, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.replace(/^.*[\\/]/, ''))).toEqual(['2026-H2-team-plan.docx', '2026-H2-team-plan.pdf']);
    pdf = comparable(await pdfText(readFileSync(join(out, 'service-desk', '2026-H2-team-plan.pdf'))));
    docx = comparable(await docxText(readFileSync(join(out, 'service-desk', '2026-H2-team-plan.docx'))));
  }, 60_000);

  test('both formats carry the labels, names and figures in the language', () => {
    const kit = localeKit(locale);
    for (const s of [...EXPECTED[locale], ...LABELS.map((k) => kit.t(k, { period: '' }))]) {
      expect(pdf, `PDF lacks ${s}`).toContain(comparable(s));
      expect(docx, `DOCX lacks ${s}`).toContain(comparable(s));
    }
  });

  test("the manager's own text is kept as written", () => {
    for (const s of ['Record completeness at 85% for the whole team', 'Every record complete on the first call', 'The second half is the busiest of the year', 'Ticket spot check, ten tickets per rep', 'A second headset for the new starter', "Figures in this plan are the reps' own notes"]) {
      expect(pdf).toContain(comparable(s));
      expect(docx).toContain(comparable(s));
    }
  });
});

describe('team-plan on bad input', () => {
  test('an unknown period is refused before anything is read', () => {
    const r = cli(['team-plan', team, '--period', '2026-H3']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--period "2026-H3" is not a plan period; write a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2)');
  });

  test('plan given a team plan named like a month says which command renders it', () => {
    const r = cli(['plan', join(team, 'plans', '2026-H2.md')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`is a team plan: render it with "workplan team-plan ${team} --period 2026-H2"`);
  });

  test('a team without a plan for the period: exit 1, the file to write, nothing rendered', () => {
    const out = mkdtempSync(join(tmpdir(), 'workplan-team-plan-none-'));
    const r = cli(['team-plan', team, '--period', '2026-Q3', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(team, 'plans', '2026-Q3.md')}  error: is missing: there is no team plan for 2026-Q3`);
    expect(r.stderr).toContain('1 of 1 team plans not rendered');
    expect(existsSync(join(out, 'service-desk'))).toBe(false);
  });
});

describe('a rep note with an error', () => {
  test('is left out of the figures, reported (exit 1), and named in the document, which is still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-team-plan-bad-rep-'));
    cpSync(join('data', 'hospital-cs'), join(dir, 'hospital-cs'), { recursive: true });
    const note = join(dir, 'hospital-cs', 'lin-yuting', '2026-06.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('complaints: 4', 'complaints: many'));
    const r = cli(['team-plan', join(dir, 'hospital-cs'), '--period', '2026-H2', '--format', 'pdf', '--locale', 'en', '--out', join(dir, 'out')]);
    // Reports name files relative to the working folder, wherever the checkout is.
    expect(r.stderr).toContain(`${relative(process.cwd(), note)}:4:15  error actuals.complaints`);
    // The plan is written, and the run still says something was wrong.
    expect(r.status).toBe(1);
    const pdf = comparable(await pdfText(readFileSync(join(dir, 'out', 'hospital-cs', '2026-H2-team-plan.pdf'))));
    expect(pdf).toContain(comparable('Notes with errors are left out of the figures above (run workplan validate on them): • 林雨婷: 2026-06.md:4'));
  });
});

describe('batch --period', () => {
  test('renders the team plan beside the rollup, and warns for a team without one', () => {
    const out = mkdtempSync(join(tmpdir(), 'workplan-team-plan-batch-'));
    const r = cli(['batch', join('data', 'hospital-cs'), '--year', '2026', '--period', '2026-H2', '--format', 'pdf', '--jobs', '1', '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'hospital-cs', '2026-H2-team-plan.pdf'))).toBe(true);
    expect(existsSync(join(out, 'hospital-cs', '2026-rollup.pdf'))).toBe(true);
    const q = cli(['batch', join('data', 'hospital-cs'), '--year', '2026', '--period', '2026-Q3', '--format', 'pdf', '--jobs', '1', '--out', out]);
    expect(q.status).toBe(0);
    expect(q.stderr).toContain('has no team plan for 2026-Q3, so none is rendered');
  }, 120_000);
});
