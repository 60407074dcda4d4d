/** The parts of a real plan in the note format: each parses to its home, and mistakes in them are explained. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseNoteText } from '../../src/notes/parse-note.js';
import { annualSchema, monthSchema, repSchema } from '../../src/notes/schema.js';
import { loadRep } from '../../src/notes/load-rep.js';
import { unfoldCjk, joinLines } from '../../src/text/fold-lines.js';

function month(yaml: string) {
  const r = parseNoteText('2026-09.md', `---\nmonth: 2026-09\n${yaml}\n---\n`, monthSchema);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line} ${d.field} ${d.message}`).join('\n'));
  return r.note.data;
}
function monthErrors(yaml: string) {
  const r = parseNoteText('2026-09.md', `---\nmonth: 2026-09\n${yaml}\n---\n`, monthSchema);
  if (r.ok) throw new Error('accepted');
  return r.diagnostics;
}

describe('a plan framed by the rep: opening, closing, support, supervisor', () => {
  test('block scalars keep their line breaks and blank lines', () => {
    const n = month('opening: |\n  九月就要開始了。\n  先排好計畫。\n\n  第二段。\nclosing: 謝謝大家。');
    expect(n.opening).toBe('九月就要開始了。\n先排好計畫。\n\n第二段。');
    expect(n.closing).toBe('謝謝大家。');
  });

  test('a request is plain text or what / from / why', () => {
    const n = month('support:\n  - 一支電話\n  - {what: 產品培訓, from: 產品經理, why: 客戶常問線下市場}');
    expect(n.support).toEqual([{ what: '一支電話' }, { what: '產品培訓', from: '產品經理', why: '客戶常問線下市場' }]);
  });

  test("the supervisor's comment with name and date", () => {
    const n = month('supervisor:\n  comment: 計畫清楚。\n  name: 王強\n  date: 2026-09-03');
    expect(n.supervisor).toEqual({ comment: '計畫清楚。', name: '王強', date: '2026-09-03' });
  });

  test('a misspelt field inside the supervisor block is named, with the right one', () => {
    const d = monthErrors('supervisor:\n  coment: ok').find((x) => x.field === 'supervisor.coment');
    expect(d).toMatchObject({ field: 'supervisor.coment', line: 4, message: '"coment" is not a known field', hint: 'did you mean "comment"?' });
  });
});

describe('goals as real plans write them', () => {
  const n = month(
    [
      'goals:',
      '  - title: 完成接聽量',
      '    term: short',
      '    owner: 黃詩涵',
      '    start: 2026-09-01',
      '    due: 2026-09-30',
      '    schedule:',
      '      - {when: 第1週, what: 複習話術}',
      '      - {when: 2026-09-15, what: 中期檢查}',
      '    support: [一支電話]',
      '  - title: 成為專業的網路人員',
      '    term: long',
    ].join('\n'),
  );
  test('owner, start, due, a schedule by week or date, support and term', () => {
    expect(n.goals[0]).toMatchObject({
      term: 'short',
      owner: '黃詩涵',
      start: '2026-09-01',
      due: '2026-09-30',
      // An unquoted date in YAML is a date; it is kept as its ISO text.
      schedule: [{ when: '第1週', what: '複習話術' }, { when: '2026-09-15', what: '中期檢查' }],
      support: [{ what: '一支電話' }],
    });
    expect(n.goals[1]!.term).toBe('long');
  });

  test('an unknown term is refused with the two that exist', () => {
    const [d] = monthErrors('goals:\n  - {title: x, term: medium}');
    expect(d).toMatchObject({ field: 'goals[0].term', message: 'must be one of: short, long' });
  });

  test('a schedule step without what is reported at its line', () => {
    const [d] = monthErrors('goals:\n  - title: x\n    schedule:\n      - when: 第1週');
    expect(d).toMatchObject({ field: 'goals[0].schedule[0].what', line: 6, message: 'is required but missing' });
  });
});

describe('a metric value as a count with its total', () => {
  test('993 of 1,460 is the share 68.0137%, and the counts are kept beside it', () => {
    const n = month('actuals:\n  completeness: {count: 993, of: 1460}\n  weekly-calls: 182');
    expect(n.actuals.completeness).toBeCloseTo(68.0137, 4);
    expect(n.actuals['weekly-calls']).toBe(182);
    expect(n.shares).toEqual({ completeness: { count: 993, of: 1460 } });
  });

  test('a note with only plain numbers has no shares', () => {
    expect(month('actuals: {completeness: 76}').shares).toBeUndefined();
  });

  test('the annual note takes a share too', () => {
    const r = parseNoteText('2026.md', '---\nyear: 2026\nactuals: {completeness: {count: 993, of: 1460}}\nachievements: [進步]\nshortfalls: [{what: a, why: b}]\n---\n', annualSchema);
    if (!r.ok) throw new Error('rejected');
    expect(r.note.data.shares).toEqual({ completeness: { count: 993, of: 1460 } });
    expect(r.note.data.achievements).toEqual(['進步']);
    expect(r.note.data.shortfalls).toEqual([{ what: 'a', why: 'b' }]);
  });

  test('a count above its total, a zero total and a quoted number each get their own words', () => {
    expect(monthErrors('actuals: {completeness: {count: 1500, of: 1460}}')[0]).toMatchObject({ field: 'actuals.completeness', message: 'has a count larger than its total' });
    expect(monthErrors('actuals: {completeness: {count: 0, of: 0}}')[0]).toMatchObject({ field: 'actuals.completeness.of', message: 'must be more than 0' });
    expect(monthErrors('actuals: {completeness: "76%"}')[0]).toMatchObject({ message: 'must be a plain number', hint: 'write 76 without quotes or "%"; the unit comes from the metric' });
    expect(monthErrors('actuals: {completeness: {count: 3, off: 4}}')[0]).toMatchObject({ message: 'must be a number, or a count with its total' });
  });

  test('a share on a metric not measured in percent is an error at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-share-'));
    const rep = join(dir, 'team', 'ana');
    mkdirSync(rep, { recursive: true });
    writeFileSync(join(rep, 'rep.md'), '---\nname: Ana\nmetrics:\n  - {id: calls, name: Calls, unit: count, direction: higher, baseline: 1, target: 2}\n---\n');
    writeFileSync(join(rep, '2026-09.md'), '---\nmonth: 2026-09\nactuals:\n  calls: {count: 3, of: 4}\n---\n');
    const r = await loadRep(rep);
    expect(r.diagnostics).toMatchObject([{ field: 'actuals.calls', line: 4, severity: 'error', message: 'is a count with its total, but metric "calls" is measured in count, not percent' }]);
  });
});

describe('a profile needs only a name', () => {
  test('id from the folder, team from the team folder, language from team.md, nothing invented', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-profile-'));
    const rep = join(dir, 'help-desk', 'mei');
    mkdirSync(rep, { recursive: true });
    writeFileSync(join(rep, 'rep.md'), '---\nname: 美玲\n---\n');
    writeFileSync(join(rep, '2026-09.md'), '---\nmonth: 2026-09\n---\n');
    const bare = await loadRep(rep);
    expect(bare.diagnostics).toEqual([]);
    expect(bare.notes!.rep.data).toEqual({ name: '美玲', id: 'mei', team: 'help-desk', locale: 'en', metrics: [] });
    writeFileSync(join(dir, 'help-desk', 'team.md'), '---\nid: desk-2\nname: Help desk\nlocale: zh-TW\n---\n');
    const withTeam = await loadRep(rep);
    expect(withTeam.notes!.rep.data).toMatchObject({ id: 'mei', team: 'desk-2', locale: 'zh-TW' });
    expect(withTeam.notes!.rep.data.hired).toBeUndefined();
  });

  test('a profile without a name says what is missing', () => {
    const r = parseNoteText('rep.md', '---\nrole: 客服\n---\n', repSchema);
    expect(r.ok ? [] : r.diagnostics).toMatchObject([{ field: 'name', message: 'is required but missing' }]);
  });
});

describe('Chinese lines joined without a stray space', () => {
  test('a folded scalar (>) loses the space YAML puts between Chinese lines, Korean keeps it', () => {
    const n = month('closing: >\n  今年的工作快要結束了，\n  明年會有條不紊。\nopening: >\n  올해는 고객 정보\n  완성도를 높였다');
    expect(n.closing).toBe('今年的工作快要結束了，明年會有條不紊。');
    expect(n.opening).toBe('올해는 고객 정보 완성도를 높였다');
  });

  test('a plain scalar over two lines, and English beside Chinese', () => {
    expect(month('study:\n  - 溝通\n    技巧').study).toEqual(['溝通技巧']);
    expect(unfoldCjk('學習 LED 光動力 與 CO2')).toBe('學習 LED 光動力與 CO2');
    expect(joinLines(['客戶資料', '完整率', 'to 85%', '달성', '목표'])).toBe('客戶資料完整率 to 85% 달성 목표');
  });
});
