import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_BLOCK_DEPTH, MAX_INLINE_DEPTH, MarkdownTooDeepError, nestingProblem } from '../../src/notes/markdown-nesting.js';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import { loadRep } from '../../src/notes/load-rep.js';
import { describeFailure } from '../../src/pipeline/failure.js';
import { scratchTeam } from './helpers.js';

const note = (folder: string) => join(folder, 'ana', '2026-09.md');

/** A 2026-09 note whose body is `body`; the front matter is the fixture's (31 lines with both fences). */
function withBody(body: string): { folder: string; bodyStart: number } {
  const folder = scratchTeam();
  const text = readFileSync(note(folder), 'utf8');
  const front = text.slice(0, text.indexOf('\n---\n') + 5);
  writeFileSync(note(folder), `${front}Intro line\n\n${body}\n`);
  return { folder, bodyStart: front.split('\n').length };
}

describe('ordinary documents are never refused', () => {
  test('a rollup list of 60 reps in bold with their ids: closing ** after ")" closes', () => {
    // Seen on a 40-rep team of the benchmark centre: every "**Name \(id\)**\:" counted as an open.
    const items = Array.from({ length: 60 }, (_, i) => `- **張家豪 \\(rep\\-${i}\\)**\\: Calls per week\\: no real progress \\(3 months\\)\\.`).join('\n');
    expect(nestingProblem(`## Worth a conversation\n\n${items}\n`)).toBeUndefined();
    // And in one paragraph, without list markers: each pair still closes.
    expect(nestingProblem(Array.from({ length: 60 }, () => '**(a)**: b').join('\n'))).toBeUndefined();
  });
});

describe('nesting the parser cannot survive is refused at its line', () => {
  test('the three reported notes: 1. × 1000, > × 2000, ** × 5000', () => {
    expect(nestingProblem(`ok\n\n${'1. '.repeat(1000)}x`)).toEqual({ line: 3, kind: 'blocks', found: 1000 });
    expect(nestingProblem(`${'> '.repeat(2000)}x`)).toEqual({ line: 1, kind: 'blocks', found: 2000 });
    expect(nestingProblem(`a\nb ${'**'.repeat(5000)}x`)).toEqual({ line: 2, kind: 'inline', found: 10000 });
    // Emphasis opened on one line and closed a thousand lines later still counts as nested.
    expect(nestingProblem(Array.from({ length: 60 }, () => '*a').join('\n'))).toEqual({ line: MAX_INLINE_DEPTH + 1, kind: 'inline', found: MAX_INLINE_DEPTH + 1 });
    const indented = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(nestingProblem(indented)).toEqual({ line: MAX_BLOCK_DEPTH + 1, kind: 'blocks', found: MAX_BLOCK_DEPTH + 1 });
  });

  test('ordinary Markdown is within the limits, and the limit itself still renders', () => {
    const ordinary = ['# Title', '', '- a **bold** and *em* [link](x)', '  - nested', '    1. deeper', '', '> quote > not nested', '', '| a | **b** |', '|---|---|', ...Array.from({ length: 500 }, () => '| **x** | _y_ |'), '', '2 * 3 * 4 = 24, snake_case_name, ~~gone~~', '```', '> '.repeat(50), '```'].join('\n');
    expect(nestingProblem(ordinary)).toBeUndefined();
    const atLimit = Array.from({ length: MAX_BLOCK_DEPTH }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(nestingProblem(atLimit)).toBeUndefined();
    expect(parseMarkdown(atLimit)).toHaveLength(1);
    expect(parseMarkdown(`${'> '.repeat(MAX_BLOCK_DEPTH)}x`)[0]!.type).toBe('quote');
  });

  test('the document parser refuses instead of overflowing its stack, as an input error', () => {
    const error = (() => { try { parseMarkdown(`${'> '.repeat(2000)}x`); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(MarkdownTooDeepError);
    expect(describeFailure(error).kind).toBe('input');
  });

  test('reading the note reports it with the note\'s own line, so validate and plan agree', async () => {
    for (const [body, offset, words] of [
      [`${'1. '.repeat(1000)}x`, 2, 'lists and quotes are nested 1000 deep here, more than the 12 a document can hold'],
      [`para\n${'> '.repeat(2000)}x`, 3, 'lists and quotes are nested 2000 deep here'],
      [`${'**'.repeat(5000)}x`, 2, 'emphasis markers or link brackets (* _ ~ [) are open 10000 deep here, more than the 48 a document can hold'],
    ] as const) {
      const { folder, bodyStart } = withBody(body);
      const r = await loadRep(join(folder, 'ana'));
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.file).toBe(note(folder));
      // The line in the file: the body starts on bodyStart ("Intro line"), the deep line follows.
      expect(errors[0]!.line).toBe(bodyStart + offset);
      expect(readFileSync(note(folder), 'utf8').split('\n')[errors[0]!.line - 1]).toBe(body.split('\n').at(-1));
      expect(errors[0]!.message).toContain(words);
      expect(r.skipped).toEqual([note(folder)]);
    }
  });
});
