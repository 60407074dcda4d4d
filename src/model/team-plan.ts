/**
 * A team's own plan for a month, quarter or half-year: the manager's text from plans/<period>.md,
 * and beside it what the reps' notes already say for the period: the team's figures against
 * target, reps by career stage, flat figures, open support requests, and how the previous period's
 * objectives went.
 */
import type { Language, MetricDef, TeamPlanFront } from '../notes/schema.js';
import type { Status } from '../document/types.js';
import { previousPeriod, type PlanPeriod } from '../calendar/plan-period.js';
import { pickLocalized } from '../locale/index.js';
import { atLeastAsGood } from './metric-status.js';
import { labeller } from './team-rollup.js';
import { teamFigure, teamMonths, type TeamFigure, type TeamMonth } from './team-figures.js';
import { ungradedStatus } from './target-periods.js';
import { latestMeasured, notesUpTo, repFigures, trendMonths, type PlanRep } from './team-plan-figures.js';
import { flaggedReps, stageGroups, type FlaggedRep, type StageGroup } from './team-plan-people.js';
import { supportRequests, type SupportRequest } from './support-requests.js';
import { groupByTerm, planGoals, type GoalGroup } from './plan-parts.js';
import { reviewObjectives, type ObjectiveReview } from './objective-review.js';
import { compareText } from '../text/compare-text.js';
import { goneBy, hiredAfter } from '../calendar/team-dates.js';
import { withoutEmptyHeadings } from '../text/unanswered-headings.js';

export interface TeamPlanMetric extends TeamFigure {
  id: string;
  name: string;
  unit: MetricDef['unit'];
  direction: MetricDef['direction'];
  /** The team's mean of the reps' latest values against the team target. */
  status: Status;
}

/** A rep with notes that could not be used: the files and lines at fault ("2026-06.md:12"). */
export interface LeftOut {
  name: string;
  where: string[];
  /** Why, when it is not errors in the notes: a rep folder sharing its id with another. */
  reason?: 'duplicate-id';
}

export interface TeamPlanInput {
  period: PlanPeriod;
  locale: Language;
  teamName: string;
  /** team.md's metrics: the figures the team plan shows. */
  shared: readonly MetricDef[];
  plan: TeamPlanFront;
  /** The manager's Markdown below the front matter. */
  body: string;
  previous?: TeamPlanFront;
  reps: readonly PlanRep[];
  /** Reps whose notes (some or all) had errors and are not in the figures. */
  leftOut?: readonly LeftOut[];
}

export interface TeamPlanView extends Omit<TeamPlanFront, 'locale'> {
  locale: Language;
  teamName: string;
  body: string;
  /** The objectives grouped by term and numbered across the groups, with their metric's name and unit. */
  objectiveGroups: GoalGroup[];
  /** True when any step of the schedule has a date or week: otherwise the steps are only in order. */
  scheduleDated: boolean;
  reps: number;
  /** The latest month any rep reported, and the months of trend ending there; null without any figure. */
  latestMonth: string | null;
  monthIds: string[];
  metrics: TeamPlanMetric[];
  /** The team's months of trend (the rollup's rows), and those in which reps came into or dropped out of the means. */
  months: TeamMonth[];
  memberChanges: TeamMonth[];
  leftOut: LeftOut[];
  stages: StageGroup[];
  noStage: string[];
  flagged: FlaggedRep[];
  /** The flagged reps' labels, for the stage table's burnout row. */
  flaggedNames: string[];
  support: SupportRequest[];
  /** The previous period's objectives, judged; null when there is no plan for it. */
  previousReview: { period: string; objectives: ObjectiveReview[] } | null;
}

export function buildTeamPlan(input: TeamPlanInput): TeamPlanView {
  const { period, locale, plan } = input;
  const reps = [...input.reps].sort((a, b) => a.name.localeCompare(b.name, locale) || compareText(a.id, b.id));
  const label = labeller(reps);
  const ids = input.shared.map((m) => m.id);
  const latestMonth = latestMeasured(reps, ids, period);
  const monthIds = latestMonth ? trendMonths(latestMonth) : [];
  // The people of the plan are those on the team on its first day and those who join during it. A
  // rep who left before it is in the months of trend they were there for, as in the rollup, and in
  // nothing about the period; one hired after it ends is no part of it yet.
  const people = reps.filter((r) => !goneBy(r.left, `${period.first}-01`) && !hiredAfter(r.hired, `${period.last}-31`));
  const rows = reps.map((r) => repFigures(r, ids, monthIds, period));
  // The team's current figure is over those still on the team at the end of the latest month
  // reported: a rep who left since (in a plan rendered part-way through its period) would
  // otherwise count with a stale value, beside a month of trend that already leaves them out.
  const stillThere = (r: PlanRep) => latestMonth === null || !goneBy(r.left, `${latestMonth}-31`);
  const current = rows.filter((_, i) => people.includes(reps[i]!) && stillThere(reps[i]!));
  const metrics = input.shared.map((def): TeamPlanMetric => {
    const figuresOf = (of: typeof rows) => of.flatMap((r) => r.metrics[def.id] ?? []);
    const figure = teamFigure(figuresOf(rows), monthIds.length, figuresOf(current));
    const status = figure.average === null ? 'none' : figure.target === null ? ungradedStatus(def, []) : atLeastAsGood(figure.average, figure.target, def.direction) ? 'met' : 'behind';
    return { id: def.id, name: pickLocalized(def.name, locale), unit: def.unit, direction: def.direction, ...figure, status };
  });
  const { stages, noStage } = stageGroups(people, period, label);
  const flagged = flaggedReps(people, monthIds, period, locale, label);
  const months = teamMonths(monthIds, rows, metrics, (r) => label(r));
  const before = previousPeriod(period);
  const precisionOf = (id: string) => metrics.find((m) => m.id === id)?.precision ?? { min: 0, max: 1 };
  const names = new Map(metrics.map((m) => [m.id, { name: m.name, unit: m.unit }]));
  const judging = new Map(input.shared.map((d) => [d.id, { direction: d.direction, baseline: d.baseline, decimals: d.decimals, writtenDecimals: d.writtenDecimals }]));
  return {
    ...plan,
    locale,
    teamName: input.teamName,
    body: withoutEmptyHeadings(input.body),
    objectiveGroups: groupByTerm(planGoals(plan.objectives, names, judging)),
    scheduleDated: plan.schedule.some((s) => s.when !== undefined),
    // "Reps with notes": a rep with only rep.md (not started writing yet) is in the stages, not here.
    reps: people.filter((r) => notesUpTo(r, period).length > 0).length,
    latestMonth,
    monthIds,
    metrics,
    months,
    memberChanges: months.filter((m) => m.joined.length || m.left.length),
    leftOut: [...(input.leftOut ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale)),
    stages,
    noStage,
    flagged,
    flaggedNames: flagged.map((f) => f.label),
    support: supportRequests(people, period, label),
    previousReview: input.previous ? { period: before.id, objectives: reviewObjectives(input.previous, before, plan.review, reps, input.shared, precisionOf) } : null,
  };
}
