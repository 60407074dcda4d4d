/** The view model of a monthly work plan: plain data, computed from validated notes, no I/O. */
import type { GoalReview } from './goal-review.js';
import { goalMetrics } from './goal-metrics.js';
import { goalPrecision, reviewGoals } from './goal-review.js';
import type { Precision } from './precision.js';
import type { GoalMetric } from './goal-review.js';
import type { Goal, Locale, RepProfile, Shortfall } from '../notes/schema.js';
import type { RepNotes } from '../notes/load-rep.js';

import { stageFor, tenureMonth, type Stage } from './career-stage.js';
import { metricView, type MetricView } from './metric-view.js';
import { addMonths } from '../calendar/months.js';
import { isStagnating } from './stagnation.js';
import type { Direction } from './metric-status.js';

export interface PlanGoal extends Goal {
  metricName?: string;
  unit?: MetricView['unit'];
  precision: Precision;
}

export interface LastGoal extends GoalReview {
  unit?: MetricView['unit'];
}

export interface MonthlyPlanView {
  locale: Locale;
  rep: RepProfile;
  teamName: string;
  month: string;
  previousMonth: string;
  tenure: number;
  stage: Stage;
  /** False when there is no note for last month: its goals cannot be reviewed. */
  hasPreviousNote: boolean;
  lastGoals: LastGoal[];
  achievements: string[];
  shortfalls: Shortfall[];
  metrics: MetricView[];
  goals: PlanGoal[];
  study: string[];
  /** The rep's own Markdown, kept as Markdown. */
  body: string;
  stagnating: boolean;
}

/** Builds the plan for `month`; the month must have a note in `notes.months`. */
export function buildMonthlyPlan(notes: RepNotes, month: string, locale: Locale): MonthlyPlanView {
  const fronts = notes.months.map((m) => m.data);
  const index = fronts.findIndex((m) => m.month === month);
  const current = fronts[index];
  if (!current) throw new Error(`no note for ${month}`);
  const previousMonth = addMonths(month, -1);
  const previous = fronts[index - 1]?.month === previousMonth ? fronts[index - 1] : undefined;
  const directions = new Map<string, Direction>(notes.metrics.map((m) => [m.id, m.direction]));
  const judging = goalMetrics(notes.metrics, fronts, previousMonth);
  const metrics = notes.metrics.map((def) => metricView(def, fronts, month, locale));
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const tenure = tenureMonth(notes.rep.data.hired, month);
  return {
    locale,
    rep: notes.rep.data,
    teamName: notes.team?.data.name ?? notes.rep.data.team,
    month,
    previousMonth,
    tenure,
    stage: stageFor(tenure),
    hasPreviousNote: previous !== undefined,
    lastGoals: previous ? reviewGoals(previous, current, judging, fronts[index - 2]).map((g) => ({ ...g, unit: g.metric ? byId.get(g.metric)?.unit : undefined })) : [],
    achievements: current.review.achievements,
    shortfalls: current.review.shortfalls,
    metrics,
    goals: current.goals.map((g) => planGoal(g, byId, goalMetrics(notes.metrics, fronts, month))),
    study: current.study,
    body: notes.months[index]!.body,
    stagnating: isStagnating(fronts, month, directions),
  };
}


/** A goal as a plan lists it: with its metric's name and unit, and its target's digits. */
export function planGoal(goal: Goal, views: ReadonlyMap<string, { name: string; unit: MetricView['unit'] }>, judging: ReadonlyMap<string, GoalMetric>): PlanGoal {
  const view = goal.metric ? views.get(goal.metric) : undefined;
  const metric = goal.metric ? judging.get(goal.metric) : undefined;
  return { ...goal, metricName: view?.name, unit: view?.unit, precision: goalPrecision(goal.target, undefined, metric) };
}
