/** URLs, paths, addresses and long file names in Chinese and Korean prose break where a typesetter breaks them. */
import { describe, expect, test } from 'vitest';
import { breakLines, breakOpportunities, type Measured } from '../../../src/render/pdf/break-lines.js';

/** Fixed widths keep these tests about breaking, not fonts: CJK and Hangul 1 em, Latin half, space a quarter. */
function measure(text: string): Measured[] {
  return [...text].map((ch) => {
    const cp = ch.codePointAt(0)!;
    return { ch, cp, width: cp === 0x20 ? 0.25 : cp < 0x2000 ? 0.5 : 1 };
  });
}

/** The text cut at every place a line may start. */
function pieces(text: string): string[] {
  const chars = measure(text);
  const breaks = breakOpportunities(chars);
  const out: string[] = [];
  let piece = '';
  chars.forEach((c, i) => {
    if (i > 0 && breaks[i]) {
      out.push(piece);
      piece = '';
    }
    piece += c.ch;
  });
  return [...out, piece];
}

describe('break points inside a URL or path', () => {
  test('zh-CN: after a slash (not inside //), before a dot, ?, =, # and -', () => {
    expect(pieces('详见https://kb.example.com/service-desk/records?id=42#faq，请查看')).toEqual([
      '详',
      '见',
      'https://',
      'kb',
      '.example',
      '.com/',
      'service',
      '-desk/',
      'records',
      '?id',
      '=42',
      '#faq，',
      '请',
      '查',
      '看',
    ]);
  });

  test('zh-TW: a share path breaks after each backslash but keeps its leading \\\\ with the server name, and a file name before _ and .', () => {
    expect(pieces('檔案在\\\\fs01\\cs-share\\2026\\li-na_recordings_final.xlsx裡')).toEqual([
      '檔',
      '案',
      '在',
      '\\\\fs01\\',
      'cs',
      '-share\\',
      '2026\\',
      'li',
      '-na',
      '_recordings',
      '_final',
      '.xlsx',
      '裡',
    ]);
  });

  test('ko: a long file name and an e-mail address between Korean words; the words still break only at spaces', () => {
    expect(pieces('자료는 CustomerRecordChecklist_2026Q3_final.xlsx 파일과 li.na@example.co.kr 주소로')).toEqual([
      '자료는 ',
      'CustomerRecordChecklist',
      '_2026Q3',
      '_final',
      '.xlsx ',
      '파일과 ',
      'li',
      '.na',
      '@example',
      '.co',
      '.kr ',
      '주소로',
    ]);
  });

  test('what is not a URL keeps UAX #14 breaks only: a date with slashes, e.g., 4.6, Node.js, and/or', () => {
    expect(pieces('e.g. 4.6 pts, 2026/08/01, Node.js and/or')).toEqual(['e.g. ', '4.6 ', 'pts, ', '2026/08/01, ', 'Node.js ', 'and/', 'or']);
  });

  test('the full stop after a URL ends the sentence: no line starts with it, and a version number keeps its dots', () => {
    expect(pieces('see https://example.com/v1.2/guide.')).toEqual(['see ', 'https://', 'example', '.com/', 'v1.2/', 'guide.']);
  });
});

describe('lines around a URL', () => {
  const ZH = '本月的回访记录整理在知识库https://kb.example-telecom.com.cn/service-desk/installation?section=faq#reschedule这篇文章里，请大家对照检查。';

  test('zh-CN: a URL wider than the line fills each line to its end, and the whole text comes back', () => {
    const chars = measure(ZH);
    for (const width of [12, 16, 20, 25]) {
      const lines = breakLines(chars, width, () => 0.5);
      expect(lines.map((l) => chars.slice(l.start, l.end).map((c) => c.ch).join('')).join('')).toBe(ZH);
      // No hyphen is added inside the URL, and no line but the last is left short by more than the widest URL piece (4.5 em, "?section").
      expect(lines.some((l) => l.hyphen)).toBe(false);
      for (const l of lines.slice(0, -1)) expect(width - l.width, `width ${width}`).toBeLessThanOrEqual(4.5);
    }
  });

  test('zh-CN at 20 em: the lines break inside the URL, where the reader sees its parts', () => {
    const chars = measure(ZH);
    const lines = breakLines(chars, 20, () => 0.5).map((l) => chars.slice(l.start, l.end).map((c) => c.ch).join(''));
    // Hand-measured: 13 Han (13 em) + "https://kb" (5 em) = 18, ".example" would make 22; 37 URL
    // characters make 18.5 em before "installation" (6 em); 35 of them (17.5) and 这篇 make 19.5.
    expect(lines).toEqual(['本月的回访记录整理在知识库https://kb', '.example-telecom.com.cn/service-desk/', 'installation?section=faq#reschedule这篇', '文章里，请大家对照检查。']);
  });

  test('a URL segment wider than the line is cut without a hyphen; a Latin word is hyphenated', () => {
    const chars = measure('见https://example.com/customerrecordcompleteness');
    const lines = breakLines(chars, 8, () => 0.5);
    expect(lines.some((l) => l.hyphen)).toBe(false);
    const word = measure('customerrecordcompleteness');
    expect(breakLines(word, 8, () => 0.5).some((l) => l.hyphen)).toBe(true);
  });
});
