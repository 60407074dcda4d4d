/** The team rollup: one row per rep from their annual summaries, team totals, stages, signals. */
import type { Locale } from '../notes/schema.js';
import type { Status } from '../document/types.js';
import { STAGES, type Stage } from './career-stage.js';
import type { AnnualSummaryView } from './annual-summary.js';
import type { MetricYear } from './metric-year.js';
import { average } from './mean.js';
import { MAX_DECIMALS, type Precision } from './precision.js';

/** What the rollup keeps of one rep: small, so a batch of thousands never holds whole summaries. */
export interface RollupRow {
  id: string;
  name: string;
  /** Absent for a rep whose profile has no hire date. */
  stage?: Stage;
  monthsWithNotes: number;
  goalsMet: number;
  goalsSet: number;
  metrics: Record<string, { final: number | null; target: number | null; status: Status; series: (number | null)[]; precision: Precision }>;
  flatMonths: string[];
}

export interface RollupMetric {
  id: string;
  name: string;
  unit: MetricYear['unit'];
  direction: MetricYear['direction'];
  /** Mean of the reps' year-end values (reps without a value left out). */
  average: number | null;
  met: number;
  reported: number;
  /** Team mean by month; null where no rep reported. */
  monthly: (number | null)[];
  /** The team target: the mean of the reps' year-end targets. */
  target: number | null;
  /** Digits the averages are shown with: one more than the reps' values, so an average says more than a rounded value. */
  precision: Precision;
}

export interface RollupView {
  locale: Locale;
  teamName: string;
  year: number;
  reps: (RollupRow & { cells: { id: string; final: number | null; target: number | null; status: Status; unit: MetricYear['unit']; precision: Precision }[] })[];
  metrics: RollupMetric[];
  goalsMet: number;
  goalsSet: number;
  stages: { stage: Stage; count: number; share: number }[];
  /** Reps whose profile has no hire date, so no stage: counted here so the shares add up. */
  noStage: { count: number; share: number };
  frustrationCount: number;
  flagged: { name: string; months: string[] }[];
}

export function rollupRow(view: AnnualSummaryView): RollupRow {
  const metrics: RollupRow['metrics'] = {};
  for (const m of view.metrics) metrics[m.id] = { final: m.final, target: m.target, status: m.status, series: m.series, precision: m.precision };
  return {
    id: view.rep.id,
    name: view.rep.name,
    stage: view.finalStage,
    monthsWithNotes: view.monthsWithNotes.length,
    goalsMet: view.goals.met,
    goalsSet: view.goals.set,
    metrics,
    flatMonths: view.flatMonths,
  };
}

/** `shared` are the team's metric definitions (names in the rollup's locale): only they get columns. */
export function buildRollup(teamName: string, year: number, locale: Locale, shared: Pick<RollupMetric, 'id' | 'name' | 'unit' | 'direction'>[], rows: readonly RollupRow[]): RollupView {
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id));
  const metrics = shared.map((def): RollupMetric => {
    const finals = sorted.map((r) => r.metrics[def.id]).filter((v) => v !== undefined);
    const withValue = finals.filter((v) => v.final !== null);
    const monthly = Array.from({ length: 12 }, (_, i) => average(finals.map((v) => v.series[i] ?? null)));
    return {
      ...def,
      average: average(withValue.map((v) => v.final)),
      met: withValue.filter((v) => v.status === 'met').length,
      reported: withValue.length,
      monthly,
      target: average(finals.map((v) => v.target)),
      precision: averagePrecision(finals.map((v) => v.precision)),
    };
  });
  const total = sorted.length || 1;
  const stages = STAGES.map((stage) => {
    const count = sorted.filter((r) => r.stage === stage).length;
    return { stage, count, share: count / total };
  });
  return {
    locale,
    teamName,
    year,
    reps: sorted.map((r) => ({
      ...r,
      cells: shared.map((def) => {
        const v = r.metrics[def.id];
        return { id: def.id, unit: def.unit, final: v?.final ?? null, target: v?.target ?? null, status: v?.status ?? 'none', precision: v?.precision ?? { min: 0, max: 0 } };
      }),
    })),
    metrics,
    goalsMet: sorted.reduce((a, r) => a + r.goalsMet, 0),
    goalsSet: sorted.reduce((a, r) => a + r.goalsSet, 0),
    stages,
    noStage: { count: sorted.filter((r) => r.stage === undefined).length, share: sorted.filter((r) => r.stage === undefined).length / total },
    frustrationCount: stages.find((s) => s.stage === 'frustration')!.count,
    flagged: sorted.filter((r) => r.flatMonths.length > 0).map((r) => ({ name: r.name, months: r.flatMonths })),
  };
}

function averagePrecision(values: readonly Precision[]): Precision {
  const max = values.reduce((m, p) => Math.max(m, p.max), 0);
  return { min: 0, max: Math.min(MAX_DECIMALS, max + 1) };
}
