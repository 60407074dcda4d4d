/** How last month's goals went: the rep's own verdict where given, else the numbers. */
import type { Goal, GoalResult, MonthFront } from '../notes/schema.js';
import { atLeastAsGood, improvement, type Direction } from './metric-status.js';

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
}

export function reviewGoals(previous: MonthFront, current: MonthFront, directions: ReadonlyMap<string, Direction>, earlier?: MonthFront): GoalReview[] {
  return previous.goals.map((goal) => reviewGoal(goal, previous, current, directions, earlier));
}

function reviewGoal(goal: Goal, previous: MonthFront, current: MonthFront, directions: ReadonlyMap<string, Direction>, earlier?: MonthFront): GoalReview {
  const base = { title: goal.title, metric: goal.metric, target: goal.target };
  const stated = current.review.goals.find((o) => o.goal === goal.title || (goal.id !== undefined && o.goal === goal.id));
  const actual = goal.metric ? current.actuals[goal.metric] : undefined;
  if (stated) return { ...base, actual, result: stated.result, note: stated.note, source: 'review' };
  const direction = goal.metric ? directions.get(goal.metric) : undefined;
  if (!goal.metric || goal.target === undefined || actual === undefined || !direction) return { ...base, actual, result: 'unknown', source: 'none' };
  if (atLeastAsGood(actual, goal.target, direction)) return { ...base, actual, result: 'met', source: 'metric' };
  // Moving toward the target since the goal was set counts as partly met.
  const before = previous.actuals[goal.metric] ?? earlier?.actuals[goal.metric];
  const moved = before !== undefined && improvement(before, actual, direction) > 0;
  return { ...base, actual, result: moved ? 'partly' : 'missed', source: 'metric' };
}
