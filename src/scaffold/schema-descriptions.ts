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

/** A field explained by its own entry in field-descriptions.ts. */
const say =
  (key: Exclude<keyof FieldDescriptions, 'withFields' | 'reflectionAnswer'>): Text =>
  (_c, d) =>
    d[key];

/** The fields of a part used in several places (a goal, a shortfall …), described under `prefix`. */
function under(prefix: FieldPath, part: Described): Described {
  return Object.fromEntries(Object.entries(part).map(([path, text]) => [`${prefix}.${path}`, text]));
}

/** An explanation of a list followed by the names of its items' fields, as `init` writes them on two lines. */
const withFields = (d: FieldDescriptions, text: string, fields: string) => d.withFields.replace('{text}', () => text).replace('{fields}', () => fields);

/** A count with its total, where a metric's value goes. */
const SHARE: Described = { count: say('shareCount'), of: say('shareOf') };

const SHORTFALL: Described = { what: say('shortfallWhat'), why: say('shortfallWhy'), change: say('shortfallChange') };

const SUPPORT: Described = { what: say('supportWhat'), from: say('supportFrom'), why: say('supportWhy') };

/** How a goal went, `goal` naming one of last month's goals or of the previous period's objectives. */
const outcome = (goal: Text): Described => ({ goal, result: say('outcomeResult'), note: say('outcomeNote') });

/** A goal's fields; what its metric is for differs between a month's, next year's and a team's. */
const goal = (metric: Text, target: Text): Described => ({
  id: say('goalId'),
  title: say('goalTitle'),
  term: say('goalTerm'),
  owner: say('goalOwner'),
  metric,
  target,
  start: say('goalStart'),
  due: say('goalDue'),
  actions: say('goalActions'),
  schedule: say('goalSchedule'),
  'schedule.[].when': say('stepWhen'),
  'schedule.[].what': say('stepWhat'),
  support: say('goalSupport'),
  ...under('support.[]', SUPPORT),
});

/** The parts a monthly and an annual note share: requests to the manager and the manager's comment. */
const FRAMING: Described = {
  support: (c) => c.support,
  ...under('support.[]', SUPPORT),
  supervisor: say('supervisor'),
  'supervisor.comment': say('supervisorComment'),
  'supervisor.name': say('supervisorName'),
  'supervisor.date': say('supervisorDate'),
};

/** A training or an inspection in a team plan. */
const ACTIVITY: Described = { what: say('activityWhat'), for: say('activityFor'), when: say('activityWhen'), by: say('activityBy') };

/** A metric's definition, in team.md or rep.md. */
const METRIC: Described = {
  id: say('metricId'),
  name: say('metricName'),
  unit: say('metricUnit'),
  direction: say('metricDirection'),
  baseline: say('metricBaseline'),
  target: say('metricTarget'),
  from: say('metricFrom'),
  by: say('metricBy'),
  targets: say('metricTargets'),
  'targets.[].target': say('periodTarget'),
  'targets.[].from': say('periodFrom'),
  'targets.[].by': say('periodBy'),
  'targets.[].baseline': say('periodBaseline'),
  decimals: say('metricDecimals'),
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
    energy: say('energy'),
    actuals: (c) => c.actuals,
    ...under('actuals.*', SHARE),
    targets: (c) => c.targets,
    review: (c) => c.review,
    'review.achievements': (c) => c.achievements,
    'review.shortfalls': (c, d) => withFields(d, c.shortfalls, c.shortfallFields),
    ...under('review.shortfalls.[]', SHORTFALL),
    'review.goals': (c) => c.outcomes,
    ...under('review.goals.[]', outcome(say('lastMonthGoal'))),
    goals: (c, d) => withFields(d, c.goals, c.goalFields),
    ...under('goals.[]', goal(say('goalMetric'), say('goalTarget'))),
    study: (c) => c.study,
    opening: (c) => c.opening,
    closing: (c) => c.closing,
    ...FRAMING,
  },
  'annual-note': {
    year: say('year'),
    locale: (c) => c.locale,
    actuals: say('yearActuals'),
    ...under('actuals.*', SHARE),
    summary: say('yearSummary'),
    achievements: say('yearAchievements'),
    shortfalls: (c, d) => withFields(d, d.yearShortfalls, c.shortfallFields),
    ...under('shortfalls.[]', SHORTFALL),
    ratings: say('ratings'),
    reflection: say('reflection'),
    'reflection.robot': answer('robot'),
    'reflection.posture': answer('posture'),
    'reflection.mistakes': answer('mistakes'),
    'reflection.expectations': answer('expectations'),
    next: say('next'),
    'next.goals': say('nextGoals'),
    ...under('next.goals.[]', goal(say('nextGoalMetric'), say('goalTarget'))),
    opening: say('yearOpening'),
    closing: say('yearClosing'),
    ...FRAMING,
  },
  rep: {
    id: (c) => c.id,
    name: (c) => c.name,
    team: (c) => c.team,
    role: (c) => c.role,
    hired: (c) => c.hired,
    left: (c) => c.left,
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
    period: say('period'),
    locale: say('planLocale'),
    author: say('author'),
    principle: say('principle'),
    opening: say('planOpening'),
    objectives: say('objectives'),
    ...under('objectives.[]', { ...goal(say('objectiveMetric'), say('objectiveTarget')), detail: say('objectiveDetail') }),
    schedule: say('teamSchedule'),
    'schedule.[].when': say('teamStepWhen'),
    'schedule.[].what': say('teamStepWhat'),
    'schedule.[].owner': say('teamStepOwner'),
    responsibilities: say('responsibilities'),
    'responsibilities.[].who': say('responsibleWho'),
    'responsibilities.[].what': say('responsibleWhat'),
    training: say('training'),
    ...under('training.[]', ACTIVITY),
    inspections: say('inspections'),
    ...under('inspections.[]', ACTIVITY),
    resources: say('resources'),
    ...under('resources.[]', SUPPORT),
    review: say('planReview'),
    ...under('review.[]', outcome(say('previousObjective'))),
    closing: say('planClosing'),
  },
  framework: {
    id: say('frameworkId'),
    groups: say('groups'),
    'groups.[].id': say('groupId'),
    'groups.[].name': say('groupName'),
    'groups.[].items': say('groupItems'),
    'groups.[].items.[].id': say('itemId'),
    'groups.[].items.[].name': say('itemName'),
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
