/**
 * The JSON Schemas with each field explained in the team's language: the same words `init` writes
 * beside the field as a YAML comment (comments.ts), put in the schema as its `description`, so an
 * editor's completion list and hover say what a field is for, not only that it is a "Property".
 * The schemas themselves come from the validator's definitions (json-schema.ts); only text is added.
 */
import { jsonSchema, type SchemaKind } from '../notes/json-schema.js';
import type { Locale } from '../notes/schema.js';
import { fieldComments, type FieldComments } from './comments.js';

/** A field's place in a schema: property names, `[]` for an array's items. */
type FieldPath = string;

/** Which comment explains which field, per kind of file; kinds without comments get none. */
const DESCRIBED: Partial<Record<SchemaKind, Record<FieldPath, (c: FieldComments) => string>>> = {
  'month-note': {
    month: (c) => c.month,
    locale: (c) => c.locale,
    actuals: (c) => c.actuals,
    targets: (c) => c.targets,
    review: (c) => c.review,
    'review.achievements': (c) => c.achievements,
    'review.shortfalls': (c) => `${c.shortfalls}: ${c.shortfallFields}`,
    'review.goals': (c) => c.outcomes,
    goals: (c) => `${c.goals}: ${c.goalFields}`,
    study: (c) => c.study,
    opening: (c) => c.opening,
    closing: (c) => c.closing,
    support: (c) => c.support,
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
    metrics: (c) => `${c.metrics}: ${c.metricFields}`,
  },
  team: {
    name: (c) => c.teamName,
    locale: (c) => c.teamLocale,
    metrics: (c) => `${c.teamMetrics}: ${c.metricFields}`,
  },
};

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  description?: string;
}

/** The schema node at `path`, or undefined when the schema has no such field. */
function nodeAt(schema: Node, path: FieldPath): Node | undefined {
  let node: Node | undefined = schema;
  for (const part of path.split('.')) node = part === '[]' ? node?.items : node?.properties?.[part];
  return node;
}

/** The fields of a kind that get a description (for the tests: each must exist in the schema). */
export function describedFields(kind: SchemaKind): FieldPath[] {
  return Object.keys(DESCRIBED[kind] ?? {});
}

/** The JSON Schema of `kind` with its fields described in `locale`. */
export function describedSchema(kind: SchemaKind, locale: Locale): Record<string, unknown> {
  const schema = jsonSchema(kind);
  const comments = fieldComments(locale);
  for (const [path, text] of Object.entries(DESCRIBED[kind] ?? {})) {
    const node = nodeAt(schema as Node, path);
    if (!node) throw new Error(`schema ${kind} has no field ${path} to describe`);
    node.description = text(comments);
  }
  return schema;
}
