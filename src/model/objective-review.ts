/**
 * How the previous period's team objectives went, as a rep's goals are judged in the next month's
 * plan: the manager's verdict where the plan gives one, else the team's figure. An objective with a
 * metric is met when the team's mean at the end of its period reaches the target, partly met when
 * it moved toward it from the mean when the period began (or the metric's baseline).
 */
import type { GoalOutcome, GoalResult, MetricDef, TeamPlanFront } from '../notes/schema.js';
import type { PlanPeriod } from '../calendar/plan-period.js';
import { addMonths } from '../calendar/months.js';
import { judgeByMetric } from './goal-review.js';
import { distinguishing, type Precision } from './precision.js';
import { teamValueAt, type PlanRep } from './team-plan-figures.js';

export interface ObjectiveReview {
  title: string;
  /** The metric's id, when the objective names one. */
  metric?: string;
  target?: number;
  unit?: MetricDef['unit'];
  /** The team's mean the result is read from, and the month it is for. */
  actual?: number;
  month?: string;
  result: GoalResult | 'unknown';
  note?: string;
  source: 'review' | 'metric' | 'none';
  precision: Precision;
}

/** `shared` are team.md's metrics; `precisionOf` gives the digits a team figure of each is shown with. */
export function reviewObjectives(previous: TeamPlanFront, previousPeriod: PlanPeriod, outcomes: readonly GoalOutcome[], reps: readonly PlanRep[], shared: readonly MetricDef[], precisionOf: (id: string) => Precision): ObjectiveReview[] {
  return previous.objectives.map((o): ObjectiveReview => {
    const stated = outcomes.find((r) => r.goal === o.title || (o.id !== undefined && r.goal === o.id));
    const def = o.metric ? shared.find((m) => m.id === o.metric) : undefined;
    const base = { title: o.title, metric: o.metric, target: o.target, unit: def?.unit };
    // The month that closes the period is reported by the first note after it.
    const end = def ? teamValueAt(reps, def.id, previousPeriod.last) : null;
    const figures = end ? { actual: end.value, month: end.month } : {};
    const precision = def ? distinguishing(precisionOf(def.id), [o.target, end?.value]) : { min: 0, max: 0 };
    if (stated) return { ...base, ...figures, result: stated.result, note: stated.note, source: 'review', precision };
    if (!def || o.target === undefined || !end) return { ...base, ...figures, result: 'unknown', source: 'none', precision };
    const before = teamValueAt(reps, def.id, addMonths(previousPeriod.first, -1))?.value ?? def.baseline;
    return { ...base, ...figures, result: judgeByMetric(end.value, o.target, before, def.direction), source: 'metric', precision };
  });
}
