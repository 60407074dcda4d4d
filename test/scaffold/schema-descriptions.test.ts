/** The schemas `init` and `schema` write explain each field in the team's language, with init's own comments. */
import { describe, expect, test } from 'vitest';
import { SCHEMA_KINDS, jsonSchema, type SchemaKind } from '../../src/notes/json-schema.js';
import { LOCALES } from '../../src/notes/schema.js';
import { describedFields, describedSchema } from '../../src/scaffold/schema-descriptions.js';

type Node = { properties?: Record<string, Node>; items?: Node; description?: string };
const at = (schema: unknown, path: string) => path.split('.').reduce<Node | undefined>((n, p) => (p === '[]' ? n?.items : n?.properties?.[p]), schema as Node);

describe('describedSchema', () => {
  test('every described field exists in its schema, in every language (a renamed field fails here, not silently)', () => {
    for (const kind of Object.keys(SCHEMA_KINDS) as SchemaKind[]) {
      for (const locale of LOCALES) {
        const schema = describedSchema(kind, locale);
        for (const path of describedFields(kind)) expect(at(schema, path)?.description, `${kind} ${path} ${locale}`).toMatch(/\S/);
      }
    }
    expect(describedFields('month-note')).toContain('review.shortfalls');
    expect(describedFields('rep')).toContain('hired');
    expect(describedFields('team')).toContain('metrics');
  });

  test("the words are init's, in the team's language", () => {
    expect(at(describedSchema('month-note', 'zh-CN'), 'month')?.description).toBe('本计划所属月份（YYYY-MM）');
    expect(at(describedSchema('month-note', 'en'), 'review.achievements')?.description).toBe('what went well, one line each');
    expect(at(describedSchema('rep', 'en'), 'hired')?.description).toBe('hire date (YYYY-MM-DD): the career stage follows from it');
    expect(at(describedSchema('month-note', 'en'), 'goals')?.description).toMatch(/^this month's goals: title is required; metric \+ target/);
    for (const locale of LOCALES) expect(at(describedSchema('month-note', locale), 'study')?.description).not.toBe(at(describedSchema('month-note', locale === 'en' ? 'ko' : 'en'), 'study')?.description);
  });

  test('only text is added: without the descriptions the schema is the one the validator generates', () => {
    const strip = (node: unknown): unknown =>
      Array.isArray(node) ? node.map(strip) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'description').map(([k, v]) => [k, strip(v)])) : node;
    for (const kind of Object.keys(SCHEMA_KINDS) as SchemaKind[]) expect(strip(describedSchema(kind, 'ko'))).toEqual(strip(jsonSchema(kind)));
  });
});

describe('workplan schema --locale', () => {
  test('writes every schema with its fields explained in the language asked for; an unknown language is refused', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { cli } = await import('../helpers/cli.js');
    const out = mkdtempSync(join(tmpdir(), 'workplan-schema-ko-'));
    const run = cli(['schema', '--out', out, '--locale', 'ko']);
    expect(run.status).toBe(0);
    const month = JSON.parse(readFileSync(join(out, 'month-note.schema.json'), 'utf8'));
    expect(at(month, 'month')?.description).toBe(at(describedSchema('month-note', 'ko'), 'month')?.description);
    expect(at(month, 'month')?.description).toMatch(/[\uac00-\ud7a3]/);
    const refused = cli(['schema', '--out', out, '--locale', 'ja']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('ja');
  });
});
