import { describe, expect, test } from 'vitest';
import { breakLines } from '../../../src/render/pdf/break-lines.js';
import { shapeSpans } from '../../../src/render/pdf/shape-text.js';

const lines = (text: string, width: number, size = 10) => {
  const glyphs = shapeSpans([{ text }], ['latin', 'sc', 'tc', 'kr'], { size });
  return breakLines(glyphs, width).map((l) => glyphs.slice(l.start, l.end).map((g) => g.ch).join(''));
};

describe('Chinese line breaking', () => {
  const text = '客户资料完整率，从百分之六十八提高到百分之八十五。我们在每一通电话结束前，都会确认公司全称、安装地址和联系人，「复述确认」已经成为习惯！';
  test('no line starts with closing punctuation, at many widths', () => {
    for (let width = 40; width <= 200; width += 7) {
      const ls = lines(text, width);
      expect(ls.join('')).toBe(text);
      for (const l of ls.slice(1)) expect('，。、」！？：；）』】'.includes(l[0]!), `line "${l}" at width ${width}`).toBe(false);
    }
  });
  test('no line ends with opening punctuation', () => {
    for (let width = 40; width <= 200; width += 7) {
      for (const l of lines(text, width).slice(0, -1)) expect('「（『【'.includes(l[l.length - 1]!)).toBe(false);
    }
  });
});

describe('Korean line breaking', () => {
  const text = '고객 정보 완성도를 높이기 위해 매 통화마다 회사명과 설치 주소를 확인합니다. 불만 고객에게는 끝까지 듣고 먼저 사과합니다.';
  test('breaks only between words, never inside one', () => {
    const words = new Set(text.split(' '));
    for (let width = 60; width <= 260; width += 9) {
      const ls = lines(text, width);
      expect(ls.join(' ')).toBe(text);
      for (const l of ls) for (const w of l.split(' ')) expect(words.has(w), `"${w}" at width ${width}`).toBe(true);
    }
  });
  test('a word longer than the line is split by character rather than overflowing', () => {
    const ls = lines('가나다라마바사아자차카타파하', 30);
    expect(ls.length).toBeGreaterThan(1);
    expect(ls.join('')).toBe('가나다라마바사아자차카타파하');
  });
});

describe('mixed scripts and fallback', () => {
  test('each character gets a face that has it', () => {
    const glyphs = shapeSpans([{ text: 'Record 完整率 고객 68%' }], ['latin', 'sc', 'tc', 'kr'], { size: 10 });
    const faceOf = (ch: string) => glyphs.find((g) => g.ch === ch)!.face;
    expect(faceOf('R')).toBe('latin');
    expect(faceOf('完')).toBe('sc');
    expect(faceOf('고')).toBe('kr');
  });
  test('Traditional Chinese prefers the TC face', () => {
    const glyphs = shapeSpans([{ text: '資料' }], ['latin', 'tc', 'sc', 'kr'], { size: 10 });
    expect(glyphs.map((g) => g.face)).toEqual(['tc', 'tc']);
  });
  test('English words are never split while a space fits', () => {
    expect(lines('Confirm the company name and installation site', 80)).toEqual(['Confirm the', 'company name', 'and installation', 'site']);
  });
});
