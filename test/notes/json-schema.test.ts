import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonSchema, SCHEMA_KINDS, type SchemaKind } from '../../src/notes/json-schema.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries((Object.keys(SCHEMA_KINDS) as SchemaKind[]).map((k) => [k, ajv.compile(jsonSchema(k))])) as Record<SchemaKind, ReturnType<typeof ajv.compile>>;

function kindOf(file: string): SchemaKind | undefined {
  const name = basename(file);
  // A team's plans/2026-09.md is named like a rep's monthly note: the folder tells them apart.
  if (basename(dirname(file)) === 'plans') return 'team-plan';
  if (/^\d{4}-\d{2}\.md$/.test(name)) return 'month-note';
  if (/^\d{4}\.md$/.test(name)) return 'annual-note';
  if (name === 'rep.md') return 'rep';
  if (name === 'team.md') return 'team';
  if (name === 'competencies.yaml') return 'framework';
  return undefined;
}

function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.yaml')) return parse(text);
  return parse(text.split(/^---$/m)[1]!);
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesBelow(p) : [p];
  });
}

describe('JSON Schemas are generated from the validator', () => {
  const samples = filesBelow('data').filter((f) => kindOf(f));
  test('every sample file validates against the schema of its kind', () => {
    expect(samples.length).toBeGreaterThan(50);
    for (const file of samples) {
      const kind = kindOf(file)!;
      const ok = validators[kind](frontMatter(file));
      expect({ file, errors: ok ? null : validators[kind].errors }).toEqual({ file, errors: null });
    }
  });

  test.each([
    ['a misspelt field', { month: '2026-09', reviw: {} }, 'additionalProperties'],
    ['a text where a number goes', { month: '2026-09', actuals: { fcr: 'seventy' } }, 'type'],
    ['a month of the wrong shape', { month: '2026-9' }, 'pattern'],
    ['a goal without a title', { month: '2026-09', goals: [{ metric: 'fcr' }] }, 'required'],
  ])('%s is rejected by the schema and by the validator', (_name, note, keyword) => {
    const validate = validators['month-note'];
    expect(validate(note)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
    expect(SCHEMA_KINDS['month-note'].schema.safeParse(note).success).toBe(false);
  });

  test('an editor is offered the fields the validator knows, with their limits', () => {
    const schema = jsonSchema('month-note') as { properties: Record<string, { maxItems?: number }>; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['month', 'locale', 'actuals', 'targets', 'review', 'goals', 'study']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.goals!.maxItems).toBe(30);
  });

  test.each([
    ['a half-year that does not exist', { period: '2026-H3' }, 'pattern'],
    ['a misspelt field', { period: '2026-H2', objectivs: [] }, 'additionalProperties'],
    ['an objective without a title', { period: '2026-H2', objectives: [{ metric: 'complaints' }] }, 'required'],
    ['a training without what it is', { period: '2026-H2', training: [{ for: 'all reps' }] }, 'required'],
  ])('a team plan with %s is rejected by the schema and by the validator', (_name, plan, keyword) => {
    const validate = validators['team-plan'];
    expect(validate(plan)).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
    expect(SCHEMA_KINDS['team-plan'].schema.safeParse(plan).success).toBe(false);
  });
});
