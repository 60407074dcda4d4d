/**
 * A rep who left (rep.md's `left:`, the last day on the team), hand-checked: their summary counts
 * only the months they were on the team, and the team's year-end figures are of the reps still there.
 */
import { describe, expect, test } from 'vitest';
import { buildAnnualSummary } from '../../src/model/annual-summary.js';
import { coverage } from '../../src/model/coverage.js';
import { measuredByMonth } from '../../src/model/metric-year.js';
import { buildRollup, type RollupRow } from '../../src/model/team-rollup.js';
import { buildTeamPlan } from '../../src/model/team-plan.js';
import type { PlanRep } from '../../src/model/team-plan-figures.js';
import { parsePeriod } from '../../src/calendar/plan-period.js';
import { localeKit } from '../../src/locale/index.js';
import type { RepNotes } from '../../src/notes/load-rep.js';
import { monthSchema, teamPlanSchema, type AnnualFront, type MetricDef, type MonthFront, type RepProfile } from '../../src/notes/schema.js';

const parsed = <T>(file: string, data: T) => ({ file, data, body: '', bodyLine: 1, at: () => ({ line: 1, column: 1 }) });
const note = (month: string, c?: number): MonthFront => monthSchema.parse({ month, actuals: c === undefined ? {} : { c } });
const completeness: MetricDef = { id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 };
const rep: RepProfile = { id: 'lee', name: 'Lee', team: 't', hired: '2025-03-01', left: '2026-08-15', locale: 'en', metrics: [] };
const repNotes = (months: MonthFront[], profile: Partial<RepProfile> = {}, annual?: Partial<AnnualFront>): RepNotes => ({
  folder: '/x/lee',
  rep: parsed('/x/lee/rep.md', { ...rep, ...profile }),
  months: months.map((m) => parsed(`/x/lee/${m.month}.md`, m)),
  annuals: annual ? [parsed('/x/lee/2026.md', { year: 2026, actuals: {}, ratings: {}, reflection: {}, next: { goals: [] }, ...annual })] : [],
  metrics: [completeness],
});
// The notes of January to August, each giving the month before's figure: December 2025 68, then
// January 70 … July 82, two points a month. Lee left on 15 August and wrote no September note.
const janToAug = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'].map((m, i) => note(m, 68 + 2 * i));

describe("a leaver's coverage: the months on the team, not the year", () => {
  const measured = measuredByMonth(janToAug);
  test('left on 15 August: 8 notes of 8 expected, and no month from August on is a gap', () => {
    const c = coverage({ year: 2026, hired: rep.hired, left: '2026-08-15', notes: janToAug, measured, metrics: ['c'] });
    expect([c.withNotes.length, c.expected.length, c.missingNotes, c.gaps, c.left]).toEqual([8, 8, [], [], '2026-08-15']);
  });
  test('the same notes without `left`: 8 of 12, and August to December are gaps', () => {
    const c = coverage({ year: 2026, hired: rep.hired, notes: janToAug, measured, metrics: ['c'] });
    expect([c.withNotes.length, c.expected.length, c.left]).toEqual([8, 12, undefined]);
    expect(c.gaps.map((g) => [g.month, g.reason])).toEqual([['2026-08', 'no-note'], ['2026-09', 'no-note'], ['2026-10', 'no-note'], ['2026-11', 'no-note'], ['2026-12', 'no-year-end']]);
  });
  test('left on 1 August: still on the team on the 1st, so August\'s note is expected (8); left on 31 July: 7', () => {
    expect(coverage({ year: 2026, left: '2026-08-01', notes: janToAug, measured, metrics: ['c'] }).expected.at(-1)).toBe('2026-08');
    const july = coverage({ year: 2026, left: '2026-07-31', notes: janToAug.slice(0, 7), measured: measuredByMonth(janToAug.slice(0, 7)), metrics: ['c'] });
    expect([july.withNotes.length, july.expected.length, july.gaps]).toEqual([7, 7, []]);
  });
  test('joined on 14 March and left on 20 October: April to October expected (7), March to September measured; June missing', () => {
    const notes = ['2026-04', '2026-05', '2026-07', '2026-08', '2026-09', '2026-10'].map((m) => note(m, 70));
    const c = coverage({ year: 2026, hired: '2026-03-14', left: '2026-10-20', notes, measured: measuredByMonth(notes), metrics: ['c'] });
    expect([c.joined, c.left, c.expected.length, c.withNotes.length, c.missingNotes]).toEqual(['2026-03-14', '2026-10-20', 7, 6, ['2026-06']]);
    // The June note would have given May's figures.
    expect(c.gaps.map((g) => g.month)).toEqual(['2026-05']);
  });
  test('a rep leaving next year is on the team all this year', () => {
    const c = coverage({ year: 2026, hired: rep.hired, left: '2027-02-28', notes: janToAug, measured, metrics: ['c'] });
    expect([c.expected.length, c.left]).toEqual([12, undefined]);
  });
});

describe("a leaver's annual summary", () => {
  test('the year-end figure is the last one before leaving, with its month; the stage is the one they left in', () => {
    const view = buildAnnualSummary(repNotes(janToAug), 2026, 'en');
    expect(view.metrics[0]).toMatchObject({ final: 82, finalMonth: '2026-07' });
    // Hired 1 March 2025: August 2026 is month 18 (growth); December would be 22 (mature).
    expect(view.finalStage).toBe('growth');
    expect([view.coverage.withNotes.length, view.coverage.expected.length]).toEqual([8, 8]);
  });
  test("an export's figure for the leaving month is used; one for a month after it, and the annual note's December figure, are not", () => {
    const kpi = new Map([['2026-08', { c: { value: 83, line: 2 } }], ['2026-09', { c: { value: 99, line: 3 } }]]);
    const view = buildAnnualSummary(repNotes(janToAug, {}, { actuals: { c: 95 } }), 2026, 'en', { kpi });
    expect(view.metrics[0]).toMatchObject({ final: 83, finalMonth: '2026-08' });
    expect(view.metrics[0]!.series.slice(6)).toEqual([82, 83, null, null, null, null]);
  });
  test('the same notes of a rep who stays: the annual note gives December', () => {
    const view = buildAnnualSummary(repNotes(janToAug, { left: undefined }, { actuals: { c: 95 } }), 2026, 'en');
    expect(view.metrics[0]).toMatchObject({ final: 95, finalMonth: null });
  });
});

describe('the rollup of a team of three, one of whom left in August', () => {
  const series = (values: Record<number, number>) => Array.from({ length: 12 }, (_, i) => values[i] ?? null);
  const row = (id: string, stage: RollupRow['stage'], values: Record<number, number>, left?: string): RollupRow => {
    const s = series(values);
    const lastIndex = s.reduce<number>((at, v, i) => (v !== null ? i : at), -1);
    const final = s[lastIndex]!;
    return {
      id, name: id, stage, left, monthsWithNotes: 8, monthsExpected: 8, goalsMet: 1, goalsSet: 2, signs: { flat: [], lowEnergy: ['2026-05'], burntOut: [] },
      metrics: { c: { final, finalMonth: lastIndex < 11 ? `2026-${String(lastIndex + 1).padStart(2, '0')}` : null, target: 85, status: final >= 85 ? 'met' : 'behind', series: s, precision: { min: 0, max: 0 } } },
    };
  };
  const shared = [{ id: 'c', name: 'Completeness', unit: 'percent' as const, direction: 'higher' as const }];
  // Lee: 60% in July, left on 15 August. Amy: 78 in July, 80 in December. Bo: 88 in July, 90 in December.
  const lee = row('Lee', 'growth', { 6: 60 }, '2026-08-15');
  const amy = row('Amy', 'mature', { 6: 78, 11: 80 });
  const bo = row('Bo', 'frustration', { 6: 88, 11: 90 });
  const view = buildRollup('Desk', 2026, 'en', shared, [lee, amy, bo]);
  test('the year-end mean is of the two still there: (80 + 90) / 2 = 85, not (60 + 80 + 90) / 3 = 76.7', () => {
    expect(view.metrics[0]!.average).toBe(85);
  });
  test('reps on target: 1 of 2 (Bo at 90), the leaver not counted as a miss', () => {
    expect([view.metrics[0]!.met, view.metrics[0]!.reported]).toEqual([1, 2]);
  });
  test('July\'s mean still counts the leaver, (60 + 78 + 88) / 3 = 75.33…, over 3 reps; August on, Lee is out', () => {
    expect(view.metrics[0]!.monthly[6]).toBeCloseTo(75.333, 3);
    expect(view.metrics[0]!.monthlyCount[6]).toBe(3);
    expect(view.memberChanges.map((m) => [m.month, m.left])).toEqual([['2026-12', ['Lee']]]);
  });
  test('the leaver keeps their row, is listed with the date, and is not in the stages or the signs', () => {
    expect(view.reps.map((r) => [r.id, r.cells[0]!.final, r.cells[0]!.finalMonth])).toEqual([['Amy', 80, null], ['Bo', 90, null], ['Lee', 60, '2026-07']]);
    expect(view.leavers).toEqual([{ label: 'Lee', left: '2026-08-15' }]);
    expect(view.stages.map((s) => [s.stage, s.count, s.share])).toEqual([['fresh', 0, 0], ['frustration', 1, 0.5], ['growth', 0, 0], ['mature', 1, 0.5]]);
    expect(view.flagged.map((f) => f.label)).toEqual(['Amy', 'Bo']);
    // A year's goals are the year's: the leaver's count.
    expect([view.goalsMet, view.goalsSet]).toEqual([3, 6]);
  });
  test('left on 31 December or next year: on the team at the year\'s end, in the mean ((60 + 80 + 90) / 3 = 76.67)', () => {
    for (const left of ['2026-12-31', '2027-01-15']) {
      const stayed = buildRollup('Desk', 2026, 'en', shared, [{ ...lee, left }, amy, bo]);
      expect(stayed.metrics[0]!.average).toBeCloseTo(76.667, 3);
      expect(stayed.leavers).toEqual([]);
    }
  });
  test('left before the year: not in the rollup at all', () => {
    const gone = buildRollup('Desk', 2026, 'en', shared, [{ ...lee, left: '2025-11-30' }, amy, bo]);
    expect(gone.reps.map((r) => r.id)).toEqual(['Amy', 'Bo']);
    expect([gone.metrics[0]!.monthly[6], gone.metrics[0]!.monthlyCount[6], gone.leavers]).toEqual([83, 2, []]);
  });
});

describe("next year's team plan", () => {
  const metrics: MetricDef[] = [{ id: 'c', name: 'Completeness', unit: 'percent', direction: 'higher', baseline: 68, target: 85 }];
  const months = (values: [string, number][]) => values.map(([m, c]) => monthSchema.parse({ month: m, actuals: { c } }));
  // Notes of September to December give August to November. Lee's stop at August (July's 60).
  const amy: PlanRep = { id: 'amy', name: 'Amy', hired: '2020-01-01', metrics, months: months([['2026-09', 78], ['2026-10', 79], ['2026-11', 80], ['2026-12', 80]]) };
  const bo: PlanRep = { id: 'bo', name: 'Bo', hired: '2026-04-01', metrics, months: months([['2026-09', 88], ['2026-10', 89], ['2026-11', 90], ['2026-12', 90]]) };
  const lee: PlanRep = { id: 'lee', name: 'Lee', hired: '2025-03-01', left: '2026-08-15', metrics, months: months([['2026-07', 61], ['2026-08', 60]]) };
  const build = (reps: PlanRep[]) => buildTeamPlan({ period: parsePeriod('2027-H1')!, locale: 'en', teamName: 'Desk', shared: metrics, plan: teamPlanSchema.parse({ period: '2027-H1' }), body: '', reps });
  test('a rep who left before the plan starts is not one of its people, nor in its current figure', () => {
    const view = build([amy, bo, lee]);
    expect(view.reps).toBe(2);
    expect(view.stages.flatMap((s) => s.names)).toEqual(['Bo', 'Amy']);
    // The latest month is November: (80 + 90) / 2 = 85.
    expect([view.latestMonth, view.metrics[0]!.average]).toEqual(['2026-11', 85]);
    // The six months of trend still have Lee in the months Lee was there: June and July are Lee's alone.
    expect(view.monthIds).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(view.metrics[0]!.monthly).toEqual([61, 60, 83, 84, 85, 85]);
  });
  test('a rep leaving during the plan\'s period is one of its people', () => {
    expect(build([amy, bo, { ...lee, left: '2027-03-31' }]).reps).toBe(3);
  });
  test('one who left after the plan starts but before the latest month reported ends is in its people, not its current figure', () => {
    // 2026-H2, rendered with November's figures. Lee left on 15 August: his last figure is July's 60.
    const h2 = buildTeamPlan({ period: parsePeriod('2026-H2')!, locale: 'en', teamName: 'Desk', shared: metrics, plan: teamPlanSchema.parse({ period: '2026-H2' }), body: '', reps: [amy, bo, lee] });
    expect(h2.reps).toBe(3);
    // On 1 July: Bo in his fourth month, Lee in his seventeenth, Amy long since.
    expect(h2.stages.map((s) => s.names)).toEqual([[], ['Bo'], ['Lee'], ['Amy']]);
    // November: Amy 80, Bo 90 → 85, 1 of 2 on target; not (80 + 90 + 60) / 3 with 1 of 3.
    expect(h2.metrics[0]).toMatchObject({ average: 85, met: 1, reported: 2 });
    expect(h2.metrics[0]!.monthly[5]).toBe(85);
  });
});

describe('the words for a leaver, in all four languages', () => {
  test('the summary\'s coverage sentence and the rollup\'s list', () => {
    const said = (locale: 'en' | 'zh-CN' | 'zh-TW' | 'ko') => {
      const kit = localeKit(locale);
      return [
        kit.t('coverage.allLeft', { date: 'D', total: 8 }),
        kit.t('coverage.someBetween', { date: 'J', left: 'L', n: 6, total: 7 }),
        kit.t('rollup.leftDuring'),
      ];
    };
    expect(said('en')).toEqual(['Left on D: notes for all 8 months on the team.', 'Joined on J and left on L: notes for 6 of the 7 months on the team.', 'Left during the year: ']);
    expect(said('zh-CN')).toEqual(['D离开团队：在团队期间的 8 个月都有笔记。', 'J入职，L离开团队：在团队期间的 7 个月中有 6 个月有笔记。', '年内离开团队的成员：']);
    expect(said('zh-TW')).toEqual(['D離開團隊：在團隊期間的 8 個月都有筆記。', 'J到職，L離開團隊：在團隊期間的 7 個月中有 6 個月有筆記。', '年內離開團隊的成員：']);
    expect(said('ko')).toEqual(['D에 팀을 떠났습니다. 팀에 있던 8개월 모두 노트가 있습니다.', 'J에 입사해 L에 팀을 떠났습니다. 팀에 있던 7개월 중 6개월에 노트가 있습니다.', '올해 팀을 떠난 상담원: ']);
    expect(localeKit('en').t('coverage.allLeft', { date: 'D', total: 1 })).toBe('Left on D: notes for the one month on the team.');
  });
});
