/**
 * Three things an audit of Chinese and Korean plans found, checked in the files the CLI writes:
 * a line before a URL or file name is not stretched into wide gaps, "80%" is spaced from the
 * Chinese after it like any number, and the supervisor's "— name" line stays on the page of the
 * comment's end (keep with next in the DOCX).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { docxXml } from '../helpers/docx-text.js';

const dir = mkdtempSync(join(tmpdir(), 'wp-cjk-layout-'));
const team = join(dir, 'desk');
const pdfOf = (rep: string, month: string) => join(dir, 'out', 'service-desk', rep, `${month}-plan.pdf`);
const BODY = 10.5;

/** Adds fields to a note's front matter. */
function addToNote(file: string, fields: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/\n---\n/, `\n${fields}\n---\n`));
}

interface Word {
  xMin: number;
  xMax: number;
  text: string;
}

/** Each text line of a PDF page with its words, from pdftotext -bbox-layout. */
function pageLines(pdf: string, page: number): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
    [...line[1]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({ xMin: Number(w[1]), xMax: Number(w[2]), text: w[3]! })),
  );
}

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const lineText = (words: Word[]) => words.map((w) => w.text).join(' ');

beforeAll(() => {
  cpSync(join(ROOT, 'data', 'service-desk'), team, { recursive: true });
  addToNote(
    join(team, 'li-na', '2026-09.md'),
    [
      'opening: 八月的回访录音在共享盘 \\\\fs01\\cs-share\\service-desk\\li-na_recordings_final_v2.xlsx 里，安装预约的规定见 https://kb.example-telecom.com.cn/service-desk/broadband/installation-appointments?section=faq#reschedule-policy 这篇文章，九月我会逐条核对。',
      // 161 sentences of closing put the end of the comment on the last line of page 3 (found by
      // trying lengths; 159 to 162 do): before the fix "— 王强" was set alone at the top of page 4.
      // keep-attribution.test.ts tries every position on the page.
      `closing: "${'我会每天记录回访结果。'.repeat(161)}"`,
      'supervisor:',
      '  comment: 李娜八月在借调期间仍然保持了较高的接听质量，值得肯定。九月请重点关注资料完整率，80%是底线，预约工单里的客户全称和地址必须填写完整后才能提交；希望你把接听量稳定在180通以上，同时保持质检得分在86分以上。',
      '  name: 王强',
      '  date: 2026-09-02',
    ].join('\n'),
  );
  addToNote(
    join(team, 'park-jiwoo', '2026-12.md'),
    'opening: 지난달 상담 기록은 공유 폴더의 CustomerRecordCompletenessChecklist_2026Q3_final.xlsx 파일에 정리했고, 설치 예약 규정은 사내 지식베이스 https://kb.example-telecom.co.kr/articles/InstallationAppointmentReschedulingPolicy.html 에서 확인할 수 있습니다. 이번 달에는 두 자료를 기준으로 고객 정보 완성도를 점검하겠습니다.',
  );
  const r = cli(['plan', join(team, 'li-na', '2026-09.md'), join(team, 'park-jiwoo', '2026-12.md'), '--out', join(dir, 'out')]);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);

describe('a justified line before a URL or file name', () => {
  test('ko: no two words of the opening paragraph are more than an em apart (the line before the URL had 20-point gaps)', () => {
    const lines = pageLines(pdfOf('park-jiwoo', '2026-12'), 1);
    const from = lines.findIndex((l) => lineText(l).startsWith('지난달 상담'));
    const to = lines.findIndex((l) => lineText(l).includes('점검하겠습니다'));
    expect(to - from).toBe(3);
    for (const line of lines.slice(from, to + 1)) {
      for (let k = 1; k < line.length; k++) expect(line[k]!.xMin - line[k - 1]!.xMax, lineText(line)).toBeLessThan(BODY);
    }
  });

  test('zh-CN: the URL breaks before a mark inside it, and no two words are more than an em apart', () => {
    const lines = pageLines(pdfOf('li-na', '2026-09'), 1);
    const from = lines.findIndex((l) => lineText(l).startsWith('八月的回访录音'));
    const to = lines.findIndex((l) => lineText(l).includes('逐条核对'));
    expect(to - from).toBeGreaterThan(1);
    const paragraph = lines.slice(from, to + 1);
    expect(paragraph.map(lineText).join('').replace(/ /g, '')).toContain('https://kb.example-telecom.com.cn/service-desk/broadband/installation-appointments?section=faq#reschedule-policy');
    // UAX #14 alone breaks after a hyphen, never before one or before a dot.
    expect(paragraph.slice(1).some((l) => /^[-.?#=_]/.test(l[0]!.text))).toBe(true);
    // A line is justified to the margin, or, when that would take more than the limits allow (the
    // line before "-appointments", 72 points short with six stretch points), set flush left.
    expect(paragraph[0]!.at(-1)!.xMax).toBeCloseTo(595.28 - 56, 0);
    for (const line of paragraph) for (let k = 1; k < line.length; k++) expect(line[k]!.xMin - line[k - 1]!.xMax, lineText(line)).toBeLessThan(BODY);
  });
});

describe('a number with % before Chinese text', () => {
  test('80% is set a quarter em from 是 after it, as 180 is from 通', () => {
    const pdf = pdfOf('li-na', '2026-09');
    const words = Array.from({ length: pages(pdf) }, (_, p) => pageLines(pdf, p + 1)).flat(2);
    const gapAfter = (end: string, next: string) => {
      const k = words.findIndex((w, i) => w.text.endsWith(end) && words[i + 1]?.text.startsWith(next));
      expect(k, `"${end}" then "${next}"`).toBeGreaterThanOrEqual(0);
      return words[k + 1]!.xMin - words[k]!.xMax;
    };
    // At least the quarter em (2.625 pt); justification may add its small share.
    expect(gapAfter('80%', '是')).toBeGreaterThanOrEqual(0.25 * BODY - 0.01);
    expect(gapAfter('180', '通')).toBeGreaterThanOrEqual(0.25 * BODY - 0.01);
  });
});

describe("the supervisor's attribution", () => {
  test('PDF: "— 王强" is on the page of the comment\'s last words', () => {
    const pdf = pdfOf('li-na', '2026-09');
    const texts = Array.from({ length: pages(pdf) }, (_, p) => execFileSync('pdftotext', ['-f', String(p + 1), '-l', String(p + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s/g, ''));
    const page = texts.findIndex((t) => t.includes('—王强'));
    expect(page).toBeGreaterThanOrEqual(0);
    expect(texts[page]).toContain('86分以上。');
  });

  test('DOCX: the comment\'s paragraph keeps with the next one, with widow control', async () => {
    const xml = await docxXml(readFileSync(pdfOf('li-na', '2026-09').replace(/\.pdf$/, '.docx')));
    const paragraphs = xml.split('<w:p>');
    const signed = paragraphs.findIndex((p) => p.includes('— 王强'));
    expect(signed).toBeGreaterThan(0);
    expect(paragraphs[signed - 1]).toContain('86分以上');
    expect(paragraphs[signed - 1]).toMatch(/<w:pPr><w:keepNext\/><w:widowControl\/>/);
  });
});
