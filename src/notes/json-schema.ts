/**
 * JSON Schemas of every file kind, generated from the zod schemas the validator uses, so an
 * editor's autocompletion and our `validate` can never disagree about a field.
 */
import { z } from 'zod';
import { annualSchema, frameworkSchema, monthSchema, repSchema, teamPlanSchema, teamSchema } from './schema.js';

export const SCHEMA_KINDS = {
  'month-note': { schema: monthSchema, title: 'workplan monthly note (front matter of YYYY-MM.md)' },
  'annual-note': { schema: annualSchema, title: 'workplan annual note (front matter of YYYY.md)' },
  rep: { schema: repSchema, title: 'workplan rep profile (front matter of rep.md)' },
  team: { schema: teamSchema, title: 'workplan team (front matter of team.md)' },
  'team-plan': { schema: teamPlanSchema, title: 'workplan team plan (front matter of <team>/plans/<period>.md)' },
  framework: { schema: frameworkSchema, title: 'workplan competency framework (competencies.yaml)' },
} as const;

export type SchemaKind = keyof typeof SCHEMA_KINDS;

/** The file a kind's schema is written to. */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

export function jsonSchema(kind: SchemaKind): Record<string, unknown> {
  const { schema, title } = SCHEMA_KINDS[kind];
  // The input side is what a person writes: defaults are optional there, and a value the validator
  // reshapes (a share, a date YAML may read as a date) is described by what it accepts.
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...generated, $id: `https://workplan.invalid/schemas/${schemaFileName(kind)}`, title };
}
