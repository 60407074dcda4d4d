/**
 * One mistake at a time in a valid note (test/fixtures/team-a/ana/2026-09.md), and the exact report
 * each gets: file:line:column, field, message, the value found and the hint. The mistakes are the
 * ones reps make: typos in ids and field names, units typed into values, impossible dates, YAML
 * slips from a Chinese or Korean input method (full-width colon and space), tabs, unquoted colons.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostics } from '../../src/cli/report.js';
import { loadRep } from '../../src/notes/load-rep.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'team-a');
const work = mkdtempSync(join(tmpdir(), 'workplan-mutations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** [what the rep did, text in the note, what they wrote instead, the report]. */
const MUTATIONS: [string, string, string, string][] = [
  ['a month that does not exist', 'month: 2026-09', 'month: 2026-13', 'ana/2026-09.md:2:8  error month: is not a month (found "2026-13")\n    hint: write months as YYYY-MM, e.g. 2026-09'],
  ['a month other than the file name', 'month: 2026-09', 'month: 2026-10', 'ana/2026-09.md:2:8  error month: says 2026-10 but the file is named 2026-09.md (found 2026-10)\n    hint: rename the file or correct the month'],
  ['a share whose count is larger than its total', '  completeness: 76', '  completeness: {count: 1500, of: 1460}', 'ana/2026-09.md:4:17  error actuals.completeness: has a count larger than its total (found {count: 1500, of: 1460})\n    hint: count: is the part and of: the whole, e.g. {count: 993, of: 1460}'],
  ['a misspelt metric id', '  completeness: 76', '  completness: 76', 'ana/2026-09.md:4:16  error actuals.completness: names metric "completness", which is not defined (found completness)\n    hint: did you mean "completeness"?'],
  ['a value with its unit', '  completeness: 76', '  completeness: "76%"', 'ana/2026-09.md:4:17  error actuals.completeness: must be a plain number (found "76%")\n    hint: write 76 without quotes or "%"; the unit comes from the metric'],
  ['a value in words', '  complaints: 6', '  complaints: six', 'ana/2026-09.md:5:15  error actuals.complaints: must be a number, not text (found "six")\n    hint: write a plain number such as 76'],
  ['a negative count', '  complaints: 6', '  complaints: -3', 'ana/2026-09.md:5:15  error actuals.complaints: is outside what a count metric can be (0 to 1000000000) (found -3)\n    hint: a count is 0 or more'],
  ['a percent over 100', '  completeness: 76', '  completeness: 176', 'ana/2026-09.md:4:17  error actuals.completeness: is outside what a percent metric can be (0 to 100) (found 176)\n    hint: a percent is a share of a whole, 0 to 100; for a change that can pass 100% use unit: rate'],
  ['a number too large for any reckoning', '  complaints: 6', '  complaints: 1e400', 'ana/2026-09.md:5:15  error actuals.complaints: must be a number, not infinity (.inf) (found Infinity)\n    hint: write an ordinary number, e.g. 85'],
  ['a number written in hexadecimal', '  complaints: 6', '  complaints: 0x10', 'ana/2026-09.md:5:15  warning actuals.complaints: is read as 16 (0x is hexadecimal) (found 0x10)\n    hint: write 16, or quote it if it is text'],
  ['a misspelt field name', '  shortfalls:', '  shortfals:', 'ana/2026-09.md:10:3  error review.shortfals: "shortfals" is not a known field\n    hint: did you mean "shortfalls"?'],
  ['an outcome that is not one of the three', '      result: partly', '      result: done', 'ana/2026-09.md:16:15  error review.goals[0].result: must be one of: met, partly, missed (found "done")\n    hint: replace "done" with the one of these words that fits, spelled as listed'],
  ["a goal reviewed under a title last month's note does not have", '    - goal: Learn the new router line', '    - goal: Learn the new router', 'ana/2026-09.md:15:13  error review.goals[0].goal: matches no goal in last month\'s note (found Learn the new router)\n    hint: did you mean "Learn the new router line"?'],
  ['an empty goal title', '  - title: Reach 80% record completeness', '  - title: ""', 'ana/2026-09.md:19:12  error goals[0].title: is empty (found "")\n    hint: write some text, or remove the line'],
  ['a target in words', '    target: 80', '    target: high', 'ana/2026-09.md:21:13  error goals[0].target: must be a number, not text (found "high")\n    hint: write the number in digits, without quotes, e.g. 85'],
  ['a day the calendar does not have', '    due: 2026-09-30', '    due: 2026-09-31', 'ana/2026-09.md:22:10  error goals[0].due: is not a day of the calendar (found "2026-09-31")\n    hint: check the day of the month, e.g. September has 30 days'],
  ['a due date in words', '    due: 2026-09-30', '    due: end of month', 'ana/2026-09.md:22:10  error goals[0].due: is not a date (found "end of month")\n    hint: write dates as YYYY-MM-DD, e.g. 2026-09-30'],
  ['a goal on a metric nobody defined', '    metric: completeness', '    metric: fcr', 'ana/2026-09.md:20:13  error goals[0].metric: names metric "fcr", which is not defined (found fcr)\n    hint: define it under metrics: in rep.md or team.md (known: completeness, complaints, weekly-calls)'],
  ['a target without its metric', '    metric: completeness\n', '', 'ana/2026-09.md:20:13  error goals[0].target: has a target but no metric (found 80)\n    hint: add "metric: <id>" so the target can be checked'],
  ['actions as one line of text', '    actions:\n      - Confirm company name before closing each call\n      - Call back 20 customers with incomplete records', '    actions: Call back customers', 'ana/2026-09.md:23:14  error goals[0].actions: must be a list, not text (found "Call back customers")\n    hint: write a list, one item per line starting with "- "'],
  ['a list item with an unquoted ": "', '  - "Phone technique: listening before answering"', '  - Phone technique: listening before answering', 'ana/2026-09.md:27:5  error study[0]: must be text, not a mapping of fields (found a mapping)\n    hint: text with ": " in it reads as a field; put the whole text in quotes, e.g. - "Phone technique: listen first"'],
  ['a tab to indent', '  complaints: 6', '\tcomplaints: 6', 'ana/2026-09.md:5:1  error: YAML cannot be read: a tab is used for indentation\n    hint: indent with spaces only (two per level)'],
  ['full-width spaces to indent', '  complaints: 6', '\u3000\u3000complaints: 6', 'ana/2026-09.md:5:1  error: a full-width space "　" is used to indent this line (found "complaints: 6")\n    hint: indent with ordinary spaces, two per level (switch the input method to half-width, or delete the wide space and type spaces)'],
  ['a full-width colon', '  complaints: 6', '  complaints：6', 'ana/2026-09.md:5:13  error: the field "complaints" is followed by a full-width colon "：" (found "complaints：6")\n    hint: write an ordinary colon and a space: "complaints: 6"'],
  ['a full-width colon in a list item', '  - title: Reach 80% record completeness', '  - title：Reach 80% record completeness', 'ana/2026-09.md:19:5  error: YAML cannot be read: the field "title" is followed by a full-width colon "："\n    hint: write an ordinary colon and a space: "title: Reach 80% record completeness"'],
  ['no space after the colon', '  complaints: 6', '  complaints:6', 'ana/2026-09.md:5:13  error: there is no space after the ":" of "complaints", so YAML reads "complaints:6" as text (found "complaints:6")\n    hint: put a space after the colon: "complaints: 6"'],
  ['a field written twice', '  complaints: 6', '  complaints: 6\n  complaints: 7', 'ana/2026-09.md:6:3  error: YAML cannot be read: the field "complaints" appears twice\n    hint: each field may appear once; merge the two entries'],
  ['a quote left open', '    - what: "Missed the weekly call target in week 2 # really"', '    - what: "Missed the weekly call target in week 2', 'ana/2026-09.md:11:53  error: YAML cannot be read: a quoted value is not closed\n    hint: end the value with the same quote mark it starts with'],
  ['front matter never closed', '---\n## What I learned', '## What I learned', 'ana/2026-09.md:1:1  error: front matter is not closed\n    hint: add a line "---" after the last YAML field'],
];

describe('one mistake in a valid note, and the exact report it gets', () => {
  const original = readFileSync(join(fixture, 'ana', '2026-09.md'), 'utf8');

  test.each(MUTATIONS.map((m, i) => [m[0], i] as const))('%s', async (_, i) => {
    const [, from, to, expected] = MUTATIONS[i]!;
    expect(original, 'the text to change is in the note').toContain(from);
    const team = join(work, String(i));
    cpSync(fixture, team, { recursive: true });
    writeFileSync(join(team, 'ana', '2026-09.md'), original.replace(from, to));
    const result = await loadRep(join(team, 'ana'));
    expect(formatDiagnostics(result.diagnostics, team)).toBe(expected);
  });
});

describe('self-ratings out of the scale in the annual note, each with what to write', () => {
  test('a 6, a 0 and a 三 are reported at once, each at its place with the 1–5 scale or the digit meant', async () => {
    const team = join(work, 'ratings');
    cpSync(fixture, team, { recursive: true });
    writeFileSync(join(team, 'ana', '2026.md'), '---\nyear: 2026\nratings: {positive: 6, listening: 0, patience: 三}\n---\n');
    const result = await loadRep(join(team, 'ana'));
    expect(formatDiagnostics(result.diagnostics.filter((d) => d.file.endsWith('2026.md')), team)).toBe(
      [
        'ana/2026.md:3:21  error ratings.positive: must be at most 5 (found 6)\n    hint: a rating is a whole number from 1 (needs work) to 5 (a strength)',
        'ana/2026.md:3:35  error ratings.listening: must be at least 1 (found 0)\n    hint: a rating is a whole number from 1 (needs work) to 5 (a strength)',
        'ana/2026.md:3:48  error ratings.patience: must be a number, not text (found "三")\n    hint: write 3 in digits, not 三',
      ].join('\n'),
    );
  });
});
