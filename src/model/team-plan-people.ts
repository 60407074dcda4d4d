/**
 * The reps of a team plan by career stage at the start of its period (seed 002: a manager treats
 * each stage differently), and the reps showing signs of the burnout period in the months shown.
 */
import type { Language } from '../notes/schema.js';
import type { PlanPeriod } from '../calendar/plan-period.js';
import { addMonths } from '../calendar/months.js';
import { STAGES, stageFor, tenureMonth, type Stage } from './career-stage.js';
import { burnoutSigns, type NamedFlatRun } from './burnout.js';
import { measuredByMonth } from './metric-year.js';
import { notesUpTo, type PlanRep } from './team-plan-figures.js';

export interface StageGroup {
  stage: Stage;
  count: number;
  /** The reps in the stage on the period's first day, as the plan labels them. */
  names: string[];
  /**
   * Reps who join during the period (hired after its first day), with their first day: new
   * starters the plan is written for, though they are not yet on the team when it starts.
   */
  joining: { name: string; hired: string }[];
}

export interface FlaggedRep {
  label: string;
  flat: Pick<NamedFlatRun, 'name' | 'from' | 'to' | 'months'>[];
  lowEnergy: string[];
  burntOut: string[];
}

/**
 * Every stage, in order, with the reps in it when the period starts; reps without a hire date
 * apart. A rep hired after the first day is a new starter, named with the day they join rather
 * than counted as in their first month on a day they were not yet there.
 */
export function stageGroups(reps: readonly PlanRep[], period: PlanPeriod, label: (r: PlanRep) => string): { stages: StageGroup[]; noStage: string[] } {
  const start = `${period.first}-01`;
  const joins = (r: PlanRep): r is PlanRep & { hired: string } => r.hired !== undefined && r.hired > start;
  const stageOf = (r: PlanRep) => (!r.hired ? undefined : joins(r) ? 'fresh' : stageFor(tenureMonth(r.hired, period.first)));
  const stages = STAGES.map((stage) => {
    const inStage = reps.filter((r) => stageOf(r) === stage);
    const names = inStage.filter((r) => !joins(r)).map(label);
    const joining = inStage.filter(joins).map((r) => ({ name: label(r), hired: r.hired }));
    return { stage, count: inStage.length, names, joining };
  });
  return { stages, noStage: reps.filter((r) => !r.hired).map(label) };
}

/**
 * Reps with a sign of the burnout period in the months shown: a metric flat for three months or
 * more whose run reaches into them, or their own word (`energy:`) in the notes reporting them.
 */
export function flaggedReps(reps: readonly PlanRep[], months: readonly string[], period: PlanPeriod, locale: Language, label: (r: PlanRep) => string): FlaggedRep[] {
  if (months.length === 0) return [];
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return reps.flatMap((rep) => {
    const notes = notesUpTo(rep, period);
    const measured = measuredByMonth(notes);
    const measuredMonths = [...measured.keys()].filter((m) => m <= last).sort();
    // The notes that report the months shown are written the month after each.
    const energyNotes = notes.filter((n) => n.month > first && n.month <= addMonths(last, 1));
    const signs = burnoutSigns({ metrics: rep.metrics, notes, energyNotes, months: measuredMonths, measured, locale });
    const flat = signs.flat.filter((r) => r.to >= first).map(({ name, from, to, months: n }) => ({ name, from, to, months: n }));
    if (!flat.length && !signs.lowEnergy.length && !signs.burntOut.length) return [];
    return [{ label: label(rep), flat, lowEnergy: signs.lowEnergy, burntOut: signs.burntOut }];
  });
}
