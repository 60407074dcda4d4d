/**
 * Each language's conventions for a plan's title and section numbers, in both formats: Chinese
 * numbers sections 一、二、三 and their sub-points （一）（二）, English and Korean number none, and a
 * team changes that from its templates folder (labels, or a template without the numbers).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';
import { chineseNumeral } from '../../src/locale/chinese-numerals.js';

const out = mkdtempSync(join(tmpdir(), 'wp-conventions-'));
const note = (rep: string) => join('data', 'service-desk', rep, '2026-09.md');
const texts = new Map<string, { docx: string[]; pdf: string }>();

async function render(rep: string, args: string[] = [], key = rep): Promise<void> {
  const dir = join(out, key);
  const r = cli(['plan', note(rep), '--out', dir, ...args]);
  expect(r.status, r.stderr).toBe(0);
  const base = join(dir, 'service-desk', rep, '2026-09-plan');
  texts.set(key, { docx: (await docxText(readFileSync(`${base}.docx`))).split('\n'), pdf: comparable(await pdfText(readFileSync(`${base}.pdf`))) });
}

/** The headings a reader sees, in order, where the document numbers them or not: checked in both files. */
function expectInBoth(key: string, lines: string[]): void {
  const { docx, pdf } = texts.get(key)!;
  let from = 0;
  for (const line of lines) {
    const at = docx.indexOf(line, from);
    expect(at, `DOCX of ${key} has "${line}" after line ${from}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
    expect(pdf, `PDF of ${key}`).toContain(comparable(line));
  }
}

beforeAll(async () => {
  await Promise.all([render('li-na'), render('chen-yating'), render('sam-taylor'), render('kim-minji')]);
}, 120_000);

describe('Chinese numerals', () => {
  test('as Chinese counts: 十一 not 一十一, 二十 not 二十零; beyond 99 in digits', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 45, 99, 100, 0].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十一', '四十五', '九十九', '100', '0']);
  });
});

describe('a plan in each language', () => {
  test('zh-CN: "李娜 2026年9月工作计划", sections 一、二、三, sub-points （一）（二）（三） starting again in each section', () => {
    expectInBoth('li-na', ['李娜 2026年9月工作计划', '一、上月回顾 · 2026年8月', '（一）上月目标完成情况', '（二）主要成绩', '（三）不足与原因', '二、指标', '三、本月目标 · 2026年9月', '四、学习计划', '五、反思']);
  });

  test('zh-TW: the same conventions in Traditional characters', () => {
    expectInBoth('chen-yating', ['陳雅婷 2026年9月工作計畫', '一、上月回顧 · 2026年8月', '（一）上月目標達成情況', '（二）主要成果', '（三）不足與原因', '二、指標', '三、本月目標 · 2026年9月', '四、學習計畫', '五、反思']);
  });

  test('en and ko keep their own: the title in their order, no section numbers', () => {
    expectInBoth('sam-taylor', ['Monthly work plan · September 2026', 'Last month in review · August 2026', "Last month's goals", 'Metrics', "This month's goals · September 2026"]);
    expectInBoth('kim-minji', ['김민지 2026년 9월 월간 업무 계획', '지난달 돌아보기 · 2026년 8월', '지난달 목표 달성 현황', '지표', '이번 달 목표 · 2026년 9월']);
    // The headings above are whole lines: nothing is put before them.
  });
});

describe('a team can change the convention from its templates folder', () => {
  test('a label gives Korean numbered sections; a template without {{section}} gives Chinese none', async () => {
    const templates = join(out, 'tpl');
    mkdirSync(join(templates, 'labels'), { recursive: true });
    writeFileSync(join(templates, 'labels', 'ko.yaml'), 'number.section: "{n}. "\nnumber.subsection: "{n}) "\n');
    await render('kim-minji', ['--templates', templates], 'kim-minji-numbered');
    expectInBoth('kim-minji-numbered', ['1. 지난달 돌아보기 · 2026년 8월', '1) 지난달 목표 달성 현황', '2. 지표', '3. 이번 달 목표 · 2026년 9월']);

    writeFileSync(join(templates, 'monthly-plan.md.hbs'), readFileSync(join('templates', 'monthly-plan.md.hbs'), 'utf8').replaceAll('{{section}}', '').replaceAll('{{subsection}}', ''));
    await render('li-na', ['--templates', templates], 'li-na-plain');
    expectInBoth('li-na-plain', ['李娜 2026年9月工作计划', '上月回顾 · 2026年8月', '上月目标完成情况', '指标']);
    expect(texts.get('li-na-plain')!.docx.filter((l) => /^[一二三四五]、|^（[一二三]）/.test(l))).toEqual([]);
  });
});
