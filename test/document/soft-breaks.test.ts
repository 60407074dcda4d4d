import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import type { ParagraphBlock } from '../../src/document/types.js';

const text = (md: string) => (parseMarkdown(md)[0] as ParagraphBlock).spans.map((s) => s.text).join('');

describe('a single newline inside a paragraph (CommonMark soft line break)', () => {
  test('is a space between English words, with the spaces around it dropped', () => {
    expect(text('Call back twenty\n   customers this week')).toBe('Call back twenty customers this week');
  });
  test('is nothing between two Chinese characters, or next to Chinese punctuation', () => {
    expect(text('本月完成了\n回访任务，\n全部达标。')).toBe('本月完成了回访任务，全部达标。');
  });
  test('is a space between Korean words, which Korean separates with spaces', () => {
    expect(text('고객 정보를\n확인합니다')).toBe('고객 정보를 확인합니다');
  });
  test('is a space between Chinese and a Latin word', () => {
    expect(text('使用\nCRM 系统')).toBe('使用 CRM 系统');
  });
  test('looks across inline styles for its neighbours', () => {
    const spans = (parseMarkdown('完成**回访**\n任务')[0] as ParagraphBlock).spans;
    expect(spans).toEqual([{ text: '完成' }, { text: '回访', bold: true }, { text: '任务' }]);
  });
  test('a hard break (two trailing spaces, or a backslash) stays a line break', () => {
    expect(text('first  \nsecond\\\nthird')).toBe('first\nsecond\nthird');
  });
});
