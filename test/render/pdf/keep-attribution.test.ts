/**
 * The "— name · date" line under a supervisor's comment stays on the page of the comment's last
 * lines, in the PDF (moving those lines over with it) and in the DOCX (keep with next and widow
 * control on the comment's last paragraph), in Chinese and Korean.
 */
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../src/document/from-markdown.js';
import type { Block, Document } from '../../../src/document/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { Flow } from '../../../src/render/pdf/flow.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { docxXml } from '../../helpers/docx-text.js';
import { pdfPageTexts } from '../../helpers/pdf-text.js';
import { comparable } from '../../helpers/same-text.js';

const COMMENT: Record<string, string> = {
  'zh-CN':
    '李娜八月在借调期间仍然保持了较高的接听质量，短信满意度首次达到90%，值得肯定。九月请重点关注资料完整率，预约工单里的客户全称和地址必须填写完整后才能提交；投诉方面要放慢语速，把重要信息讲清楚，再留出时间让客户提问。',
  ko: '지우 씨는 이번 달 처리 통화 수와 정보 완성도가 모두 나아졌습니다. 다음 달에는 통화 후 기록을 바로 정리하고, 모르는 내용은 짐작하지 말고 선배에게 먼저 확인해 주세요. 불만 건수도 두 건 이하로 유지하고, 주간 처리 통화 수는 지금처럼 꾸준히 늘려 가기를 바랍니다. 고객 정보 완성도 목표는 85%입니다.',
};
const SIGNED: Record<string, string> = { 'zh-CN': '— 王强 · 2026年9月2日', ko: '— 김서연 · 2026년 12월 2일' };
const FILLER: Record<string, string> = { 'zh-CN': '本月按计划回访客户。', ko: '이번 달 계획대로 고객에게 다시 연락했습니다.' };

const para = (text: string): Block => ({ type: 'paragraph', spans: [{ text }] });

/** `fillers` one-line paragraphs, then the comment section as the templates write it. */
function commentDocument(lang: string, fillers: number, comment = COMMENT[lang]!): Document {
  const blocks = [
    ...Array.from({ length: fillers }, () => para(FILLER[lang]!)),
    ...parseMarkdown(`## Comment\n\n${comment}\n\n${SIGNED[lang]}\n`),
    para(FILLER[lang]!),
  ];
  return { meta: { title: 'T', author: 'A', lang, header: 'H', footer: '{page}', date: new Date('2026-09-30T00:00:00Z') }, blocks };
}

describe('the Document marks an attribution', () => {
  test('a paragraph starting "— " after a paragraph keeps with it; not after a heading, not without the space', () => {
    const blocks = parseMarkdown('评语第一段。\n\n— 王强 · 2026年9月2日\n\n## 标题\n\n— 不是署名\n\n正文\n\n—没有空格');
    expect(blocks.map((b) => (b.type === 'paragraph' ? !!b.keepWithPrevious : b.type))).toEqual([false, true, 'heading', false, false, false]);
  });
});

describe.each([
  ['zh-CN', 1],
  ['zh-CN', 2],
  ['ko', 1],
  ['ko', 2],
])('PDF, %s, the comment written %i times over', (lang, times) => {
  test('wherever the comment ends on the page, the attribution is on the page of its last two lines, and the heading with its first', async () => {
    const comment = COMMENT[lang]!.repeat(times);
    const flow = new Flow({} as never, defaultTheme, defaultTheme.pdfFallback[lang]!, lang);
    const laid = flow.proseLayout([{ text: comment }], flow.width, { indent: true });
    // Three lines once (moved whole, as splitting would leave one line alone), five or six twice (split).
    const n = laid.lines.length;
    expect(n).toBe(times === 1 ? 3 : lang === 'ko' ? 6 : 5);
    const textOf = (k: number) => comparable(laid.chars.slice(laid.lines[k]!.start, laid.lines[k]!.end).map((c) => c.ch).join(''));
    const signed = comparable(SIGNED[lang]!);
    const firstWords = comparable(laid.chars.slice(0, 8).map((c) => c.ch).join(''));
    let carried = 0;
    // One filler paragraph moves the comment down 20 points (a line and a gap): 28 to 40 of them
    // take its end across the foot of the first page.
    for (let fillers = 28; fillers <= 40; fillers++) {
      const pages = (await pdfPageTexts(await renderPdf(commentDocument(lang, fillers, comment), defaultTheme))).map(comparable);
      const at = pages.findIndex((p) => p.includes(signed));
      expect(pages[at], `${fillers} fillers`).toContain(textOf(n - 1));
      expect(pages[at], `${fillers} fillers`).toContain(textOf(n - 2));
      const heading = pages.findIndex((p) => p.includes('Comment'));
      expect(pages[heading], `${fillers} fillers`).toContain(firstWords);
      // The comment begun on page 1 and ended on page 2: the split this is about.
      if (at === 1 && pages[0]!.includes(firstWords)) carried++;
    }
    expect(carried > 0).toBe(times === 2);
  });
});

describe('DOCX', () => {
  test("the comment's last paragraph keeps with the attribution, with widow control; the others do not", async () => {
    const doc = commentDocument('zh-CN', 0);
    doc.blocks.unshift(...parseMarkdown(`${COMMENT['zh-CN']}\n\n${COMMENT['zh-CN']}`));
    const xml = await docxXml(await renderDocx(doc, defaultTheme));
    const paragraphs = xml.split('<w:p>').slice(1);
    const props = (text: string) => paragraphs.filter((p) => p.includes(text.slice(0, 10))).map((p) => /<w:pPr>.*?<\/w:pPr>/.exec(p)?.[0] ?? '');
    const comment = props(COMMENT['zh-CN']!);
    expect(comment).toHaveLength(3);
    // Only the third, right before "— 王强", keeps with next.
    expect(comment.map((p) => p.includes('<w:keepNext/>'))).toEqual([false, false, true]);
    expect(comment[2]).toContain('<w:widowControl/>');
  });
});
