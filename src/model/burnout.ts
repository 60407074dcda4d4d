/**
 * Signs of the burnout period (倦怠期): DOMAIN.md and seed 002 describe it as coming at any time,
 * with results falling or standing still and a sharp drop in drive. Two kinds of sign are read:
 * the figures (a metric flat for three months or more, see stagnation.ts) and the rep's own word
 * (`energy: low` or `burnt-out` in a note). Either names the period; neither is a verdict.
 */
import type { Language, MetricDef, MonthFront } from '../notes/schema.js';
import { pickLocalized } from '../locale/index.js';
import { flatRuns, type FlatRun } from './stagnation.js';
import { periodAt } from './target-periods.js';

export interface NamedFlatRun extends FlatRun {
  name: string;
}

export interface BurnoutSigns {
  flat: NamedFlatRun[];
  /** Note months marked `energy: low`. */
  lowEnergy: string[];
  /** Note months marked `energy: burnt-out`. */
  burntOut: string[];
  /** True when any sign is there: the documents then name the burnout period. */
  any: boolean;
}

export interface SignsInput {
  metrics: readonly MetricDef[];
  /** Every monthly note of the rep, oldest first (for the targets in force). */
  notes: readonly MonthFront[];
  /** The notes whose energy marks count. */
  energyNotes: readonly Pick<MonthFront, 'month' | 'energy'>[];
  /** Consecutive measured months to look at, oldest first, and their figures. */
  months: readonly string[];
  measured: ReadonlyMap<string, Record<string, number>>;
  locale: Language;
  /** Keep only runs still going at this month (a plan's latest figures); else every run. */
  endingAt?: string;
}

export function burnoutSigns({ metrics, notes, energyNotes, months, measured, locale, endingAt }: SignsInput): BurnoutSigns {
  const flat = metrics.flatMap((def) =>
    flatRuns({
      id: def.id,
      direction: def.direction,
      // The baseline of the period in force at the end: this year's, when next year starts elsewhere.
      baseline: (months.length ? periodAt(def, notes, months[months.length - 1]!)?.baseline : undefined) ?? def.baseline,
      months,
      values: months.map((m) => measured.get(m)?.[def.id] ?? null),
      targets: months.map((m) => periodAt(def, notes, m)?.target ?? null),
    })
      .filter((r) => endingAt === undefined || r.to === endingAt)
      .map((r) => ({ ...r, name: pickLocalized(def.name, locale) })),
  );
  const lowEnergy = energyNotes.filter((n) => n.energy === 'low').map((n) => n.month);
  const burntOut = energyNotes.filter((n) => n.energy === 'burnt-out').map((n) => n.month);
  return { flat, lowEnergy, burntOut, any: flat.length > 0 || lowEnergy.length > 0 || burntOut.length > 0 };
}
