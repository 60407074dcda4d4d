/** The view model of a monthly work plan: plain data, computed from validated notes, no I/O. */
import type { GoalReview } from './goal-review.js';
import { goalMetrics } from './goal-metrics.js';
import { reviewGoals } from './goal-review.js';
import type { Language, MonthFront, RepProfile, Share, Shortfall } from '../notes/schema.js';
import type { RepNotes } from '../notes/load-rep.js';

import { stageFor, tenureMonth, type Stage } from './career-stage.js';
import { metricView, type MetricView } from './metric-view.js';
import { addMonths } from '../calendar/months.js';
import { burnoutSigns, type BurnoutSigns } from './burnout.js';
import { measuredByMonth } from './metric-year.js';
import { withoutEmptyHeadings } from '../text/unanswered-headings.js';

import { framingOf, groupByTerm, planGoals, shareBehind, type Framing, type GoalGroup, type PlanGoal } from './plan-parts.js';

export type { PlanGoal };

export interface LastGoal extends GoalReview {
  unit?: MetricView['unit'];
}

export interface MonthlyPlanView extends Framing {
  locale: Language;
  rep: RepProfile;
  teamName: string;
  month: string;
  previousMonth: string;
  /** Month of employment and career stage; absent when the profile has no hire date. */
  tenure?: number;
  stage?: Stage;
  /** False when there is no note for last month: its goals cannot be reviewed. */
  hasPreviousNote: boolean;
  /** Last month's note exists but was left out for its errors: the plan says so rather than "no note". */
  previousLeftOut: boolean;
  /** The rep was hired in this month (or later): there is no month of work before it to review. */
  firstMonth: boolean;
  /**
   * Whether the plan has a review of last month: not in a rep's first month unless the note still
   * reviews something (a "no note for last month" line would be about a month they did not work).
   */
  hasReview: boolean;
  /** Whether any metric has a value this month: without one the progress bars would all read "no data". */
  measured: boolean;
  lastGoals: LastGoal[];
  achievements: string[];
  shortfalls: Shortfall[];
  /** `latestShare`: the count and total behind the latest value, when it was given as a share. */
  metrics: (MetricView & { latestShare?: Share })[];
  goals: PlanGoal[];
  /** The same goals grouped by term (short / long), numbered across the groups. */
  goalGroups: GoalGroup[];
  study: string[];
  /** The rep's own Markdown, kept as Markdown. */
  body: string;
  /** Signs of the burnout period now: a metric flat up to last month's figures, or this note's energy mark. */
  burnout: BurnoutSigns;
}

/**
 * Builds the plan for `month`; the month must have a note in `notes.months`. `leftOut`: months
 * whose notes exist but were left out of `notes` for their errors.
 */
export function buildMonthlyPlan(notes: RepNotes, month: string, locale: Language, leftOut: ReadonlySet<string> = new Set()): MonthlyPlanView {
  const fronts = notes.months.map((m) => m.data);
  const index = fronts.findIndex((m) => m.month === month);
  const current = fronts[index];
  if (!current) throw new Error(`no note for ${month}`);
  const previousMonth = addMonths(month, -1);
  const previous = fronts[index - 1]?.month === previousMonth ? fronts[index - 1] : undefined;
  const judging = goalMetrics(notes.metrics, fronts, previousMonth);
  const metrics = notes.metrics.map((def) => metricView(def, fronts, month, locale));
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const hired = notes.rep.data.hired;
  const tenure = hired ? tenureMonth(hired, month) : undefined;
  const firstMonth = hired !== undefined && hired.slice(0, 7) >= month;
  const goals = planGoals(current.goals, byId, goalMetrics(notes.metrics, fronts, month));
  return {
    ...framingOf(current),
    locale,
    rep: notes.rep.data,
    teamName: notes.team?.data.name ?? notes.rep.data.team,
    month,
    previousMonth,
    tenure,
    stage: tenure === undefined ? undefined : stageFor(tenure),
    hasPreviousNote: previous !== undefined,
    previousLeftOut: previous === undefined && leftOut.has(previousMonth),
    firstMonth,
    hasReview: !firstMonth || previous !== undefined || leftOut.has(previousMonth) || current.review.achievements.length > 0 || current.review.shortfalls.length > 0,
    measured: metrics.some((m) => m.latest !== null),
    lastGoals: previous ? reviewGoals(previous, current, judging, fronts[index - 2]).map((g) => ({ ...g, unit: g.metric ? byId.get(g.metric)?.unit : undefined })) : [],
    achievements: current.review.achievements,
    shortfalls: current.review.shortfalls,
    metrics: metrics.map((m) => ({ ...m, latestShare: shareBehind(current.shares?.[m.id], m.latest) })),
    goals,
    goalGroups: groupByTerm(goals),
    study: current.study,
    body: withoutEmptyHeadings(notes.months[index]!.body),
    burnout: currentSigns(notes, fronts.slice(0, index + 1), locale),
  };
}


/** Runs still going at the latest figures (last month's), and this note's own energy mark. */
function currentSigns(notes: RepNotes, upTo: readonly MonthFront[], locale: Language): BurnoutSigns {
  const current = upTo[upTo.length - 1]!;
  const measured = measuredByMonth(upTo);
  const months = [...measured.keys()].sort();
  return burnoutSigns({ metrics: notes.metrics, notes: upTo, energyNotes: [current], months, measured, locale, endingAt: addMonths(current.month, -1) });
}
