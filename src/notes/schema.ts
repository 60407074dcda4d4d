/**
 * The note format, as zod schemas. Unknown keys are rejected everywhere (strictObject): a typo must
 * never silently drop a goal. Field docs here are the reference the README repeats.
 */
import { z } from 'zod';

export const LOCALES = ['en', 'zh-CN', 'zh-TW', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
const dateRe = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** YAML turns an unquoted 2026-09-01 into a Date; accept both and keep the ISO text. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(dateRe, { message: 'date' })
    // 2026-09-31 has the right shape but is no day of the calendar. zod runs refinements even
    // after the regex has failed, so a wrong shape (2026-9-1) must not reach toISOString here.
    .refine((d) => !dateRe.test(d) || new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: 'no-such-date' }),
);
const month = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 7) : v),
  z.string().regex(monthRe, { message: 'month' }),
);

const text = (max = 2000) => z.string().trim().min(1, { message: 'empty' }).max(max, { message: 'too-long' });
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'id' });

export const UNITS = ['percent', 'count', 'score', 'seconds', 'minutes', 'rate'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;

/** A name given once, or per locale so one team file serves reps who write in different languages. */
export const localizedText = z.union([text(120), z.partialRecord(z.enum(LOCALES), text(120))]);
export type LocalizedText = z.infer<typeof localizedText>;

/** A metric's definition: given once in team.md or rep.md, not in every month. */
export const metricDefSchema = z.strictObject({
  id,
  name: localizedText,
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  baseline: z.number().finite(),
  target: z.number().finite(),
  /** First month the baseline applies to; defaults to January of the note's year. */
  from: month.optional(),
  /** Month the target should be reached by; defaults to December of the note's year. */
  by: month.optional(),
});
export type MetricDef = z.infer<typeof metricDefSchema>;

export const teamSchema = z.strictObject({
  id,
  name: text(120),
  locale: z.enum(LOCALES).optional(),
  metrics: z.array(metricDefSchema).max(50).default([]),
});
export type TeamProfile = z.infer<typeof teamSchema>;

export const repSchema = z.strictObject({
  id,
  name: text(120),
  team: id,
  role: text(120),
  hired: isoDate,
  manager: text(120),
  locale: z.enum(LOCALES),
  metrics: z.array(metricDefSchema).max(50).default([]),
});
export type RepProfile = z.infer<typeof repSchema>;

export const shortfallSchema = z.strictObject({
  what: text(),
  why: text(),
  change: text().optional(),
});
export type Shortfall = z.infer<typeof shortfallSchema>;

export const goalSchema = z.strictObject({
  /** Optional handle so next month's review can refer to the goal. */
  id: id.optional(),
  title: text(300),
  metric: id.optional(),
  target: z.number().finite().optional(),
  due: isoDate.optional(),
  actions: z.array(text(500)).max(30).default([]),
});
export type Goal = z.infer<typeof goalSchema>;

export const GOAL_RESULTS = ['met', 'partly', 'missed'] as const;
export type GoalResult = (typeof GOAL_RESULTS)[number];

/** How one of last month's goals went, where the numbers alone do not say. */
export const goalOutcomeSchema = z.strictObject({
  goal: text(300),
  result: z.enum(GOAL_RESULTS),
  note: text(500).optional(),
});
export type GoalOutcome = z.infer<typeof goalOutcomeSchema>;

/** How a rep feels as they write a note; low and burnt-out are signs of the burnout period (倦怠期). */
export const ENERGY = ['high', 'ok', 'low', 'burnt-out'] as const;
export type Energy = (typeof ENERGY)[number];

export const monthSchema = z.strictObject({
  month,
  locale: z.enum(LOCALES).optional(),
  energy: z.enum(ENERGY).optional(),
  /** Latest measured value per metric id at the time of writing (normally last month's result). */
  actuals: z.record(id, z.number().finite()).default({}),
  /** Change a metric's target from this month on. */
  targets: z.record(id, z.number().finite()).default({}),
  review: z
    .strictObject({
      achievements: z.array(text(500)).max(30).default([]),
      shortfalls: z.array(shortfallSchema).max(30).default([]),
      goals: z.array(goalOutcomeSchema).max(30).default([]),
    })
    .default({ achievements: [], shortfalls: [], goals: [] }),
  goals: z.array(goalSchema).max(30).default([]),
  study: z.array(text(300)).max(20).default([]),
});
export type MonthFront = z.infer<typeof monthSchema>;

export const COMPETENCY_RATING = z.number().int().min(1).max(5);

export const annualSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  locale: z.enum(LOCALES).optional(),
  /** Final values for the year where the December note does not carry them. */
  actuals: z.record(id, z.number().finite()).default({}),
  summary: text(4000).optional(),
  /** Ratings 1-5 keyed by competency id from the framework in data/. */
  ratings: z.record(id, COMPETENCY_RATING).default({}),
  reflection: z
    .strictObject({
      robot: text().optional(),
      posture: text().optional(),
      mistakes: text().optional(),
      expectations: text().optional(),
    })
    .default({}),
  next: z
    .strictObject({
      goals: z.array(goalSchema).max(30).default([]),
    })
    .default({ goals: [] }),
});
export type AnnualFront = z.infer<typeof annualSchema>;

/** The competency framework a self-review rates itself against; data, so a company can swap in its own. */
export const frameworkSchema = z.strictObject({
  id,
  groups: z
    .array(
      z.strictObject({
        id,
        name: localizedText,
        items: z.array(z.strictObject({ id, name: localizedText })).min(1).max(50),
      }),
    )
    .min(1)
    .max(20),
});
export type Framework = z.infer<typeof frameworkSchema>;
