/**
 * The digits a rep typed for a metric's figures. YAML reads 4.30 as 4.3, so the data alone would
 * show it as 4.3; the reader keeps how each number was written, and this module gathers, per
 * metric, the most decimals typed for any of its figures written with trailing zeros (4.30, 85.0;
 * other figures show their own digits anyway, and counting them would turn 4.6 beside 4.55 into 4.60): its baseline and targets in team.md or
 * rep.md, its values and targets in the notes, the targets of goals on it. The model shows every
 * value of the metric with at least that many (metricPrecision).
 */
import type { MetricDef } from './schema.js';
import type { KpiValue } from './load-kpi.js';
import type { WrittenNumber, YamlPath } from './yaml-lint.js';

/** metric id → most decimals written for it. */
export type DigitsById = Map<string, number>;

function raise(into: DigitsById, id: unknown, { decimals, padded }: WrittenNumber): void {
  if (typeof id !== 'string' || !padded) return;
  into.set(id, Math.max(into.get(id) ?? 0, decimals));
}

/** Profile metrics (team.md, rep.md): metrics[i].baseline, .target, .targets[j].target/.baseline. */
export function profileDigits(metrics: readonly MetricDef[], written: readonly WrittenNumber[] = []): MetricDef[] {
  const digits: DigitsById = new Map();
  for (const number of written) {
    const { path } = number;
    if (path[0] !== 'metrics' || typeof path[1] !== 'number') continue;
    const field = path[2] === 'targets' ? path[4] : path[2];
    if (field === 'baseline' || field === 'target') raise(digits, metrics[path[1]]?.id, number);
  }
  return metrics.map((m) => (digits.has(m.id) ? { ...m, writtenDecimals: digits.get(m.id)! } : m));
}

interface NoteShape {
  goals?: readonly { metric?: string }[];
  next?: { goals?: readonly { metric?: string }[] };
}

/**
 * A note's figures: actuals.<id> and targets.<id> (a share's count and total are not the value, so
 * they do not count), and goals[i].target (next.goals[i].target in an annual note) of a goal on a metric.
 */
export function noteDigits(data: NoteShape, written: readonly WrittenNumber[] = [], into: DigitsById = new Map()): DigitsById {
  const goalMetric = (goals: readonly { metric?: string }[] | undefined, path: YamlPath, at: number) =>
    typeof path[at] === 'number' && path[at + 1] === 'target' && path.length === at + 2 ? goals?.[path[at] as number]?.metric : undefined;
  for (const number of written) {
    const { path } = number;
    if ((path[0] === 'actuals' || path[0] === 'targets') && path.length === 2) raise(into, path[1], number);
    else if (path[0] === 'goals') raise(into, goalMetric(data.goals, path, 1), number);
    else if (path[0] === 'next' && path[1] === 'goals') raise(into, goalMetric(data.next?.goals, path, 2), number);
  }
  return into;
}

/** A KPI export's cells for one rep (month → metric → value): 76.50 counts 2, as in a note. */
export function kpiDigits(kpi: ReadonlyMap<string, Record<string, KpiValue>> | undefined, into: DigitsById = new Map()): DigitsById {
  for (const row of kpi?.values() ?? []) {
    for (const [id, { padded }] of Object.entries(row)) if (padded) into.set(id, Math.max(into.get(id) ?? 0, padded));
  }
  return into;
}

/** `metrics` with each one's written decimals raised to those in `digits`. */
export function withDigits(metrics: readonly MetricDef[], digits: DigitsById): MetricDef[] {
  return metrics.map((m) => {
    const d = Math.max(m.writtenDecimals ?? 0, digits.get(m.id) ?? 0);
    return d > 0 ? { ...m, writtenDecimals: d } : m;
  });
}
