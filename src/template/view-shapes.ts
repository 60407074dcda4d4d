/**
 * The fields each template can name, as a value the template check walks (check-fields.ts). Each
 * shape is typed against its view model with Shape<View>: a field added to or removed from a view
 * fails to compile here until the shape says the same, so the check never drifts from the model.
 */
import type { AnnualSummaryView } from '../model/annual-summary.js';
import type { MonthlyPlanView } from '../model/monthly-plan.js';
import type { RollupView } from '../model/team-rollup.js';
import type { TeamPlanView } from '../model/team-plan.js';
import type { TemplateName } from './load-template.js';

/**
 * A field's shape: `true` for a value (text, number, flag), `[shape]` for a list of that shape, an
 * object for a record with exactly these fields, 'any' for a record whose keys are data (per-metric values).
 */
export type Shape<T> = T extends readonly (infer E)[]
  ? readonly [Shape<NonNullable<E>>]
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? true
    : { readonly [K in keyof T]-?: Shape<NonNullable<T[K]>> } | 'any';

export type AnyShape = true | 'any' | readonly [AnyShape] | { readonly [key: string]: AnyShape };

const precision = { min: true, max: true } as const;
const support = [{ what: true, from: true, why: true }] as const;
const supervisor = { comment: true, name: true, date: true } as const;
const share = { count: true, of: true } as const;
const upcoming = { target: true, from: true } as const;
const flat = [{ name: true, metric: true, from: true, to: true, months: true }] as const;
const burnout = { flat, lowEnergy: [true], burntOut: [true], any: true } as const;
const goal = {
  id: true, title: true, term: true, owner: true, metric: true, metricName: true, unit: true, target: true, precision,
  start: true, due: true, actions: [true], schedule: [{ when: true, what: true }], support,
} as const;
const goalGroups = [{ term: true, goals: [{ ...goal, number: true }] }] as const;
const review = { title: true, metric: true, target: true, actual: true, result: true, note: true, source: true, precision, unit: true } as const;
const shortfall = { what: true, why: true, change: true } as const;
const rep = {
  id: true, name: true, team: true, role: true, hired: true, left: true, manager: true, locale: true,
  metrics: [{ id: true, name: true, unit: true, direction: true, baseline: true, target: true, from: true, by: true, decimals: true, targets: [{ target: true, from: true, by: true, baseline: true }] }],
} as const;
const framing = { opening: true, closing: true, support, supervisor } as const;
const identity = { id: true, name: true, unit: true, direction: true, baseline: true } as const;

const plan: Shape<MonthlyPlanView> = {
  ...framing, locale: true, rep, teamName: true, month: true, previousMonth: true, tenure: true, stage: true, hasPreviousNote: true, previousLeftOut: true, firstMonth: true, hasReview: true, measured: true,
  lastGoals: [review], achievements: [true], shortfalls: [shortfall],
  metrics: [{ ...identity, target: true, upcoming, latest: true, previous: true, change: true, progress: true, bar: true, status: true, targetEqualsBaseline: true, precision, latestShare: share }],
  goals: [goal], goalGroups, study: [true], body: true, burnout,
};

const summary: Shape<AnnualSummaryView> = {
  ...framing, locale: true, rep, teamName: true, year: true, monthsWithNotes: [true],
  coverage: { joined: true, left: true, expected: [true], withNotes: [true], missingNotes: [true], emptyNotes: [true], gaps: [{ month: true, note: true, reason: true }], partial: [{ month: true, note: true, months: [true], notes: [true], only: [true], why: true, names: [true] }] },
  metrics: [{
    ...identity, target: true, upcoming, series: [true], targets: [true], final: true, finalMonth: true, best: { month: true, value: true }, worst: { month: true, value: true },
    monthsOnTarget: true, monthsGraded: true, monthsReported: true, met: true, status: true, gain: true, change: true, precision, changePrecision: precision, finalShare: share,
  }],
  metricsMet: true, metricsGraded: true, metricsCharted: true, goals: { set: true, met: true, partly: true, missed: true, unknown: true },
  goalsByMonth: [{ month: true, goals: [review] }], achievements: [{ month: true, text: true }],
  shortfalls: [{ why: true, months: [true], whats: [true], changes: [true] }], yearAchievements: [true], yearShortfalls: [shortfall],
  recurringShortfalls: true, stages: [{ month: true, stage: true, tenure: true }], finalStage: true, burnout,
  competencies: [{ id: true, name: true, items: [{ id: true, name: true, rating: true, previous: true }], average: true, previousAverage: true }],
  hasRatings: true, hasPreviousRatings: true, reflection: [{ key: true, answer: true }], summary: true, body: true, nextGoals: [goal], nextGoalGroups: goalGroups,
};

const signs = { flat: [{ name: true, from: true, to: true, months: true }], lowEnergy: [true], burntOut: [true] } as const;
const month = { month: true, reps: true, cells: [{ value: true, unit: true, precision, n: true, partial: true }], joined: [true], left: [true] } as const;
const rollup: Shape<RollupView> = {
  locale: true, teamName: true, year: true, monthIds: [true],
  reps: [{
    id: true, name: true, stage: true, left: true, monthsWithNotes: true, monthsExpected: true, goalsMet: true, goalsSet: true, metrics: 'any', signs, label: true,
    cells: [{ id: true, final: true, finalMonth: true, target: true, status: true, unit: true, precision }],
  }],
  metrics: [{ id: true, name: true, unit: true, direction: true, average: true, met: true, reported: true, monthly: [true], monthlyCount: [true], target: true, precision }],
  months: [month], memberChanges: [month], goalsMet: true, goalsSet: true,
  stages: [{ stage: true, count: true, share: true }], noStage: { count: true, share: true }, frustrationCount: true,
  flagged: [{ ...signs, label: true }], failed: [{ id: true, name: true, kind: true, where: [true], label: true }],
  leavers: [{ label: true, left: true }],
};

const figure = { average: true, met: true, reported: true, monthly: [true], monthlyCount: [true], target: true, precision } as const;
const teamPlan: Shape<TeamPlanView> = {
  period: true, locale: true, author: true, principle: true, opening: true, closing: true, teamName: true, body: true,
  objectives: [{ ...goal, detail: true }],
  objectiveGroups: goalGroups,
  schedule: [{ when: true, what: true, owner: true }], scheduleDated: true,
  responsibilities: [{ who: true, what: true }],
  training: [{ what: true, for: true, when: true, by: true }],
  inspections: [{ what: true, for: true, when: true, by: true }],
  resources: support,
  review: [{ goal: true, result: true, note: true }],
  reps: true, latestMonth: true, monthIds: [true],
  metrics: [{ ...figure, id: true, name: true, unit: true, direction: true, status: true }],
  months: [month], memberChanges: [month],
  leftOut: [{ name: true, where: [true], reason: true }],
  stages: [{ stage: true, count: true, names: [true], joining: [{ name: true, hired: true }] }], noStage: [true],
  flagged: [{ ...signs, label: true }], flaggedNames: [true],
  support: [{ what: true, from: true, why: true, label: true, goal: true, months: [true] }],
  previousReview: { period: true, objectives: [{ title: true, metric: true, target: true, unit: true, actual: true, month: true, result: true, note: true, source: true, precision }] },
};

export const VIEW_SHAPES: Readonly<Record<TemplateName, AnyShape>> = { 'monthly-plan': plan, 'annual-summary': summary, 'team-rollup': rollup, 'team-plan': teamPlan };
