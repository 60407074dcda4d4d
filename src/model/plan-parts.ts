/**
 * Parts of a real plan that frame its goals, shared by the monthly plan and the annual summary: the
 * rep's opening and closing words, requests for support, the manager's comment, goals grouped by term.
 */
import type { Goal, GoalTerm, Share, Supervisor, Support } from '../notes/schema.js';
import type { MetricIdentity } from './metric-view.js';
import { goalPrecision, type GoalMetric } from './goal-review.js';
import type { Precision } from './precision.js';

export interface PlanGoal extends Goal {
  metricName?: string;
  unit?: MetricIdentity['unit'];
  /** Digits the goal's target is shown with (its metric's `decimals:`, or as written). */
  precision: Precision;
}

/** A goal with its number in the document, counted across the term groups. */
export type NumberedGoal = PlanGoal & { number: number };

/** Goals of one term, in the order written; `term` is undefined for goals that name none. */
export interface GoalGroup {
  term?: GoalTerm;
  goals: NumberedGoal[];
}

export interface Framing {
  opening?: string;
  closing?: string;
  support: Support[];
  supervisor?: Supervisor;
}

export function framingOf(note: { opening?: string; closing?: string; support?: Support[]; supervisor?: Supervisor }): Framing {
  return { opening: note.opening, closing: note.closing, support: note.support ?? [], supervisor: note.supervisor };
}

/** Goals with the name and unit of the metric they are measured by. */
export function planGoals(goals: readonly Goal[], metrics: ReadonlyMap<string, Pick<MetricIdentity, 'name' | 'unit'>>, judging: ReadonlyMap<string, GoalMetric>): PlanGoal[] {
  return goals.map((g) => {
    const metric = g.metric ? metrics.get(g.metric) : undefined;
    return { ...g, metricName: metric?.name, unit: metric?.unit, precision: goalPrecision(g.target, undefined, g.metric ? judging.get(g.metric) : undefined) };
  });
}

/**
 * Goals grouped by term, numbered from 1 across the groups: goals without a term first (as one
 * group with no heading), then short-term, then long-term. With no term anywhere, one group.
 */
export function groupByTerm(goals: readonly PlanGoal[]): GoalGroup[] {
  const order: (GoalTerm | undefined)[] = [undefined, 'short', 'long'];
  let number = 0;
  return order
    .map((term) => ({ term, goals: goals.filter((g) => g.term === term) }))
    .filter((group) => group.goals.length > 0)
    .map((group) => ({ ...group, goals: group.goals.map((g) => ({ ...g, number: ++number })) }));
}

/**
 * The count behind a value, when the value shown is exactly that share (a KPI import or a later note
 * may have replaced the value; then the count no longer describes it and is not shown).
 */
export function shareBehind(share: Share | undefined, value: number | null): Share | undefined {
  return share && value !== null && (share.count / share.of) * 100 === value ? share : undefined;
}
