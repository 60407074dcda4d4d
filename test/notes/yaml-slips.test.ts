/** Hand-typing slips in YAML, each named in plain words at its line, through `workplan validate`. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { findSlips } from '../../src/notes/yaml-slips.js';

const rep = join(mkdtempSync(join(tmpdir(), 'wp-slips-')), 'ana');
mkdirSync(rep);
writeFileSync(join(rep, 'rep.md'), '---\nname: Ana\nmetrics:\n  - {id: fcr, name: FCR, unit: percent, direction: higher, baseline: 60, target: 80}\n---\n');

/** validate's report for a note whose front matter is `yaml`, with the file's path cut to its name. */
function validate(yaml: string): { status: number | null; report: string } {
  const note = join(rep, '2026-09.md');
  writeFileSync(note, `---\n${yaml}\n---\n`);
  const r = cli(['validate', note]);
  return { status: r.status, report: r.stderr.replaceAll(relative(ROOT, note), '2026-09.md').split('\n').filter((l) => !/rep folder\(s\)/.test(l)).join('\n').trim() };
}

describe('each slip is one error at its line, in plain words, instead of what YAML made of it', () => {
  test('a tab used to indent', () => {
    expect(validate('month: 2026-09\nactuals:\n\tfcr: 66')).toEqual({ status: 1, report: '2026-09.md:4:1  error: YAML cannot be read: a tab is used for indentation\n    hint: indent with spaces only (two per level)' });
  });

  test('a full-width space used to indent', () => {
    expect(validate('month: 2026-09\nactuals:\n\u3000fcr: 66')).toEqual({
      status: 1,
      report: '2026-09.md:4:1  error: a full-width space "　" is used to indent this line (found "fcr: 66")\n    hint: indent with ordinary spaces, two per level (switch the input method to half-width, or delete the wide space and type spaces)',
    });
  });

  test('a full-width colon after a field name', () => {
    expect(validate('month: 2026-09\nactuals:\n  fcr：66')).toEqual({ status: 1, report: '2026-09.md:4:6  error: the field "fcr" is followed by a full-width colon "：" (found "fcr：66")\n    hint: write an ordinary colon and a space: "fcr: 66"' });
    expect(validate('month： 2026-09\nactuals:\n  fcr: 66').report).toBe('2026-09.md:2:6  error: the field "month" is followed by a full-width colon "：" (found "month： 2026-09")\n    hint: write an ordinary colon and a space: "month: 2026-09"');
  });

  test('no space after the colon, on a field\'s own line', () => {
    expect(validate('month:2026-09\nactuals:\n  fcr: 66')).toEqual({
      status: 1,
      report: '2026-09.md:2:6  error: there is no space after the ":" of "month", so YAML reads "month:2026-09" as text (found "month:2026-09")\n    hint: put a space after the colon: "month: 2026-09"',
    });
    expect(validate('month: 2026-09\nactuals:\n  fcr:66').report).toBe('2026-09.md:4:6  error: there is no space after the ":" of "fcr", so YAML reads "fcr:66" as text (found "fcr:66")\n    hint: put a space after the colon: "fcr: 66"');
  });

  test('fcr:66 written on the line of actuals:', () => {
    expect(validate('month: 2026-09\nactuals: fcr:66')).toEqual({
      status: 1,
      report: '2026-09.md:3:13  error: there is no space after the ":" of "fcr", so YAML reads "fcr:66" as text (found "fcr:66")\n    hint: put the metric on a line of its own under the field, indented two spaces, with a space after the colon: "fcr: 66"',
    });
  });
});

describe('what looks like a slip but is the rep\'s text is left alone', () => {
  test('list items, links and the lines of a block of text', () => {
    const yaml = 'month: 2026-09\nactuals:\n  fcr: 66\nopening: |\n  \u3000\u3000九月 fcr:66\n  note:x\nstudy:\n  - Excel：透视表\n  - see:http://example.com\n  - "10:30 standup"\nreview:\n  achievements:\n    - http://example.com/report';
    expect(findSlips(yaml)).toEqual([]);
    expect(validate(yaml)).toEqual({ status: 0, report: '' });
  });
});
