import { describe, expect, test } from 'vitest';
import { breakLines, minContentWidth, NO_END, NO_START, type Line, type Measured } from '../../../src/render/pdf/break-lines.js';
import { shapeSpans } from '../../../src/render/pdf/shape-text.js';
import { defaultTheme } from '../../../src/theme/theme.js';

/** Fixed widths keep these tests about breaking, not fonts: CJK and Hangul 1 em, Latin half, space a quarter. */
function measure(text: string): Measured[] {
  return [...text].map((ch) => {
    const cp = ch.codePointAt(0)!;
    return { ch, cp, width: cp === 0x0a ? 0 : cp === 0x20 ? 0.25 : cp < 0x2000 ? 0.5 : 1 };
  });
}

const textOf = (chars: Measured[], l: Line) => chars.slice(l.start, l.end).map((c) => c.ch).join('');

const ZH =
  '本月客户资料完整率从68%提升到76%，仍低于85%的目标。来电处理时长符合要求，但部分客户记录缺少“公司名称”和电话号码；' +
  '我将回访二十位资料不全的客户，补全「公司名称」「联系电话」等字段（重点！）。下一步：每周复盘一次、每月总结一次？是的：好。' +
  '【注意】《客户手册》第三章、第四章，要点：一、二、三。“引号”之后，『书名』之后。';

const KO =
  '이번 달 고객 기록 완성도는 68%에서 76%로 올랐지만 목표인 85%에는 아직 미치지 못했습니다. 통화 처리 시간은 기준을 충족했으나 ' +
  '일부 고객 기록에 회사명과 전화번호가 빠져 있어, 기록이 불완전한 고객 스무 명에게 다시 연락하여 보완하겠습니다(다음 달까지). ' +
  '“고객 만족”을 위해 CRM기록과 고객 정보를 확인.';

describe('Chinese punctuation', () => {
  test('no line starts with closing punctuation or ends with opening punctuation, at any width', () => {
    const chars = measure(ZH);
    for (let width = 2; width <= 30; width += 0.5) {
      const lines = breakLines(chars, width);
      expect(lines.map((l) => textOf(chars, l)).join('')).toBe(ZH);
      for (const [k, l] of lines.entries()) {
        const text = textOf(chars, l);
        if (k > 0) expect(NO_START.has(text[0]!), `width ${width}: line ${k} "${text}"`).toBe(false);
        if (k < lines.length - 1) expect(NO_END.has(text.at(-1)!), `width ${width}: line ${k} "${text}"`).toBe(false);
        // Only closing punctuation may hang past the end, when a piece cannot be split anywhere else.
        const hung = chars.slice(l.start, l.end).reverse().findIndex((c) => !NO_START.has(c.ch));
        const fitting = chars.slice(l.start, l.end - hung).reduce((w, c) => w + c.width, 0);
        expect(fitting).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  test('the closing-punctuation set covers what the brief names', () => {
    for (const ch of '，。、」！？：；）』】') expect(NO_START.has(ch)).toBe(true);
  });

  test('with real font widths, a narrow paragraph never starts a line with ，。、」', () => {
    const chars = shapeSpans([{ text: ZH }], defaultTheme.pdfFallback['zh-CN']!, { size: 10.5 });
    for (const width of [40, 53, 61, 75, 88, 100]) {
      for (const l of breakLines(chars, width).slice(1)) expect('，。、」！？：；）').not.toContain(chars[l.start]!.ch);
    }
  });
});

describe('Korean keep-all', () => {
  test('every line boundary falls at a space (or inside the one over-long word)', () => {
    const chars = measure(KO);
    const longest = minContentWidth(chars);
    for (let width = longest; width <= 40; width += 0.75) {
      const lines = breakLines(chars, width);
      for (const l of lines.slice(1)) {
        expect(chars[l.start - 1]!.ch, `width ${width}: "${textOf(chars, l)}"`).toBe(' ');
      }
    }
  });

  test('no break touches Hangul unless after a space, even next to Chinese or Latin letters', () => {
    const text = '확인 客户资料고객기록completeness확인 客户 资料';
    const chars = measure(text);
    const isHangul = (ch: string | undefined) => !!ch && /\p{Script=Hangul}/u.test(ch);
    for (let width = minContentWidth(chars); width <= 30; width += 0.5) {
      for (const l of breakLines(chars, width).slice(1)) {
        const before = chars[l.start - 1]!.ch;
        if (before !== ' ') expect(isHangul(before) || isHangul(chars[l.start]!.ch), `width ${width}`).toBe(false);
      }
    }
    // Chinese next to Chinese may still break (only Hangul is keep-all).
    expect(breakLines(chars, 3).map((l) => textOf(chars, l))).toContain('客户资');
  });

  test('a word wider than the line is split by character as a last resort, and no line is too wide', () => {
    const chars = measure('짧은 말 아주아주아주아주긴단어입니다 끝');
    const lines = breakLines(chars, 4);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(4);
    expect(lines.map((l) => textOf(chars, l))).toEqual(['짧은 말', '아주아주', '아주아주', '긴단어입', '니다 끝']);
  });
});

describe('general rules', () => {
  test('hard line breaks are honoured, also with blank lines', () => {
    const chars = measure('one\ntwo\n\nthree');
    expect(breakLines(chars, 100).map((l) => textOf(chars, l))).toEqual(['one', 'two', '', 'three']);
  });

  test('trailing spaces do not count at a line end', () => {
    const chars = measure('abcd    efgh');
    // "abcd" is 2 wide; the spaces after it must not push it over.
    const lines = breakLines(chars, 2);
    expect(lines.map((l) => textOf(chars, l))).toEqual(['abcd', 'efgh']);
    expect(lines[0]!.width).toBe(2);
  });

  test('English breaks at spaces and hyphens, never inside a word', () => {
    const text = 'Call back twenty customers with incomplete records before the month-end review.';
    const chars = measure(text);
    const lines = breakLines(chars, 12);
    for (const l of lines.slice(1)) expect([' ', '-']).toContain(chars[l.start - 1]!.ch);
  });

  test('breaking is linear: a 100k-character paragraph takes well under a second', () => {
    const chars = measure(ZH.repeat(Math.ceil(100_000 / ZH.length)));
    const t = performance.now();
    const lines = breakLines(chars, 40);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(lines.length).toBeGreaterThan(2000);
  });
});

describe('a unit of more than one character stays whole after its number', () => {
  // "+17 個百分點" is one figure: a narrow table column must not end a line at "+17 個百".
  test.each([
    ['+17\u00a0個百分點 提升', '+17\u00a0個百分點'],
    ['+18\u00a0个百分点，超过', '+18\u00a0个百分点'],
    ['平均 12分钟 处理', '12分钟'],
    ['每天 3 小時 回訪', '3 小時'],
  ])('%s', (text, figure) => {
    const chars = measure(text);
    const at = text.indexOf(figure);
    const figureWidth = measure(figure).reduce((w, c) => w + c.width, 0);
    // At any width the figure fits in with the mark after it, no line ends inside it (narrower, it is split as a last resort).
    for (let width = Math.ceil(figureWidth) + 1; width <= 12; width += 0.5) {
      const lines = breakLines(chars, width);
      for (const l of lines.slice(0, -1)) expect(l.end <= at || l.end >= at + figure.length, `width ${width}: "${textOf(chars, l)}"`).toBe(true);
    }
    expect(minContentWidth(chars)).toBeGreaterThanOrEqual(figureWidth);
  });

  test('the same characters not after a number still break as any ideographs do', () => {
    const chars = measure('提升了個百分點的目標');
    expect(breakLines(chars, 3).length).toBeGreaterThan(3);
    expect(minContentWidth(chars)).toBe(1);
  });
});
