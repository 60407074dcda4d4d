/** The view model of an annual summary / self-review: a year of notes, added up. Pure, no I/O. */
import { monthSchema, type Framework, type GoalResult, type Language, type MonthFront, type RepProfile, type Share, type Shortfall } from '../notes/schema.js';
import type { RepNotes } from '../notes/load-rep.js';
import { pickLocalized } from '../locale/index.js';
import { addMonths } from '../calendar/months.js';
import { afterLeaving, beforeHiring, monthOf } from '../calendar/team-dates.js';
import { stageFor, tenureMonth, type Stage } from './career-stage.js';
import { reviewGoals, unjudgedGoal, type GoalReview } from './goal-review.js';
import { goalMetrics } from './goal-metrics.js';
import { measuredByMonth, metricYear, monthsOfYear, type MetricYear } from './metric-year.js';
import { groupShortfalls, type ShortfallGroup } from './shortfall-groups.js';
import { burnoutSigns, type BurnoutSigns } from './burnout.js';
import { coverage, groupPartialGaps, type Coverage, type PartialGroup } from './coverage.js';
import { reviewsOfYear } from './review-months.js';
import { framingOf, groupByTerm, planGoals, shareBehind, type Framing, type GoalGroup, type PlanGoal } from './plan-parts.js';
import type { KpiValue } from '../notes/load-kpi.js';
import { overlayKpi } from './kpi-overlay.js';
import { kpiDigits, withDigits } from '../notes/written-digits.js';
import { mean } from './mean.js';
import { withoutEmptyHeadings } from '../text/unanswered-headings.js';

export interface GoalTally {
  set: number;
  met: number;
  partly: number;
  missed: number;
  unknown: number;
}

export interface MonthGoals {
  month: string;
  goals: (GoalReview & { unit?: MetricYear['unit'] })[];
}

export interface StageChange {
  month: string;
  stage: Stage;
  tenure: number;
}

export interface CompetencyRow {
  id: string;
  name: string;
  rating: number | null;
  previous: number | null;
}

export interface CompetencyGroup {
  id: string;
  name: string;
  items: CompetencyRow[];
  average: number | null;
  previousAverage: number | null;
}

export interface AnnualSummaryView extends Framing {
  locale: Language;
  rep: RepProfile;
  teamName: string;
  year: number;
  monthsWithNotes: string[];
  /** Notes expected, written, missing or empty, and the months the charts lack figures for. */
  coverage: Coverage & { partial: (PartialGroup & { names: string[] })[] };
  /** `finalShare`: the count and total behind the year-end value, when it was given as a share. */
  metrics: (MetricYear & { finalShare?: Share })[];
  metricsMet: number;
  /** Metrics with a value and a target in force at the year's end: what metricsMet counts out of. */
  metricsGraded: number;
  /** Metrics with a figure in any month of the year: only these get a chart. */
  metricsCharted: number;
  goals: GoalTally;
  goalsByMonth: MonthGoals[];
  achievements: { month: string; text: string }[];
  shortfalls: ShortfallGroup[];
  /** The year's achievements and shortfalls as the annual note states them. */
  yearAchievements: string[];
  yearShortfalls: Shortfall[];
  recurringShortfalls: number;
  /** Stage at the first and last month of the year the rep worked, and every change between. */
  stages: StageChange[];
  /** Absent when the profile has no hire date: the stage is not guessed. */
  finalStage?: Stage;
  /** Flat figures and low-energy marks over the year: signs of the burnout period. */
  burnout: BurnoutSigns;
  competencies: CompetencyGroup[];
  hasRatings: boolean;
  hasPreviousRatings: boolean;
  reflection: { key: 'robot' | 'posture' | 'mistakes' | 'expectations'; answer: string }[];
  summary?: string;
  body: string;
  nextGoals: PlanGoal[];
  nextGoalGroups: GoalGroup[];
}

export interface SummaryInputs {
  framework?: Framework;
  /** Values from a KPI export for this rep, by measured month; they override the notes. */
  kpi?: ReadonlyMap<string, Record<string, KpiValue>>;
}

export function buildAnnualSummary(notes: RepNotes, year: number, locale: Language, { framework, kpi: exported }: SummaryInputs = {}): AnnualSummaryView {
  const all = notes.months.map((m) => m.data);
  const inYear = all.filter((m) => m.month.startsWith(`${year}-`));
  const annual = notes.annuals.find((a) => a.data.year === year);
  const previousAnnual = notes.annuals.find((a) => a.data.year === year - 1)?.data;
  const { hired, left } = notes.rep.data;
  // An export's figure for a month before the rep was hired, or after the month they left, is
  // somebody else's (checkKpi warns of it): taken, it would chart the rep and count them in the
  // team's means while they were not on the team.
  const onTeam = (month: string) => !beforeHiring(hired, month) && !afterLeaving(left, month);
  const kpi = exported && (hired || left) ? new Map([...exported].filter(([month]) => onTeam(month))) : exported;

  // The next January's note closes December; anything else outside the year is left out.
  const closing = all.filter((m) => m.month.startsWith(`${year}-`) || m.month === `${year + 1}-01`);
  // The loader leaves out notes after the leaving month; the annual note's December figures of a
  // rep who left before December are dropped here (the loader warns of them).
  const noted = withoutMonthsAfter(left, measuredByMonth(closing, annual ? { year, actuals: annual.data.actuals } : undefined));
  const measured = overlayKpi(noted, kpi);
  const shares = sharesByMonth(closing, annual?.data);
  // A KPI cell written 76.50 asks for two decimals, as 76.50 in a note does.
  const metrics = withDigits(notes.metrics, kpiDigits(kpi)).map((def) => {
    // What the digits follow: values the rep or the export wrote, not shares (68.0137…% of a count).
    const written = [...(annual ? Object.entries(annual.data.actuals).filter(([id]) => id === def.id && !annual.data.shares?.[id]).map(([, v]) => v) : []), ...[...(kpi?.values() ?? [])].flatMap((r) => (r[def.id] ? [r[def.id]!.value] : []))];
    const m = metricYear(def, measured, all, year, locale, written);
    let last = m.series.length - 1;
    while (last >= 0 && m.series[last] === null) last--;
    return { ...m, finalShare: last < 0 ? undefined : shareBehind(shares.get(monthsOfYear(year)[last]!)?.[def.id], m.final) };
  });
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const covered = coverage({ year, hired, left, notes: all, measured, noted, metrics: notes.metrics.map((m) => m.id) });
  // A month with some figures is a gap in the other charts: named with the metrics it does have.
  const cover = { ...covered, partial: groupPartialGaps(covered.partial).map((p) => ({ ...p, names: p.only.map((id) => byId.get(id)!.name) })) };

  const unitOf = new Map(notes.metrics.map((m) => [m.id, m.unit]));
  // Goals set in month M are judged by the figures measured for M, the ones the charts show: the
  // note for M+1 (December's: the next January's), with the annual note and the KPI export laid
  // over them; the rep's own verdicts come from that note's review.
  const byMonth = new Map(all.map((m) => [m.month, m]));
  const asMeasured = (note: MonthFront | undefined): MonthFront | undefined => note && { ...note, actuals: { ...note.actuals, ...measured.get(addMonths(note.month, -1)) } };
  const judgedBy = (month: string): MonthFront | undefined => {
    const next = addMonths(month, 1);
    const values = measured.get(month);
    if (byMonth.has(next)) return asMeasured(byMonth.get(next));
    // No note for M+1, but figures for M (the annual note's, or a KPI export's): a note of just those.
    // Built by the schema so every other field gets its default, whatever fields the format grows.
    return values ? monthSchema.parse({ month: next, actuals: values }) : undefined;
  };
  const goalsByMonth: MonthGoals[] = inYear
    .filter((m) => m.goals.length > 0)
    .map((m) => {
      const next = judgedBy(m.month);
      const judging = goalMetrics(notes.metrics, all, m.month);
      const reviews = next ? reviewGoals(asMeasured(m)!, next, judging, asMeasured(byMonth.get(addMonths(m.month, -1)))) : m.goals.map((g) => unjudgedGoal(g, judging));
      return { month: m.month, goals: reviews.map((g) => ({ ...g, unit: g.metric ? unitOf.get(g.metric) : undefined })) };
    });
  const tally: GoalTally = { set: 0, met: 0, partly: 0, missed: 0, unknown: 0 };
  for (const g of goalsByMonth.flatMap((m) => m.goals)) {
    tally.set++;
    tally[g.result as GoalResult | 'unknown']++;
  }

  const reviews = reviewsOfYear(all, year);
  const shortfalls = groupShortfalls(reviews.map((r) => ({ month: r.month, shortfalls: r.note.review.shortfalls })));
  // Figures can only lack from the month the rep joined (without a hire date, from January) to the month they left.
  const measuredMonths = monthsOfYear(year).filter(onTeam);
  // The stage from the month the rep joined, as the figures and goals are: hired on 9 March, March
  // is already month 1 (fresh), though the first note expected is April's.
  const stages = hired ? stageChanges(hired, measuredMonths) : [];
  // A leaver's stage is the one they left in; everyone else's, December's.
  const lastMonth = cover.left ? monthOf(cover.left) : `${year}-12`;
  const ratings = annual?.data.ratings ?? {};
  const previousRatings = previousAnnual?.ratings ?? {};
  const competencies = (framework?.groups ?? []).map((g): CompetencyGroup => {
    const items = g.items.map((i): CompetencyRow => ({ id: i.id, name: pickLocalized(i.name, locale), rating: ratings[i.id] ?? null, previous: previousRatings[i.id] ?? null }));
    return { id: g.id, name: pickLocalized(g.name, locale), items, average: mean(items.map((i) => i.rating)), previousAverage: mean(items.map((i) => i.previous)) };
  });
  const reflection = annual?.data.reflection ?? {};
  const nextGoals = planGoals(annual?.data.next.goals ?? [], byId, goalMetrics(notes.metrics, all, `${year + 1}-01`));
  return {
    ...framingOf(annual?.data ?? {}),
    locale,
    rep: notes.rep.data,
    teamName: notes.team?.data.name ?? notes.rep.data.team,
    year,
    monthsWithNotes: inYear.map((m) => m.month),
    coverage: cover,
    metrics,
    metricsMet: metrics.filter((m) => m.met).length,
    metricsGraded: metrics.filter((m) => m.target !== null && m.final !== null).length,
    metricsCharted: metrics.filter((m) => m.series.some((v) => v !== null)).length,
    goals: tally,
    goalsByMonth,
    achievements: reviews.flatMap((r) => r.note.review.achievements.map((text) => ({ month: r.month, text }))),
    shortfalls,
    recurringShortfalls: shortfalls.filter((s) => s.months.length > 1).length,
    yearAchievements: annual?.data.achievements ?? [],
    yearShortfalls: annual?.data.shortfalls ?? [],
    stages,
    finalStage: hired ? (stages[stages.length - 1]?.stage ?? stageFor(tenureMonth(hired, lastMonth))) : undefined,
    burnout: burnoutSigns({ metrics: notes.metrics, notes: all, energyNotes: inYear, months: measuredMonths, measured, locale }),
    competencies: competencies.filter((g) => g.items.some((i) => i.rating !== null || i.previous !== null)),
    hasRatings: Object.keys(ratings).length > 0,
    hasPreviousRatings: Object.keys(previousRatings).length > 0,
    reflection: (['robot', 'posture', 'mistakes', 'expectations'] as const).flatMap((key) => (reflection[key] ? [{ key, answer: reflection[key]! }] : [])),
    summary: annual?.data.summary,
    body: withoutEmptyHeadings(annual?.body ?? ''),
    nextGoals,
    nextGoalGroups: groupByTerm(nextGoals),
  };
}

function withoutMonthsAfter(left: string | undefined, measured: Map<string, Record<string, number>>): Map<string, Record<string, number>> {
  return left ? new Map([...measured].filter(([month]) => !afterLeaving(left, month))) : measured;
}

/** The counts behind values given as shares, by the month they measure (as measuredByMonth). */
function sharesByMonth(notes: readonly { month: string; shares?: Record<string, Share> }[], annual: { year: number; shares?: Record<string, Share> } | undefined): Map<string, Record<string, Share>> {
  const out = new Map<string, Record<string, Share>>();
  for (const n of notes) if (n.shares) out.set(addMonths(n.month, -1), n.shares);
  if (annual?.shares) out.set(`${annual.year}-12`, { ...out.get(`${annual.year}-12`), ...annual.shares });
  return out;
}

function stageChanges(hired: string, months: string[]): StageChange[] {
  const out: StageChange[] = [];
  for (const month of months) {
    const tenure = tenureMonth(hired, month);
    const stage = stageFor(tenure);
    if (out.length === 0 || out[out.length - 1]!.stage !== stage) out.push({ month, stage, tenure });
  }
  return out;
}
