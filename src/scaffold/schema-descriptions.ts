/**
 * The JSON Schemas with every field explained in the team's language, put in the schema as its
 * `description`, so an editor's completion list and hover say what a field is for, not only that
 * it is a "Property". A field `init` or `new` writes is explained in the words of the comment they
 * write beside it (comments.ts); the rest in field-descriptions.ts. The schemas themselves come
 * from the validator's definitions (json-schema.ts); only text is added.
 */
import { jsonSchema, type SchemaKind } from '../notes/json-schema.js';
import type { Locale } from '../notes/schema.js';
import { localeKit, type LabelKey } from '../locale/index.js';
import { fieldComments, type FieldComments } from './comments.js';
import { fieldDescriptions, type FieldDescriptions } from './field-descriptions.js';

/** A field's place in a schema: property names, `[]` for a list's items, `*` for a mapping's values (`actuals.*.count`). */
type FieldPath = string;

type Text = (c: FieldComments, d: FieldDescriptions, t: (key: LabelKey) => string) => string;
type Described = Record<FieldPath, Text>;

/** The fields of a part used in several places (a goal, a shortfall …), described under `prefix`. */
function under(prefix: FieldPath, part: Described): Described {
  return Object.fromEntries(Object.entries(part).map(([path, text]) => [`${prefix}.${path}`, text]));
}

/** An explanation of a list followed by the names of its items' fields, as `init` writes them on two lines. */
const withFields = (d: FieldDescriptions, text: string, fields: string) => d.withFields.replace('{text}', () => text).replace('{fields}', () => fields);

/** A count with its total, where a metric's value goes. */
const SHARE: Described = { count: (_c, d) => d.shareCount, of: (_c, d) => d.shareOf };

const SHORTFALL: Described = { what: (_c, d) => d.shortfallWhat, why: (_c, d) => d.shortfallWhy, change: (_c, d) => d.shortfallChange };

const SUPPORT: Described = { what: (_c, d) => d.supportWhat, from: (_c, d) => d.supportFrom, why: (_c, d) => d.supportWhy };

/** How a goal went, `goal` naming one of last month's goals or of the previous period's objectives. */
const outcome = (goal: Text): Described => ({ goal, result: (_c, d) => d.outcomeResult, note: (_c, d) => d.outcomeNote });

/** A goal's fields; what its metric is for differs between a month's, next year's and a team's. */
const goal = (metric: Text, target: Text): Described => ({
  id: (_c, d) => d.goalId,
  title: (_c, d) => d.goalTitle,
  term: (_c, d) => d.goalTerm,
  owner: (_c, d) => d.goalOwner,
  metric,
  target,
  start: (_c, d) => d.goalStart,
  due: (_c, d) => d.goalDue,
  actions: (_c, d) => d.goalActions,
  schedule: (_c, d) => d.goalSchedule,
  'schedule.[].when': (_c, d) => d.stepWhen,
  'schedule.[].what': (_c, d) => d.stepWhat,
  support: (_c, d) => d.goalSupport,
  ...under('support.[]', SUPPORT),
});

/** The parts a monthly and an annual note share: requests to the manager and the manager's comment. */
const FRAMING: Described = {
  support: (c) => c.support,
  ...under('support.[]', SUPPORT),
  supervisor: (_c, d) => d.supervisor,
  'supervisor.comment': (_c, d) => d.supervisorComment,
  'supervisor.name': (_c, d) => d.supervisorName,
  'supervisor.date': (_c, d) => d.supervisorDate,
};

/** A training or an inspection in a team plan. */
const ACTIVITY: Described = { what: (_c, d) => d.activityWhat, for: (_c, d) => d.activityFor, when: (_c, d) => d.activityWhen, by: (_c, d) => d.activityBy };

/** A metric's definition, in team.md or rep.md. */
const METRIC: Described = {
  id: (_c, d) => d.metricId,
  name: (_c, d) => d.metricName,
  unit: (_c, d) => d.metricUnit,
  direction: (_c, d) => d.metricDirection,
  baseline: (_c, d) => d.metricBaseline,
  target: (_c, d) => d.metricTarget,
  from: (_c, d) => d.metricFrom,
  by: (_c, d) => d.metricBy,
  targets: (_c, d) => d.metricTargets,
  'targets.[].target': (_c, d) => d.periodTarget,
  'targets.[].from': (_c, d) => d.periodFrom,
  'targets.[].by': (_c, d) => d.periodBy,
  'targets.[].baseline': (_c, d) => d.periodBaseline,
  decimals: (_c, d) => d.metricDecimals,
};

/** The answer to a reflection question names the question, as the documents and init's headings ask it. */
const answer =
  (question: 'robot' | 'posture' | 'mistakes' | 'expectations'): Text =>
  (_c, d, t) =>
    d.reflectionAnswer.replace('{question}', () => t(`reflection.${question}`));

/** What explains each field, per kind of file. */
const DESCRIBED: Record<SchemaKind, Described> = {
  'month-note': {
    month: (c) => c.month,
    locale: (c) => c.locale,
    energy: (_c, d) => d.energy,
    actuals: (c) => c.actuals,
    ...under('actuals.*', SHARE),
    targets: (c) => c.targets,
    review: (c) => c.review,
    'review.achievements': (c) => c.achievements,
    'review.shortfalls': (c, d) => withFields(d, c.shortfalls, c.shortfallFields),
    ...under('review.shortfalls.[]', SHORTFALL),
    'review.goals': (c) => c.outcomes,
    ...under('review.goals.[]', outcome((_c, d) => d.lastMonthGoal)),
    goals: (c, d) => withFields(d, c.goals, c.goalFields),
    ...under('goals.[]', goal((_c, d) => d.goalMetric, (_c, d) => d.goalTarget)),
    study: (c) => c.study,
    opening: (c) => c.opening,
    closing: (c) => c.closing,
    ...FRAMING,
  },
  'annual-note': {
    year: (_c, d) => d.year,
    locale: (c) => c.locale,
    actuals: (_c, d) => d.yearActuals,
    ...under('actuals.*', SHARE),
    summary: (_c, d) => d.yearSummary,
    achievements: (_c, d) => d.yearAchievements,
    shortfalls: (c, d) => withFields(d, d.yearShortfalls, c.shortfallFields),
    ...under('shortfalls.[]', SHORTFALL),
    ratings: (_c, d) => d.ratings,
    reflection: (_c, d) => d.reflection,
    'reflection.robot': answer('robot'),
    'reflection.posture': answer('posture'),
    'reflection.mistakes': answer('mistakes'),
    'reflection.expectations': answer('expectations'),
    next: (_c, d) => d.next,
    'next.goals': (_c, d) => d.nextGoals,
    ...under('next.goals.[]', goal((_c, d) => d.nextGoalMetric, (_c, d) => d.goalTarget)),
    opening: (_c, d) => d.yearOpening,
    closing: (_c, d) => d.yearClosing,
    ...FRAMING,
  },
  rep: {
    id: (c) => c.id,
    name: (c) => c.name,
    team: (c) => c.team,
    role: (c) => c.role,
    hired: (c) => c.hired,
    manager: (c) => c.manager,
    locale: (c) => c.profileLocale,
    metrics: (c, d) => withFields(d, c.metrics, c.metricFields),
    ...under('metrics.[]', METRIC),
  },
  team: {
    id: (c) => c.teamId,
    name: (c) => c.teamName,
    locale: (c) => c.teamLocale,
    metrics: (c, d) => withFields(d, c.teamMetrics, c.metricFields),
    ...under('metrics.[]', METRIC),
  },
  'team-plan': {
    period: (_c, d) => d.period,
    locale: (_c, d) => d.planLocale,
    author: (_c, d) => d.author,
    principle: (_c, d) => d.principle,
    opening: (_c, d) => d.planOpening,
    objectives: (_c, d) => d.objectives,
    ...under('objectives.[]', { ...goal((_c, d) => d.objectiveMetric, (_c, d) => d.objectiveTarget), detail: (_c, d) => d.objectiveDetail }),
    schedule: (_c, d) => d.teamSchedule,
    'schedule.[].when': (_c, d) => d.teamStepWhen,
    'schedule.[].what': (_c, d) => d.teamStepWhat,
    'schedule.[].owner': (_c, d) => d.teamStepOwner,
    responsibilities: (_c, d) => d.responsibilities,
    'responsibilities.[].who': (_c, d) => d.responsibleWho,
    'responsibilities.[].what': (_c, d) => d.responsibleWhat,
    training: (_c, d) => d.training,
    ...under('training.[]', ACTIVITY),
    inspections: (_c, d) => d.inspections,
    ...under('inspections.[]', ACTIVITY),
    resources: (_c, d) => d.resources,
    ...under('resources.[]', SUPPORT),
    review: (_c, d) => d.planReview,
    ...under('review.[]', outcome((_c, d) => d.previousObjective)),
    closing: (_c, d) => d.planClosing,
  },
  framework: {
    id: (_c, d) => d.frameworkId,
    groups: (_c, d) => d.groups,
    'groups.[].id': (_c, d) => d.groupId,
    'groups.[].name': (_c, d) => d.groupName,
    'groups.[].items': (_c, d) => d.groupItems,
    'groups.[].items.[].id': (_c, d) => d.itemId,
    'groups.[].items.[].name': (_c, d) => d.itemName,
  },
};

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  description?: string;
}

/** One step down a path; a value that may take several shapes (a number or a share) is searched through them. */
function child(node: Node | undefined, part: string): Node | undefined {
  if (!node) return undefined;
  if (part === '[]') return node.items;
  if (part === '*') return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
  return node.properties?.[part] ?? node.anyOf?.map((shape) => child(shape, part)).find(Boolean);
}

/** The schema node at `path`, or undefined when the schema has no such field. */
function nodeAt(schema: Node, path: FieldPath): Node | undefined {
  return path.split('.').reduce<Node | undefined>(child, schema);
}

/** The fields of a kind that get a description (for the tests: each must exist in the schema). */
export function describedFields(kind: SchemaKind): FieldPath[] {
  return Object.keys(DESCRIBED[kind]);
}

/** The JSON Schema of `kind` with its fields described in `locale`. */
export function describedSchema(kind: SchemaKind, locale: Locale): Record<string, unknown> {
  const schema = jsonSchema(kind);
  const comments = fieldComments(locale);
  const descriptions = fieldDescriptions(locale);
  const kit = localeKit(locale);
  const t = (key: LabelKey) => kit.t(key);
  for (const [path, text] of Object.entries(DESCRIBED[kind])) {
    const node = nodeAt(schema as Node, path);
    if (!node) throw new Error(`schema ${kind} has no field ${path} to describe`);
    node.description = text(comments, descriptions, t);
  }
  return schema;
}
