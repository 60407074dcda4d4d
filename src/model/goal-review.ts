/** How last month's goals went: the rep's own verdict where given, else the numbers. */
import type { Goal, GoalResult, MonthFront } from '../notes/schema.js';
import { atLeastAsGood, improvement, type Direction } from './metric-status.js';
import { distinguishing, metricPrecision, type Precision } from './precision.js';

export interface GoalReview {
  title: string;
  metric?: string;
  target?: number;
  /** The value this month's note reports for the goal's metric. */
  actual?: number;
  result: GoalResult | 'unknown';
  note?: string;
  /** Where the result came from: the rep's review, or the metric. */
  source: 'review' | 'metric' | 'none';
  /** Digits the target and the value are shown with, so a missed goal never reads "80% / 80%". */
  precision: Precision;
}

/** What judging a goal needs to know of its metric. */
export interface GoalMetric {
  direction: Direction;
  /** Where the metric started: a goal set before any value was noted moved from here. */
  baseline: number;
  decimals?: number;
  /** The most decimals typed with trailing zeros for the metric's figures (4.30: 2), the least shown. */
  writtenDecimals?: number;
}

export function reviewGoals(previous: MonthFront, current: MonthFront, metrics: ReadonlyMap<string, GoalMetric>, earlier?: MonthFront): GoalReview[] {
  return previous.goals.map((goal) => reviewGoal(goal, previous, current, metrics, earlier));
}

/** A goal nothing can judge yet (no later note): listed, not assessed. */
export function unjudgedGoal(goal: Goal, metrics: ReadonlyMap<string, GoalMetric>): GoalReview {
  return { title: goal.title, metric: goal.metric, target: goal.target, result: 'unknown', source: 'none', precision: goalPrecision(goal.target, undefined, goal.metric ? metrics.get(goal.metric) : undefined) };
}

function reviewGoal(goal: Goal, previous: MonthFront, current: MonthFront, metrics: ReadonlyMap<string, GoalMetric>, earlier?: MonthFront): GoalReview {
  const metric = goal.metric ? metrics.get(goal.metric) : undefined;
  const actual = goal.metric ? current.actuals[goal.metric] : undefined;
  const base = { title: goal.title, metric: goal.metric, target: goal.target, actual, precision: goalPrecision(goal.target, actual, metric) };
  const stated = current.review.goals.find((o) => o.goal === goal.title || (goal.id !== undefined && o.goal === goal.id));
  if (stated) return { ...base, result: stated.result, note: stated.note, source: 'review' };
  if (!goal.metric || goal.target === undefined || actual === undefined || !metric) return { ...base, result: 'unknown', source: 'none' };
  // In a rep's first month there is no earlier value: the metric's baseline is where the goal started from.
  const before = previous.actuals[goal.metric] ?? earlier?.actuals[goal.metric] ?? metric.baseline;
  return { ...base, result: judgeByMetric(actual, goal.target, before, metric.direction), source: 'metric' };
}

/** A goal judged by its metric: met at the target, partly met when it moved toward it since it was set (from `before`). */
export function judgeByMetric(actual: number, target: number, before: number, direction: Direction): GoalResult {
  if (atLeastAsGood(actual, target, direction)) return 'met';
  return improvement(before, actual, direction) > 0 ? 'partly' : 'missed';
}

/** Digits a goal's target (and the value that judged it) are shown with. */
export function goalPrecision(target: number | undefined, actual: number | undefined, metric: GoalMetric | undefined): Precision {
  return distinguishing(metricPrecision(metric?.decimals, [target, actual], metric?.writtenDecimals), [target, actual]);
}
