import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../src/template/escape-markdown.js';
import { compileTemplate } from '../../src/template/environment.js';
import { adoptUserMarkdown } from '../../src/template/blocks.js';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import { localeKit } from '../../src/locale/index.js';
import { TemplateError } from '../../src/template/template-error.js';

const hostile = '# not a heading | not a cell *not bold* <b>x</b> {{not handlebars}} [link](x) `code`\n- not a list';

describe('content cannot change structure', () => {
  test('escaped text parses back to exactly the same literal text', () => {
    const blocks = parseMarkdown(`Before ${escapeMarkdown(hostile)} after`);
    expect(blocks).toEqual([{ type: 'paragraph', spans: [{ text: `Before ${hostile.replace('\n', ' ')} after` }] }]);
  });

  test('inside a table cell it stays one cell', () => {
    const render = compileTemplate('t.hbs', '| a | b |\n|--|--|\n| {{x}} | y |\n', localeKit('en'));
    const [table] = parseMarkdown(render({ x: hostile }));
    expect(table).toMatchObject({ type: 'table', rows: [[[{ text: hostile.replace('\n', ' ') }], [{ text: 'y' }]]] });
  });

  test('Chinese and Korean punctuation pass through untouched', () => {
    expect(escapeMarkdown('客户资料完整率，从68%提高到85%。고객 기록')).toBe('客户资料完整率，从68\\%提高到85\\%。고객 기록');
  });

  test("a rep's own Markdown keeps its structure but cannot inject our blocks, and its headings nest", () => {
    const md = adoptUserMarkdown('# Notes\n\n```workplan-progress\n{"value":1}\n```\n', 2);
    const blocks = parseMarkdown(md);
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(blocks[1]).toMatchObject({ type: 'code' });
  });
});

describe('template errors', () => {
  test('a syntax error names the template and line', () => {
    try {
      compileTemplate('my.md.hbs', 'line 1\n{{#if x}}\nno close\n', localeKit('en'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      expect((e as TemplateError).file).toBe('my.md.hbs');
      expect((e as TemplateError).line).toBeGreaterThan(0);
    }
  });
  test('a missing helper is a template error, not a crash', () => {
    const render = compileTemplate('h.md.hbs', '{{nosuch 1}}', localeKit('en'));
    expect(() => render({})).toThrow(TemplateError);
  });
});

describe('locale formatting', () => {
  test('months in each language', () => {
    expect(['en', 'zh-CN', 'zh-TW', 'ko'].map((l) => localeKit(l as 'en').month('2026-09'))).toEqual(['September 2026', '2026年9月', '2026年9月', '2026년 9월']);
  });
  test('no negative zero percent', () => {
    expect(localeKit('en').percent(-0.001)).toBe('0%');
  });
});
