/**
 * The values a metric of each unit can sensibly take. A percent is a share of a whole (0–100);
 * counts and durations are never negative; nothing is larger than a billion, so a typo such as
 * 1e308 or a stray minus sign is caught where it was written instead of breaking a chart.
 */
import type { Diagnostic } from './diagnostic.js';
import type { MetricDef } from './schema.js';

const LIMIT = 1e9;
export const RANGES: Record<MetricDef['unit'], { min: number; max: number; why: string }> = {
  percent: { min: 0, max: 100, why: 'a percent is a share of a whole, 0 to 100; for a change that can pass 100% use unit: rate' },
  count: { min: 0, max: LIMIT, why: 'a count is 0 or more' },
  seconds: { min: 0, max: LIMIT, why: 'a duration is 0 or more' },
  minutes: { min: 0, max: LIMIT, why: 'a duration is 0 or more' },
  score: { min: -1e6, max: 1e6, why: 'a score lies between -1,000,000 and 1,000,000' },
  rate: { min: -LIMIT, max: LIMIT, why: 'a rate lies between -1,000,000,000 and 1,000,000,000' },
};

interface Source {
  file: string;
  at(path: (string | number)[]): { line: number; column: number };
}

function check(source: Source, path: (string | number)[], value: unknown, unit: MetricDef['unit'] | undefined, out: Diagnostic[]): void {
  if (typeof value !== 'number' || !unit || !Number.isFinite(value)) return;
  const range = RANGES[unit];
  if (value >= range.min && value <= range.max) return;
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  out.push({ file: source.file, ...source.at(path), field, input: String(value), message: `is outside what a ${unit} metric can be (${range.min} to ${range.max})`, hint: range.why, severity: 'error' });
}

/** Baselines and targets of the metrics a profile (team.md or rep.md) defines. */
export function checkProfileRanges(source: Source & { data: { metrics: MetricDef[] } }): Diagnostic[] {
  const out: Diagnostic[] = [];
  source.data.metrics.forEach((m, i) => {
    check(source, ['metrics', i, 'baseline'], m.baseline, m.unit, out);
    check(source, ['metrics', i, 'target'], m.target, m.unit, out);
    (m.targets ?? []).forEach((t, j) => {
      check(source, ['metrics', i, 'targets', j, 'target'], t.target, m.unit, out);
      check(source, ['metrics', i, 'targets', j, 'baseline'], t.baseline, m.unit, out);
    });
  });
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Actuals, targets and goal targets of a monthly or annual note, against the units of its metrics. */
export function checkNoteRanges(source: Source & { raw: unknown }, metrics: readonly MetricDef[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unit = (id: unknown) => metrics.find((m) => m.id === id)?.unit;
  const raw = isRecord(source.raw) ? source.raw : {};
  for (const key of ['actuals', 'targets']) {
    const values = raw[key];
    if (isRecord(values)) for (const [id, v] of Object.entries(values)) check(source, [key, id], v, unit(id), out);
  }
  const goalLists: [(string | number)[], unknown][] = [[['goals'], raw.goals], [['next', 'goals'], isRecord(raw.next) ? raw.next.goals : undefined]];
  for (const [path, goals] of goalLists) {
    if (Array.isArray(goals)) goals.forEach((g, i) => isRecord(g) && check(source, [...path, i, 'target'], g.target, unit(g.metric), out));
  }
  return out;
}
