import { describe, expect, test } from 'vitest';
import { withoutEmptyHeadings } from '../../src/text/unanswered-headings.js';

// The body `init` writes under a Korean note: the four reflection questions, to answer.
const QUESTIONS = ['## 나는 로봇인가?', '', '## 내 자세가 너무 높은가?', '', '## 실수를 인정할 용기가 있는가?', '', '## 어떤 고객을 기대하는가?', ''];

describe('headings nothing was written under', () => {
  test('four questions left unanswered leave no body at all', () => {
    expect(withoutEmptyHeadings(QUESTIONS.join('\n'))).toBe('');
  });
  test('two answered: their headings and answers stay, in order; the other two go', () => {
    const body = [...QUESTIONS];
    body.splice(3, 0, '고객을 가르치려 든 적이 있습니다.');
    body.splice(8, 0, '조용하고 예의 바른 고객만 기대했습니다.');
    // Only the two heading lines go; the blank lines around them stay (Markdown reads them as one).
    expect(withoutEmptyHeadings(body.join('\n'))).toBe(['', '## 내 자세가 너무 높은가?', '고객을 가르치려 든 적이 있습니다.', '', '', '## 어떤 고객을 기대하는가?', '조용하고 예의 바른 고객만 기대했습니다.', ''].join('\n'));
  });
  test('a heading whose only content is under its sub-heading stays; an empty sub-heading goes', () => {
    expect(withoutEmptyHeadings('# 九月\n## 回访\n完成了 20 位。\n## 培训\n\n# 十月\n')).toBe('# 九月\n## 回访\n完成了 20 位。\n\n');
  });
  test('a comment on its own line is no answer; a list or a quote is', () => {
    expect(withoutEmptyHeadings('## A\n<!-- answer here -->\n## B\n- one\n## C\n> quoted\n')).toBe('<!-- answer here -->\n## B\n- one\n## C\n> quoted\n');
  });
  test('"#" lines inside fenced code are text, and text without headings is kept as it is', () => {
    expect(withoutEmptyHeadings('## Log\n```\n# not a heading\n```\n')).toBe('## Log\n```\n# not a heading\n```\n');
    expect(withoutEmptyHeadings('Plain words.\n\n#3 is not a heading\n')).toBe('Plain words.\n\n#3 is not a heading\n');
  });
});
