import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { splitFrontMatter, splitNote } from '../../src/notes/front-matter.js';
import { parseNoteText } from '../../src/notes/parse-note.js';
import { monthSchema } from '../../src/notes/schema.js';

const parse = (text: string) => parseNoteText('n.md', text, monthSchema);

describe('front matter', () => {
  test('a note without front matter says how to start one', () => {
    const r = parse('Just text');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ line: 1, message: 'has no front matter' });
  });

  test('an unclosed front matter is reported', () => {
    const r = parse('---\nmonth: 2026-09\n');
    expect(!r.ok && r.diagnostics[0]!.message).toBe('front matter is not closed');
  });

  test('CRLF line endings and a BOM-free note parse, and the body line is known', () => {
    const r = parse('---\r\nmonth: 2026-09\r\n---\r\nHello\r\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.note.body.trim()).toBe('Hello');
      expect(r.note.bodyLine).toBe(4);
    }
  });

  test('an unquoted date becomes the same month text', () => {
    const r = parse('---\nmonth: 2026-09\ngoals:\n  - title: A\n    due: 2026-09-30\n---\n');
    expect(r.ok && r.note.data.goals[0]!.due).toBe('2026-09-30');
  });

  test('YAML aliases cannot blow up memory', () => {
    const bomb = '---\nmonth: 2026-09\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n';
    expect(() => parse(bomb)).not.toThrow();
    expect(parse(bomb).ok).toBe(false);
  });
});

describe('gray-matter splits every note, and no front matter language runs', () => {
  // Each block would set a global if any engine evaluated it.
  const payload = "(function () { globalThis.__workplanRan = true; return { month: '2026-09' }; })()";
  const languages = ['js', 'javascript', 'JS', 'Javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'whatever', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'];

  test.each(languages)('"---%s" is refused and nothing in it runs', (language) => {
    const r = parse(`---${language}\n${payload}\n---\nbody\n`);
    expect((globalThis as { __workplanRan?: boolean }).__workplanRan).toBeUndefined();
    expect(!r.ok && r.diagnostics).toEqual([
      { file: 'n.md', line: 1, column: 4, field: '', message: `declares its front matter as "${language}"; only YAML is read`, hint: 'remove the word after the first --- so it reads just "---"', severity: 'error' },
    ]);
  });

  test('gray-matter itself, with the inert engines, runs no code (the split below the language check)', () => {
    for (const language of ['js', 'javascript', 'coffee', 'json']) {
      expect(splitFrontMatter(`---${language}\n${payload}\n---\n`)).toEqual({ ok: false, language });
    }
    expect((globalThis as { __workplanRan?: boolean }).__workplanRan).toBeUndefined();
  });

  test('"---yaml" is YAML; "----" is not an opening line', () => {
    expect(parse('---yaml\nmonth: 2026-09\n---\nHi\n')).toMatchObject({ ok: true, note: { body: 'Hi\n', bodyLine: 4 } });
    expect(!parse('----\nmonth: 2026-09\n---\n').ok && (parse('----\nmonth: 2026-09\n---\n') as { diagnostics: { message: string }[] }).diagnostics[0]!.message).toBe('opens its front matter with more than three dashes');
  });

  test('body line and body of an empty front matter and of a front matter with comments only', () => {
    expect(splitNote('n.md', '---\n---\nBody\n')).toEqual({ ok: true, front: { yaml: '', body: 'Body\n', bodyLine: 3 } });
    expect(splitNote('n.md', '---\n# just a comment\n---\n\nBody\n')).toEqual({ ok: true, front: { yaml: '\n# just a comment', body: '\nBody\n', bodyLine: 4 } });
  });

  test("gray-matter's content cache is never used: no stale result, no shared data, nothing kept", () => {
    const bad = '---\nmonth: 2026-13\n---\n';
    const first = parse(bad);
    const second = parse(bad);
    if (first.ok || second.ok) throw new Error('2026-13 was accepted');
    expect(first.diagnostics[0]).toMatchObject({ line: 2, field: 'month', message: 'is not a month' });
    expect(second.diagnostics).toEqual(first.diagnostics);
    const good = '---\nmonth: 2026-09\nstudy: [a]\n---\nSame body\n';
    const a = parse(good);
    const b = parse(good);
    if (!a.ok || !b.ok) throw new Error('not read');
    a.note.data.study.push('changed');
    expect(b.note.data.study).toEqual(['a']);
    // gray-matter's cache is not in its type declarations.
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });
});

describe('a body of blank lines', () => {
  test('is no body: a note ending in an empty line after the closing --- has none', () => {
    const r = parse('---\nmonth: 2026-09\n---\n\n  \n');
    expect(r.ok && r.note.body).toBe('');
  });
  test('a body with words keeps its blank lines as written', () => {
    const r = parse('---\nmonth: 2026-09\n---\n\nFirst.\n\nSecond.\n');
    expect(r.ok && r.note.body).toBe('\nFirst.\n\nSecond.\n');
  });
});
