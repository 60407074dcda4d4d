/**
 * Plans for a team the samples do not have, through the CLI into PDF and DOCX: a rep's first month
 * (hired 5 January 2026, no figures yet), her February plan reviewing January, and a Korean plan
 * with eight goals without a term and two long-term ones.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-new-rep-'));
const team = join(work, 'east');
const out = join(work, 'out');

const TEAM = `---
id: east
name: 客服二组
locale: zh-CN
metrics:
  - {id: completeness, name: {zh-CN: 客户资料完整率, ko: 고객 정보 완성도}, unit: percent, direction: higher, baseline: 68, target: 85}
  - {id: aht, name: {zh-CN: 平均处理时长, ko: 평균 처리 시간}, unit: seconds, direction: lower, baseline: 320, target: 240}
---
`;
const JANUARY = `---
month: 2026-01
goals:
  - {title: 熟悉工单流程}
  - {title: 客户资料完整率达到75%, metric: completeness, target: 75}
---
`;
// January's figures: completeness 70 (from the baseline 68 toward 75: partly), handling time 345 s
// (from 320, away from 300: missed).
const FEBRUARY = `---
month: 2026-02
actuals: {completeness: 70, aht: 345}
goals:
  - {title: 平均处理时长控制在300秒以内, metric: aht, target: 300}
---
`;
const goals = ['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱', '여덟'].map((g) => `  - {title: 목표 ${g}}\n`).join('');
const KOREAN = `---
month: 2026-10
actuals: {completeness: 80}
goals:
${goals}  - {title: 선배 상담 사례 공유회 참석, term: long}
  - {title: 사내 CS 자격증 준비, term: long}
---
`;

const read = async (file: string) => ({
  pdf: comparable(await pdfText(readFileSync(`${file}.pdf`))),
  docx: comparable(await docxText(readFileSync(`${file}.docx`))),
});

beforeAll(() => {
  for (const rep of ['zhao-min', 'ann', 'park']) mkdirSync(join(team, rep), { recursive: true });
  writeFileSync(join(team, 'team.md'), TEAM);
  writeFileSync(join(team, 'zhao-min', 'rep.md'), '---\nname: 赵敏\nhired: 2026-01-05\n---\n');
  writeFileSync(join(team, 'zhao-min', '2026-01.md'), JANUARY);
  writeFileSync(join(team, 'zhao-min', '2026-02.md'), FEBRUARY);
  // Hired in 2025: her first note is not her first month, so last month is named as missing.
  writeFileSync(join(team, 'ann', 'rep.md'), '---\nname: 安\nhired: 2025-05-01\n---\n');
  writeFileSync(join(team, 'ann', '2026-01.md'), JANUARY);
  writeFileSync(join(team, 'park', 'rep.md'), '---\nname: 박소라\nhired: 2025-08-18\nlocale: ko\n---\n');
  writeFileSync(join(team, 'park', '2026-10.md'), KOREAN);
  // Two reps as `init` starts them: the four reflection questions as headings to answer. One
  // answers the first question; the other leaves all four as they are.
  for (const rep of ['kim', 'lee']) expect(cli(['init', join(team, rep), '--name', rep, '--hired', '2025-03-01', '--locale', 'ko', '--month', '2026-11', '-q']).status).toBe(0);
  const kim = join(team, 'kim', '2026-11.md');
  writeFileSync(kim, readFileSync(kim, 'utf8').replace('내 말로 설명하는가?\n', '내 말로 설명하는가?\n\n요금제 차이를 제 말로 설명하기 시작했습니다.\n'));
  const r = cli(['plan', team, '--out', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

describe('a rep\'s first month', () => {
  let doc = { pdf: '', docx: '' };
  beforeAll(async () => {
    doc = await read(join(out, 'east', 'zhao-min', '2026-01-plan'));
  });
  test('has no review of December, a month she did not work, and numbers the sections from it', () => {
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).not.toContain(comparable('上月回顾'));
      expect(text).not.toContain(comparable('没有上个月的笔记'));
      expect(text).toContain(comparable('一、指标'));
      expect(text).toContain(comparable('二、本月目标 · 2026年1月'));
    }
  });
  test('shows the metrics to be measured on, but no progress bars that would all read "no data"', () => {
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).toContain(comparable('客户资料完整率（越高越好） 68% — 85% — — 无数据'));
      expect(text).not.toContain(comparable('目标进度'));
    }
  });
  test('a rep hired earlier whose first note this is still hears that last month has no note', async () => {
    const ann = await read(join(out, 'east', 'ann', '2026-01-plan'));
    for (const text of [ann.pdf, ann.docx]) expect(text).toContain(comparable('一、上月回顾 · 2025年12月 没有上个月的笔记，无法回顾上月目标。 二、指标'));
  });
});

describe('her second month', () => {
  test('reviews January: 70% of 75% is partly met, 345 s against 300 s missed; the progress bars are back', async () => {
    const pdf = await pdfText(readFileSync(join(out, 'east', 'zhao-min', '2026-02-plan.pdf')));
    expect(comparable(pdf)).toContain(comparable('客户资料完整率达到75% 75% 70% 部分达成'));
    expect(comparable(pdf)).toContain(comparable('平均处理时长控制在300秒以内'));
    // The result stays whole in its column: the PDF once broke it "部分达 | 成".
    expect(pdf).not.toMatch(/部分达\s+成/);
    // Progress (70 − 68) / (85 − 68) = 11.8%: 12%; handling time (320 − 345) / (320 − 240) = −31%.
    expect(comparable(pdf)).toContain(comparable('目标进度 客户资料完整率 12% 平均处理时长 −31%'));
  });
});

describe('goals grouped by term', () => {
  test('the long-term goals after eight others are numbered 9 and 10 in the PDF', async () => {
    const pdf = await pdfText(readFileSync(join(out, 'east', 'park', '2026-10-plan.pdf')));
    expect(comparable(pdf)).toContain(comparable('8. 목표 여덟 장기 목표 9. 선배 상담 사례 공유회 참석 10. 사내 CS 자격증 준비'));
  });
});

describe('the reflection questions init writes', () => {
  test('left unanswered, they leave no reflection section and no empty heading', async () => {
    const doc = await read(join(out, 'east', 'lee', '2026-11-plan'));
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).not.toContain(comparable('성찰'));
      expect(text).not.toContain(comparable('로봇인가'));
      expect(text).toContain(comparable('기록된 목표가 없습니다. 확인 서명'));
    }
  });
  test('one answered: that question and its answer, and none of the other three', async () => {
    const doc = await read(join(out, 'east', 'kim', '2026-11-plan'));
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).toContain(comparable('성찰 나는 스크립트만 읽는 로봇인가, 내 말로 설명하는가? 요금제 차이를 제 말로 설명하기 시작했습니다. 확인 서명'));
      expect(text).not.toContain(comparable('실수를 인정할 용기'));
    }
  });
});

describe("a plan whose last month's note has an error", () => {
  test('is written, says the note was left out for its errors (not that there is none), and the run exits 1', async () => {
    const folder = join(work, 'west', 'chen');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(work, 'west', 'team.md'), TEAM.replace('id: east', 'id: west'));
    writeFileSync(join(folder, 'rep.md'), '---\nname: 陳偉\nhired: 2024-03-01\nlocale: zh-TW\n---\n');
    // December's note names a metric that does not exist (a typo), so it cannot be read.
    writeFileSync(join(folder, '2025-12.md'), '---\nmonth: 2025-12\nactuals: {completness: 80}\ngoals:\n  - {title: 客戶資料完整率達到84%, metric: completeness, target: 84}\n---\n');
    writeFileSync(join(folder, '2026-01.md'), '---\nmonth: 2026-01\nactuals: {completeness: 86}\n---\n');
    const r = cli(['plan', join(folder, '2026-01.md'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2025-12\.md:3:\d+ +error actuals\.completness: names metric "completness", which is not defined/);
    const doc = await read(join(out, 'west', 'chen', '2026-01-plan'));
    for (const text of [doc.pdf, doc.docx]) {
      expect(text).toContain(comparable('一、上月回顧 · 2025年12月 上個月的筆記有錯誤，無法在此回顧上月目標：請修正後重新產生本計畫。'));
      expect(text).not.toContain(comparable('沒有上個月的筆記'));
    }
  });
});
