/**
 * The note format, as zod schemas. Unknown keys are rejected everywhere (strictObject): a typo must
 * never silently drop a goal. Field docs here are the reference the README repeats.
 */
import { z } from 'zod';
import { unfoldCjk } from '../text/fold-lines.js';

export const LOCALES = ['en', 'zh-CN', 'zh-TW', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
/**
 * A document's language: a built-in locale, or one added with label files in a templates folder
 * (README, "Labels"). Notes and profiles name only the built-in ones; --locale may name an added one.
 */
export type Language = Locale | (string & {});

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
const dateRe = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** YAML turns an unquoted 2026-09-01 into a Date; accept both and keep the ISO text. */
const dateAsText = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);
const isoDate = z.preprocess(
  dateAsText,
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

const text = (max = 2000) => z.string().trim().min(1, { message: 'empty' }).max(max, { message: 'too-long' }).transform(unfoldCjk);
/** Text that may run to several paragraphs: a YAML block scalar (`|`) keeps its line breaks. */
const longText = (max = 4000) => text(max);
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'id' });

export const UNITS = ['percent', 'count', 'score', 'seconds', 'minutes', 'rate'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;

/** A name given once, or per locale so one team file serves reps who write in different languages. */
export const localizedText = z.union([text(120), z.partialRecord(z.enum(LOCALES), text(120))]);
export type LocalizedText = z.infer<typeof localizedText>;

/** A target for a period of its own, with the baseline it starts from when that is not the metric's. */
export const targetPeriodSchema = z.strictObject({
  target: z.number().finite(),
  from: month.optional(),
  by: month.optional(),
  baseline: z.number().finite().optional(),
});

/** A metric's definition: given once in team.md or rep.md, not in every month. */
export const metricDefSchema = z.strictObject({
  id,
  name: localizedText,
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  baseline: z.number().finite(),
  /** The target; without one the metric is tracked and shown, never graded. */
  target: z.number().finite().optional(),
  /** First month the target covers; without from and by, the target is every calendar year's. */
  from: month.optional(),
  /** Month the target should be reached by; alone, from is January of its year (and by alone, December of from's). */
  by: month.optional(),
  /** More targets, each for its own period: this year's and next year's, say. */
  targets: z.array(targetPeriodSchema).max(20).optional(),
  /** Decimals every value of the metric is shown with; by default each value shows the digits it was written with. */
  decimals: z.number().int().min(0).max(6).optional(),
});
/**
 * `writtenDecimals` is never written in a file: the loader sets it to the most decimals typed for any
 * of the metric's figures (4.30 counts 2, though YAML reads 4.3), the least every value then shows.
 */
export type MetricDef = z.infer<typeof metricDefSchema> & { writtenDecimals?: number };

export const teamSchema = z.strictObject({
  id,
  name: text(120),
  locale: z.enum(LOCALES).optional(),
  metrics: z.array(metricDefSchema).max(50).default([]),
});
export type TeamProfile = z.infer<typeof teamSchema>;

/** rep.md: only the name is required; load-rep fills id, team and locale from the folders (see RepProfile). */
export const repSchema = z.strictObject({
  /** Default: the folder's name. */
  id: id.optional(),
  name: text(120),
  /** Default: team.md's id, else the team folder's name. */
  team: id.optional(),
  role: text(120).optional(),
  /** Without it the career stage is left out of the documents, not guessed. */
  hired: isoDate.optional(),
  /** The last day on the team: months after it are not the rep's, and a rep who left before a year ends is not in its team figures. */
  left: isoDate.optional(),
  manager: text(120).optional(),
  /** Default: team.md's locale, else en. */
  locale: z.enum(LOCALES).optional(),
  metrics: z.array(metricDefSchema).max(50).default([]),
});
export type RepFront = z.infer<typeof repSchema>;
/** A profile with its defaults filled in: id, team and locale are always known. */
export type RepProfile = RepFront & { id: string; team: string; locale: Locale };

export const shortfallSchema = z.strictObject({
  what: text(),
  why: text(),
  change: text().optional(),
});
export type Shortfall = z.infer<typeof shortfallSchema>;

/** A request to the manager: a phone, a training, a product manager's help. Plain text is the `what`. */
export const supportSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { what: v } : v),
  z.strictObject({
    what: text(500),
    /** Who is asked, when it is not the manager: "產品經理". */
    from: text(120).optional(),
    why: text(500).optional(),
  }),
);
export type Support = z.infer<typeof supportSchema>;

/** One step of a goal's schedule: `when` is a date (2026-09-07) or the rep's own words ("第1週"). */
export const scheduleStepSchema = z.strictObject({
  when: z.preprocess(dateAsText, text(60)),
  what: text(500),
});
export type ScheduleStep = z.infer<typeof scheduleStepSchema>;

export const GOAL_TERMS = ['short', 'long'] as const;
export type GoalTerm = (typeof GOAL_TERMS)[number];

export const goalSchema = z.strictObject({
  /** Optional handle so next month's review can refer to the goal. */
  id: id.optional(),
  title: text(300),
  /** Short-term or long-term; goals with a term are shown grouped by it. */
  term: z.enum(GOAL_TERMS).optional(),
  /** Who carries the goal, when it is not the rep alone. */
  owner: text(120).optional(),
  metric: id.optional(),
  target: z.number().finite().optional(),
  start: isoDate.optional(),
  due: isoDate.optional(),
  actions: z.array(text(500)).max(30).default([]),
  // The newer fields are optional rather than defaulted, so a goal written in code (tests, tools)
  // needs only what it uses.
  schedule: z.array(scheduleStepSchema).max(30).optional(),
  support: z.array(supportSchema).max(20).optional(),
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

/** "993 of 1,460 records": a value given as a count with its total; the metric's value is the share in percent. */
export const shareSchema = z.strictObject({
  count: z.number().finite().min(0),
  of: z.number().finite().positive({ message: 'share-of' }),
}).refine((s) => s.count <= s.of, { message: 'share-over' });
export type Share = z.infer<typeof shareSchema>;

/** A metric value as written: a plain number, or a share. */
const measured = z.union([z.number().finite(), shareSchema]);

/** The manager's words on the plan, written by the manager into the rep's note. */
export const supervisorSchema = z.strictObject({
  comment: longText(),
  name: text(120).optional(),
  date: isoDate.optional(),
});
export type Supervisor = z.infer<typeof supervisorSchema>;

/** Parts of a real plan that frame the goals: the rep's own words before and after, requests, the manager's comment. */
const framing = {
  /** The rep's opening words (purpose, context), printed before the review and the goals. */
  opening: longText().optional(),
  /** Closing words (commitment, thanks), printed after the goals. */
  closing: longText().optional(),
  /** Requests to the manager for the whole plan. */
  support: z.array(supportSchema).max(20).optional(),
  supervisor: supervisorSchema.optional(),
};

/** How a rep feels as they write a note; low and burnt-out are signs of the burnout period (倦怠期). */
export const ENERGY = ['high', 'ok', 'low', 'burnt-out'] as const;
export type Energy = (typeof ENERGY)[number];

export const monthSchema = z.strictObject({
  month,
  locale: z.enum(LOCALES).optional(),
  energy: z.enum(ENERGY).optional(),
  /** Latest measured value per metric id at the time of writing (normally last month's result). */
  actuals: z.record(id, measured).default({}),
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
  ...framing,
}).transform(splitShares);
export type MonthFront = z.output<typeof monthSchema>;

export const COMPETENCY_RATING = z.number().int().min(1).max(5);

export const annualSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  locale: z.enum(LOCALES).optional(),
  /** Final values for the year where the December note does not carry them. */
  actuals: z.record(id, measured).default({}),
  summary: longText().optional(),
  /** The year's achievements and shortfalls in the rep's own words, besides the monthly reviews. */
  achievements: z.array(text(500)).max(30).optional(),
  shortfalls: z.array(shortfallSchema).max(30).optional(),
  /** Ratings 1-5 keyed by competency id from the framework in data/. */
  ratings: z.record(id, COMPETENCY_RATING).default({}),
  reflection: z
    .strictObject({
      robot: longText().optional(),
      posture: longText().optional(),
      mistakes: longText().optional(),
      expectations: longText().optional(),
    })
    .default({}),
  next: z
    .strictObject({
      goals: z.array(goalSchema).max(30).default([]),
    })
    .default({ goals: [] }),
  ...framing,
}).transform(splitShares);
export type AnnualFront = z.output<typeof annualSchema>;

/**
 * Metric values given as a share become plain numbers (the share in percent), so every figure is
 * computed the same way; the counts are kept beside them for the documents to print.
 */
function splitShares<T extends { actuals: Record<string, number | Share> }>(note: T): Omit<T, 'actuals'> & { actuals: Record<string, number>; shares?: Record<string, Share> } {
  let shares: Record<string, Share> | undefined;
  const actuals: Record<string, number> = {};
  for (const [key, v] of Object.entries(note.actuals)) {
    if (typeof v === 'number') actuals[key] = v;
    else {
      actuals[key] = (v.count / v.of) * 100;
      (shares ??= {})[key] = v;
    }
  }
  return shares ? { ...note, actuals, shares } : { ...note, actuals };
}

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

const period = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12])$/, { message: 'period' });

/** One of the team plan's objectives: a goal (owner, start, due, metric and target, actions) with the manager's words on it. */
export const objectiveSchema = goalSchema.extend({
  /** What the objective is for, before its actions: "build the team's own standard first". */
  detail: longText().optional(),
});
export type Objective = z.infer<typeof objectiveSchema>;

/** A step of the team's schedule: by date or week ("第1週"), or only in order when the plan gives no date. */
export const teamStepSchema = z.strictObject({
  when: z.preprocess(dateAsText, text(60)).optional(),
  what: text(500),
  owner: text(120).optional(),
});
export type TeamStep = z.infer<typeof teamStepSchema>;

/** Who answers for what: "部門負責人" checks the shifts every day. */
export const responsibilitySchema = z.strictObject({
  who: text(120),
  what: text(500),
});

/** A training or an inspection: what, for whom, when or how often, and who runs it. */
export const activitySchema = z.preprocess(
  (v) => (typeof v === 'string' ? { what: v } : v),
  z.strictObject({
    what: text(500),
    for: text(120).optional(),
    when: z.preprocess(dateAsText, text(60)).optional(),
    by: text(120).optional(),
  }),
);
export type Activity = z.infer<typeof activitySchema>;

/** plans/<period>.md: a team manager's plan for a month, a quarter or a half-year. */
export const teamPlanSchema = z.strictObject({
  /** 2026-09, 2026-Q3 or 2026-H2; the same as the file's name. */
  period,
  locale: z.enum(LOCALES).optional(),
  /** The manager who writes the plan. */
  author: text(120).optional(),
  /** The guiding principle the objectives follow. */
  principle: longText().optional(),
  /** The manager's opening words. */
  opening: longText().optional(),
  objectives: z.array(objectiveSchema).max(30).default([]),
  schedule: z.array(teamStepSchema).max(50).default([]),
  responsibilities: z.array(responsibilitySchema).max(30).default([]),
  training: z.array(activitySchema).max(30).default([]),
  inspections: z.array(activitySchema).max(30).default([]),
  /** What the team asks for: people, rooms, another department's help. */
  resources: z.array(supportSchema).max(20).default([]),
  /** How the previous period's objectives went, where the manager says it rather than the figures. */
  review: z.array(goalOutcomeSchema).max(30).default([]),
  /** The manager's closing words: the outlook. */
  closing: longText().optional(),
});
export type TeamPlanFront = z.output<typeof teamPlanSchema>;
