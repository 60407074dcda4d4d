import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoteText } from '../../src/notes/parse-note.js';
import { readYaml } from '../../src/notes/read-yaml.js';
import { loadFramework } from '../../src/notes/load-framework.js';
import { isTextField } from '../../src/notes/zod-walk.js';
import { noteDigits, profileDigits } from '../../src/notes/written-digits.js';
import { annualSchema, frameworkSchema, monthSchema, repSchema, teamSchema } from '../../src/notes/schema.js';

const month = (yaml: string) => parseNoteText('n.md', `---\nmonth: 2026-09\n${yaml}---\n`, monthSchema);
const ok = <T>(r: { ok: true; note: { data: T }; warnings: unknown[] } | { ok: false; diagnostics: unknown[] }) => {
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.diagnostics)}`);
  return r;
};
const fail = (r: { ok: boolean; diagnostics?: unknown[] }) => {
  if (r.ok) throw new Error('was read without error');
  return r.diagnostics as { line: number; column: number; field: string; message: string; hint?: string; input?: string; severity: string }[];
};

describe('numbers are read as YAML 1.2 reads them', () => {
  test('071 is 71 (not octal 57), with a warning at its line', () => {
    const r = ok(month('actuals:\n  fcr: 071\n'));
    expect(r.note.data.actuals.fcr).toBe(71);
    expect(r.warnings).toEqual([{ file: 'n.md', line: 4, column: 8, field: 'actuals.fcr', input: '071', message: 'is read as 71', hint: 'write 71, or quote it if it is text', severity: 'warning' }]);
  });

  test('the same note with an anchor in it reads the same figure', () => {
    const r = ok(month('actuals: &figures\n  fcr: 071\ntargets: *figures\n'));
    expect(r.note.data.actuals.fcr).toBe(71);
    expect(r.note.data.targets.fcr).toBe(71);
    // The alias is not walked again: one value written, one warning.
    expect(r.warnings.map((w) => (w as { line: number }).line)).toEqual([4]);
  });

  test('other forms YAML 1.2 reads as numbers are named; ordinary ones are not', () => {
    const r = ok(month('actuals:\n  a: 0x10\n  b: 0o17\n  c: -071\n  d: 007.5\n  e: 0.5\n  f: 0\n  g: +5\n  h: 1e3\n'));
    expect(r.note.data.actuals).toEqual({ a: 16, b: 15, c: -71, d: 7.5, e: 0.5, f: 0, g: 5, h: 1000 });
    expect(r.warnings.map((w) => [(w as { field: string }).field, (w as { message: string }).message])).toEqual([
      ['actuals.a', 'is read as 16 (0x is hexadecimal)'],
      ['actuals.b', 'is read as 15 (0o is octal)'],
      ['actuals.c', 'is read as -71'],
      ['actuals.d', 'is read as 7.5'],
    ]);
  });

  test('1:10 in a number field is the schema error, with a plain hint (not 70 by base 60)', () => {
    const d = fail(month('actuals:\n  fcr: 1:10\n'));
    expect(d).toEqual([
      {
        file: 'n.md', line: 4, column: 8, field: 'actuals.fcr', input: '"1:10"', severity: 'error',
        message: 'must be a number, not text',
        hint: "YAML reads 1:10 as text; write one plain number in the metric's unit, e.g. 70 if it means 1 min 10 s in seconds",
      },
    ]);
  });

  test('1:02:03 is named as hours, minutes and seconds', () => {
    expect(fail(month('targets:\n  aht: 1:02:03\n'))[0]!.hint).toBe("YAML reads 1:02:03 as text; write one plain number in the metric's unit, e.g. 3723 if it means 1 h 2 min 3 s in seconds");
  });

  test('.inf is not "a number, not a number"', () => {
    expect(fail(month('actuals:\n  fcr: .inf\n'))[0]).toMatchObject({ message: 'must be a number, not infinity (.inf)', hint: 'write an ordinary number, e.g. 85' });
  });

  test('YAML 1.1 words and a %YAML 1.1 directive change nothing: yes is text', () => {
    const r = readYaml('f.yaml', '%YAML 1.1\n---\nfcr: 071\nok: yes\n');
    expect(r.ok && r.data).toEqual({ fcr: 71, ok: 'yes' });
  });
});

describe('the decimals a number was written with', () => {
  test('4.30 has 2 though it reads 4.3; 4.3 has 1, 85 none, 85.0 one; quoted text is no number', () => {
    const r = readYaml('n.md', 'a: 4.30\nb: 4.3\nc: 85\nd: 85.0\ne: "4.30"\nf: \'85.0\'\ng: [-0.50, 1.50e1]\n');
    if (!r.ok) throw new Error('not read');
    expect(r.data).toEqual({ a: 4.3, b: 4.3, c: 85, d: 85, e: '4.30', f: '85.0', g: [-0.5, 15] });
    expect(r.written).toEqual([
      { path: ['a'], decimals: 2, padded: true },
      { path: ['b'], decimals: 1, padded: false },
      { path: ['c'], decimals: 0, padded: false },
      { path: ['d'], decimals: 1, padded: true },
      { path: ['g', 0], decimals: 2, padded: true },
      // 1.50e1 is 15.0: one decimal, a trailing zero.
      { path: ['g', 1], decimals: 1, padded: true },
    ]);
  });

  test('a note carries them to the metric: the most decimals typed with trailing zeros, per metric', () => {
    const r = month('actuals:\n  sms: 4.30\n  fcr: 71.5\n  done: { count: 10.0, of: 20 }\ntargets:\n  aht: 300.00\ngoals:\n  - title: Better SMS\n    metric: sms\n    target: 4.500\n');
    if (!r.ok) throw new Error('not read');
    expect([...noteDigits(r.note.data, r.note.written)]).toEqual([['sms', 3], ['aht', 2]]);
    const team = parseNoteText('team.md', '---\nid: t1\nname: Team\nmetrics:\n  - { id: sms, name: SMS, unit: score, direction: higher, baseline: 4.2, target: 4.50 }\n  - { id: fcr, name: FCR, unit: percent, direction: higher, baseline: 70.0, targets: [{ target: 85, from: 2026-01 }] }\n  - { id: aht, name: AHT, unit: seconds, direction: lower, baseline: 320 }\n---\n', teamSchema);
    if (!team.ok) throw new Error('not read');
    expect(profileDigits(team.note.data.metrics, team.note.written).map((m) => [m.id, m.writtenDecimals])).toEqual([['sms', 2], ['fcr', 1], ['aht', undefined]]);
  });
});

describe('text cut short by " #"', () => {
  test('a list item with "#3" is read up to the comment, with a warning and the quoted fix', () => {
    const r = ok(month('review:\n  achievements:\n    - 고객 #3 응대\n'));
    expect(r.note.data.review.achievements).toEqual(['고객']);
    expect(r.warnings).toEqual([
      {
        file: 'n.md', line: 5, column: 10, field: 'review.achievements[0]', input: '"고객"', severity: 'warning',
        message: 'is cut short: YAML reads "#3 응대" as a comment, so the text is only "고객"',
        hint: 'quote the value: "고객 #3 응대"; a comment meant as one is written after two spaces, as "  # words"',
      },
    ]);
  });

  test('a single space before "#", or a word right after it, in a text field is reported', () => {
    const r = ok(month('review:\n  shortfalls:\n    - what: Calls # of the week\n      why: late  #billing-queue\ngoals:\n  - title: Say "hi" #1\n'));
    expect(r.warnings.map((w) => [(w as { field: string }).field, (w as { line: number }).line, (w as { hint: string }).hint.split(';')[0]])).toEqual([
      ['review.shortfalls[0].what', 5, 'quote the value: "Calls # of the week"'],
      ['review.shortfalls[0].why', 6, 'quote the value: "late  #billing-queue"'],
      // A value with a double quote is given in single quotes.
      ['goals[0].title', 8, `quote the value: 'Say "hi" #1'`],
    ]);
  });

  test('comments after numbers, ids, enums and months, set-off comments and comments on their own line are fine', () => {
    const r = ok(
      month(
        [
          'locale: en # the plan is in English',
          'actuals:',
          '  completeness: 76 # up from 68',
          'goals:',
          '  - id: records #main',
          '    title: Records complete   # the team goal',
          '    due: 2026-09-30 #end',
          '    actions:',
          '      - Confirm the address    # on every call',
          '      - "Ask about queue #3"',
          '      # a comment on its own line',
          '      - Note the outcome',
          '',
        ].join('\n'),
      ),
    );
    expect(r.warnings).toEqual([]);
    expect(r.note.data.goals[0]!.actions).toEqual(['Confirm the address', 'Ask about queue #3', 'Note the outcome']);
  });

  test('a framework saved with CRLF line ends, or a tab before "#", gets the same warning and fix', () => {
    const r = readYaml('f.yaml', 'a:\r\n  - x #3 y\r\n  - z\t#4\r\n');
    expect(r.ok && r.data).toEqual({ a: ['x', 'z'] });
    expect(r.ok && r.warnings.map((w) => [w.line, w.column, w.hint!.split(';')[0]])).toEqual([
      [2, 7, 'quote the value: "x #3 y"'],
      [3, 7, 'quote the value: "z\t#4"'],
    ]);
  });

  test("the README's sample files, comments and all, give no warning", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n---\n([\s\S]*?)---\n/g)].map((m) => `\n${m[1]}`);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      const schema = /^month:/m.test(block) ? monthSchema : /^year:/m.test(block) ? annualSchema : /^team:/m.test(block) ? repSchema : teamSchema;
      const r = readYaml('README.md', block, { isText: (path) => isTextField(schema, path) });
      expect(r.ok && r.warnings, block.slice(0, 40)).toEqual([]);
    }
  });

  test('which fields hold free text follows the schema', () => {
    expect(isTextField(monthSchema, ['review', 'achievements', 0])).toBe(true);
    expect(isTextField(monthSchema, ['goals', 2, 'actions', 1])).toBe(true);
    expect(isTextField(monthSchema, ['month'])).toBe(false);
    expect(isTextField(monthSchema, ['goals', 0, 'due'])).toBe(false);
    expect(isTextField(monthSchema, ['goals', 0, 'id'])).toBe(false);
    expect(isTextField(monthSchema, ['locale'])).toBe(false);
    expect(isTextField(monthSchema, ['actuals', 'fcr'])).toBe(false);
    expect(isTextField(monthSchema, ['nonsense'])).toBe(false);
    expect(isTextField(frameworkSchema, ['groups', 0, 'name'])).toBe(true);
    expect(isTextField(frameworkSchema, ['groups', 0, 'items', 3, 'name', 'ko'])).toBe(true);
    expect(isTextField(frameworkSchema, ['groups', 0, 'items', 3, 'id'])).toBe(false);
  });
});

describe('the guards', () => {
  test('an alias bomb is an input error at the first alias', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(fail(readYaml('f.yaml', bomb))).toEqual([
      { file: 'f.yaml', line: 2, column: 8, field: '', input: undefined, message: 'YAML cannot be read: aliases (*name) expand into too much data', hint: 'write the values out instead of repeating anchors', severity: 'error' },
    ]);
  });

  test('an alias to no anchor is named at its line', () => {
    expect(fail(readYaml('f.yaml', 'a: &x 1\nb: *x\nc: *nope\n'))[0]).toMatchObject({ line: 3, column: 4, message: 'YAML cannot be read: an alias (*name) refers to no anchor (&name) set before it' });
  });

  test('nesting deeper than 16 levels is refused where it starts', () => {
    const deep = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n') + ' 1\n';
    expect(fail(readYaml('f.yaml', deep))).toEqual([
      { file: 'f.yaml', line: 17, column: 33, field: '', message: 'YAML cannot be read: lists or mappings are nested more than 16 levels deep', hint: 'lists and fields nest a few levels at most; check the indentation and stray "[", "{" or "- "', severity: 'error' },
    ]);
  });

  test('bracket and list bombs end in that error quickly, not in a stack overflow or a crash', () => {
    // "- - - …" 5,000 deep once aborted the process inside V8's regex compiler.
    for (const [bomb, line, column] of [
      [`study: [${'['.repeat(200_000)}${']'.repeat(200_000)}]\n`, 1, 72],
      [`study:\n  - ${'- '.repeat(5000)}x\n`, 2, 33],
      [`study: ${'  [\n'.repeat(20)}x${']'.repeat(20)}\n`, 16, 3],
    ] as const) {
      const started = performance.now();
      const d = fail(readYaml('f.yaml', bomb));
      expect(performance.now() - started).toBeLessThan(1000);
      expect(d).toEqual([expect.objectContaining({ line, column, message: 'YAML cannot be read: lists or mappings are nested more than 16 levels deep' })]);
    }
  });

  test('more YAML than a note can be is refused before parsing', () => {
    expect(fail(readYaml('f.yaml', `a: "${'x'.repeat(600 * 1024)}"\n`))[0]!.message).toBe('holds more than 512 KiB of YAML');
  });

  test('a duplicated field is named', () => {
    expect(fail(month('study: [a]\nmonth: 2026-10\n'))[0]).toMatchObject({ line: 4, column: 1, message: 'YAML cannot be read: the field "month" appears twice', hint: 'each field may appear once; merge the two entries' });
  });

  test('a second document is named in plain words', () => {
    expect(fail(readYaml('f.yaml', 'a: 1\n...\nb: 2\n'))[0]).toMatchObject({ line: 3, message: 'YAML cannot be read: the file holds a second YAML document (after a line "---" or "...")' });
  });

  test('a value with ": " in it is explained, not quoted from the parser', () => {
    expect(fail(month('study:\n  - x\ngoals: a: b\n'))[0]).toMatchObject({ line: 5, message: 'YAML cannot be read: a value has ": " in it and reads as a second field on the same line' });
  });
});

describe('the competency framework goes through the same reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-framework-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  test('an alias bomb is a diagnostic, not a crash', async () => {
    const file = write('bomb.yaml', 'id: f\nx: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ngroups: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n');
    const r = await loadFramework(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics).toEqual([expect.objectContaining({ file, line: 3, column: 8, message: 'YAML cannot be read: aliases (*name) expand into too much data' })]);
  });

  test('a name cut by " #" is a warning of a framework that still loads', async () => {
    const file = write('cut.yaml', 'id: f\ngroups:\n  - id: skills\n    name: {en: Skills}\n    items:\n      - id: calls\n        name: Phone skills #1\n');
    const r = await loadFramework(file);
    expect(r.ok && r.framework.groups[0]!.items[0]!.name).toBe('Phone skills');
    expect(r.ok && r.warnings).toEqual([expect.objectContaining({ line: 7, column: 28, field: 'groups[0].items[0].name', severity: 'warning' })]);
  });

  test('two competencies with one id are located at the second', async () => {
    const file = write('twice.yaml', 'id: f\ngroups:\n  - id: skills\n    name: Skills\n    items:\n      - {id: calls, name: Calls}\n      - {id: calls, name: More calls}\n');
    const r = await loadFramework(file);
    expect(!r.ok && r.diagnostics).toEqual([expect.objectContaining({ line: 7, column: 14, field: 'groups[0].items[1].id', message: 'is used by two competencies' })]);
  });

  test('the shipped framework reads cleanly', async () => {
    const r = await loadFramework(join(import.meta.dirname, '..', '..', 'data', 'framework', 'competencies.yaml'));
    expect(r.ok && r.warnings).toEqual([]);
  });
});

describe('a list item indented too far', () => {
  test('is read as more of the item above: reported at its line, with the fix', () => {
    const r = ok(month('review:\n  achievements:\n    - Record completeness to 80%\n      - Calls answered within 20 s\n    - Fewer complaints\n'));
    // What YAML makes of it: two entries, the first holding both lines.
    expect(r.note.data.review.achievements).toEqual(['Record completeness to 80% - Calls answered within 20 s', 'Fewer complaints']);
    expect(r.warnings).toEqual([
      {
        file: 'n.md', line: 6, column: 7, field: 'review.achievements[0]', input: '"Record completeness to 80% - Calls answered within 20 s"', severity: 'warning',
        message: 'goes on over the next line, which starts with "- " but is indented further than this item: YAML reads the two lines as one text, not as two items',
        hint: 'start the "- " in the same column as the "- " above it to make it an item of its own, or quote the text if the dash belongs to it',
      },
    ]);
  });

  test('a dash inside a line, a nested list where one is meant, and quoted text are fine', () => {
    const r = ok(month('review:\n  achievements:\n    - calls - up 10%\n    - "one\n      - two"\n  shortfalls:\n    - what: late\n      why: rota - clash\n'));
    expect(r.warnings).toEqual([]);
  });
});
