/** What judging goals needs of each metric, as of a month: direction, the baseline in force, digits. */
import type { MetricDef, MonthFront } from '../notes/schema.js';
import type { GoalMetric } from './goal-review.js';
import { periodAt } from './target-periods.js';

export function goalMetrics(defs: readonly MetricDef[], notes: readonly MonthFront[], month: string): Map<string, GoalMetric> {
  return new Map(defs.map((def) => [def.id, { direction: def.direction, baseline: periodAt(def, notes, month)?.baseline ?? def.baseline, decimals: def.decimals, writtenDecimals: def.writtenDecimals }]));
}
