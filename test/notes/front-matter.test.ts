import { describe, expect, test } from 'vitest';
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
