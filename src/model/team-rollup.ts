/** The team rollup: one row per rep from their annual summaries, team totals, stages, signals. */
import type { Language, LocalizedText, MetricDef } from '../notes/schema.js';
import { pickLocalized } from '../locale/index.js';
import type { Status } from '../document/types.js';
import { STAGES, type Stage } from './career-stage.js';
import type { AnnualSummaryView } from './annual-summary.js';
import type { MetricYear } from './metric-year.js';
import { monthsOfYear } from './metric-year.js';
import type { Precision } from './precision.js';
import { teamFigure, teamMonths, type RepFigure, type TeamFigure, type TeamMonth } from './team-figures.js';
import { compareText } from '../text/compare-text.js';
import { goneBy, leftDuring } from '../calendar/team-dates.js';

/** What the rollup keeps of one rep's signs of the burnout period. */
export interface RollupSigns<Name = LocalizedText> {
  /** The metric's name as defined, so the rollup can name it in its own language. */
  flat: { name: Name; from: string; to: string; months: number }[];
  lowEnergy: string[];
  burntOut: string[];
}

/** What the rollup keeps of one rep: small, so a batch of thousands never holds whole summaries. */
export interface RollupRow {
  id: string;
  name: string;
  /** Absent for a rep whose profile has no hire date. */
  stage?: Stage;
  /** rep.md's `left`: the last day on the team, when given. */
  left?: string;
  monthsWithNotes: number;
  /** Months the rep should have written a note for this year (fewer for someone who joined mid-year). */
  monthsExpected: number;
  goalsMet: number;
  goalsSet: number;
  metrics: Record<string, RepFigure>;
  signs: RollupSigns;
}

/** A rep whose summary could not be made, so they are not in the figures. */
export interface RollupFailure {
  id: string;
  /** The name from rep.md when it could be read, else the folder's name. */
  name: string;
  kind: 'invalid-notes' | 'no-notes' | 'internal' | 'duplicate-id';
  /** Where the problems are: "2026-06.md:12" for invalid notes, "amy-wong-old/rep.md:2" for a shared id. */
  where: string[];
}

export interface RollupMetric extends TeamFigure {
  id: string;
  name: string;
  unit: MetricYear['unit'];
  direction: MetricYear['direction'];
}

export interface RollupView {
  locale: Language;
  teamName: string;
  year: number;
  /** `finalMonth`: the month of `final` when it is before December (see MetricYear). */
  reps: (RollupRow & { label: string; cells: { id: string; final: number | null; finalMonth: string | null; target: number | null; status: Status; unit: MetricYear['unit']; precision: Precision }[] })[];
  metrics: RollupMetric[];
  months: TeamMonth[];
  /** The months charted: every month of the year. */
  monthIds: string[];
  /** Months in which the reps behind the averages changed. */
  memberChanges: TeamMonth[];
  goalsMet: number;
  goalsSet: number;
  stages: { stage: Stage; count: number; share: number }[];
  /** Reps whose profile has no hire date, so no stage: counted here so the shares add up. */
  noStage: { count: number; share: number };
  frustrationCount: number;
  flagged: (RollupSigns<string> & { label: string })[];
  failed: (RollupFailure & { label: string })[];
  /** Reps who left during the year (before its last day): in the rows and the months, not in the year-end figures. */
  leavers: { label: string; left: string }[];
}

/** `defs` are the rep's metric definitions, for names in the rollup's language. */
export function rollupRow(view: AnnualSummaryView, defs: readonly MetricDef[]): RollupRow {
  const metrics: RollupRow['metrics'] = {};
  for (const m of view.metrics) metrics[m.id] = { final: m.final, finalMonth: m.finalMonth, target: m.target, status: m.status, series: m.series, precision: m.precision };
  const { flat, lowEnergy, burntOut } = view.burnout;
  return {
    id: view.rep.id,
    name: view.rep.name,
    stage: view.finalStage,
    left: view.rep.left,
    monthsWithNotes: view.coverage.withNotes.length,
    monthsExpected: view.coverage.expected.length,
    goalsMet: view.goals.met,
    goalsSet: view.goals.set,
    metrics,
    signs: { flat: flat.map((r) => ({ name: defs.find((d) => d.id === r.metric)?.name ?? r.name, from: r.from, to: r.to, months: r.months })), lowEnergy, burntOut },
  };
}

/** "Name", or "Name (id)" where two reps of the rollup share a name, so no row can be mistaken for another. */
export function labeller(people: readonly { id: string; name: string }[]): (p: { id: string; name: string }) => string {
  const count = new Map<string, number>();
  for (const p of people) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return (p) => ((count.get(p.name) ?? 0) > 1 ? `${p.name} (${p.id})` : p.name);
}

/**
 * `shared` are the team's metric definitions (names in the rollup's locale): only they get columns.
 * Monthly averages are over the reps with a figure that month, and say how many that is: a fixed
 * set of reps would leave out everyone who joined during the year or missed a month.
 * The year-end figures (means, reps on target, stages, signs) are of the team at the year's end:
 * a rep who left during the year is in their row and in the months they were there, as a joiner is
 * in the months since joining, and is listed as having left. A rep who left before the year is no
 * part of it (the summary job says so and sends no row).
 */
export function buildRollup(teamName: string, year: number, locale: Language, shared: Pick<RollupMetric, 'id' | 'name' | 'unit' | 'direction'>[], rows: readonly RollupRow[], failures: readonly RollupFailure[] = []): RollupView {
  const sorted = rows.filter((r) => !goneBy(r.left, `${year}-01-01`)).sort((a, b) => a.name.localeCompare(b.name, locale) || compareText(a.id, b.id));
  const atEnd = sorted.filter((r) => !leftDuring(r.left, year));
  const label = labeller([...sorted, ...failures]);
  const figuresOf = (reps: readonly RollupRow[], id: string) => reps.flatMap((r) => r.metrics[id] ?? []);
  const metrics = shared.map((def): RollupMetric => ({ ...def, ...teamFigure(figuresOf(sorted, def.id), 12, figuresOf(atEnd, def.id)) }));
  const monthIds = monthsOfYear(year);
  const months = teamMonths(monthIds, sorted, metrics, label);
  const total = atEnd.length || 1;
  const stages = STAGES.map((stage) => {
    const count = atEnd.filter((r) => r.stage === stage).length;
    return { stage, count, share: count / total };
  });
  return {
    locale,
    teamName,
    year,
    reps: sorted.map((r) => ({
      ...r,
      label: label(r),
      cells: shared.map((def) => {
        const v = r.metrics[def.id];
        return { id: def.id, unit: def.unit, final: v?.final ?? null, finalMonth: v?.finalMonth ?? null, target: v?.target ?? null, status: v?.status ?? 'none', precision: v?.precision ?? { min: 0, max: 0 } };
      }),
    })),
    metrics,
    months,
    monthIds,
    memberChanges: months.filter((m) => m.joined.length || m.left.length),
    goalsMet: sorted.reduce((a, r) => a + r.goalsMet, 0),
    goalsSet: sorted.reduce((a, r) => a + r.goalsSet, 0),
    stages,
    noStage: { count: atEnd.filter((r) => r.stage === undefined).length, share: atEnd.filter((r) => r.stage === undefined).length / total },
    frustrationCount: stages.find((s) => s.stage === 'frustration')!.count,
    flagged: atEnd.filter((r) => r.signs.flat.length || r.signs.lowEnergy.length || r.signs.burntOut.length).map((r) => ({ ...r.signs, flat: r.signs.flat.map((f) => ({ ...f, name: pickLocalized(f.name, locale) })), label: label(r) })),
    failed: [...failures].sort((a, b) => a.name.localeCompare(b.name, locale) || compareText(a.id, b.id)).map((f) => ({ ...f, label: label(f) })),
    leavers: sorted.flatMap((r) => (leftDuring(r.left, year) ? [{ label: label(r), left: r.left }] : [])).sort((a, b) => compareText(a.left, b.left)),
  };
}
