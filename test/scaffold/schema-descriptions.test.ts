/** The schemas `init` and `schema` write explain each field in the team's language, with init's own comments. */
import { describe, expect, test } from 'vitest';
import { SCHEMA_KINDS, jsonSchema, type SchemaKind } from '../../src/notes/json-schema.js';
import { LOCALES, type Locale } from '../../src/notes/schema.js';
import { describedFields, describedSchema } from '../../src/scaffold/schema-descriptions.js';
import { repFiles, teamFiles } from '../../src/scaffold/init-files.js';

type Node = { properties?: Record<string, Node>; items?: Node; additionalProperties?: Node | boolean; anyOf?: Node[]; enum?: string[]; pattern?: string; description?: string };
const KINDS = Object.keys(SCHEMA_KINDS) as SchemaKind[];

/** Every property of a schema, at any depth, by its path (`[]` a list's items, `*` a mapping's values). */
function properties(node: Node, path = ''): [string, Node][] {
  const at = (part: string) => (path ? `${path}.${part}` : part);
  return [
    ...Object.entries(node.properties ?? {}).flatMap(([name, p]): [string, Node][] => [[at(name), p], ...properties(p, at(name))]),
    ...(node.items ? properties(node.items, at('[]')) : []),
    ...(typeof node.additionalProperties === 'object' ? properties(node.additionalProperties, at('*')) : []),
    ...(node.anyOf ?? []).flatMap((shape) => properties(shape, path)),
  ];
}
const at = (schema: unknown, path: string) => new Map(properties(schema as Node)).get(path);
const patternOf = (node: Node): string | undefined => node.pattern ?? node.anyOf?.map(patternOf).find(Boolean);

describe('describedSchema', () => {
  test('every field of every kind of file, nested ones too, is explained in every language', () => {
    for (const kind of KINDS) {
      const fields = properties(jsonSchema(kind) as Node).map(([path]) => path);
      // Nothing described that the schema lacks, nothing in the schema left out.
      expect(describedFields(kind).sort(), kind).toEqual([...new Set(fields)].sort());
      for (const locale of LOCALES) {
        for (const [path, node] of properties(describedSchema(kind, locale) as Node)) expect(node.description, `${kind} ${path} ${locale}`).toMatch(/\S/);
      }
    }
    expect(properties(jsonSchema('team-plan') as Node).length).toBe(49);
    expect(properties(jsonSchema('annual-note') as Node).length).toBe(45);
    expect(properties(jsonSchema('framework') as Node).length).toBe(7);
  });

  test('a field with a list of words names every one of them, and a date or a month its format, in every language', () => {
    const dates = new Set<string>();
    const months = new Set<string>();
    for (const kind of KINDS) {
      for (const locale of LOCALES) {
        for (const [path, node] of properties(describedSchema(kind, locale) as Node)) {
          for (const word of node.enum ?? []) expect(node.description, `${kind} ${path} ${locale}`).toContain(word);
          const pattern = patternOf(node);
          if (pattern?.endsWith('-(0[1-9]|[12]\\d|3[01])$')) {
            dates.add(`${kind} ${path}`);
            expect(node.description, `${kind} ${path} ${locale}`).toContain('YYYY-MM-DD');
          } else if (pattern?.endsWith('-(0[1-9]|1[0-2])$')) {
            months.add(`${kind} ${path}`);
            expect(node.description, `${kind} ${path} ${locale}`).toMatch(/YYYY-MM(?!-)/);
          }
        }
      }
    }
    // The check reached the dates (a goal's start and due in three kinds, the manager's date in two, a hire date);
    // a date field added later joins them and is checked the same way.
    expect([...dates]).toEqual(expect.arrayContaining([
      'annual-note next.goals.[].due', 'annual-note next.goals.[].start', 'annual-note supervisor.date',
      'month-note goals.[].due', 'month-note goals.[].start', 'month-note supervisor.date',
      'rep hired',
      'team-plan objectives.[].due', 'team-plan objectives.[].start',
    ]));
    // and the months: a monthly note's own, and a target period's first and last in team.md and rep.md.
    expect([...months]).toEqual(expect.arrayContaining(['month-note month', ...['rep', 'team'].flatMap((k) => [`${k} metrics.[].by`, `${k} metrics.[].from`, `${k} metrics.[].targets.[].by`, `${k} metrics.[].targets.[].from`])]));
    expect(dates.size + months.size).toBeGreaterThanOrEqual(18);
  });

  test('the annual note, the team plan and the framework, hand-checked in each language', () => {
    const d = (kind: SchemaKind, locale: Locale, path: string) => at(describedSchema(kind, locale), path)?.description;
    expect(d('team-plan', 'en', 'period')).toBe("the plan's period, the same as the file name: a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2)");
    expect(d('annual-note', 'en', 'ratings')).toBe('your self-ratings, 1 to 5, by competency id from the competency framework (competencies.yaml)');
    expect(d('annual-note', 'en', 'reflection.posture')).toBe('optional: your answer to "Is my service posture too high: do I talk down to customers?"');
    expect(d('annual-note', 'en', 'actuals.*.of')).toBe('the total the count is out of (1,460): more than 0, and not less than the count');
    expect(d('framework', 'en', 'groups.[].items.[].id')).toBe("the competency's id: the annual note rates it under ratings");

    expect(d('team-plan', 'zh-CN', 'objectives.[].metric')).toBe('可选：team.md 中的指标 id；与 target 一起填写时，下一期的计划按团队平均值判断目标是否达成');
    expect(d('annual-note', 'zh-CN', 'reflection.robot')).toBe('可选：对“我是不是一个只会念话术的机器人，还是能用自己的话解释？”的回答');
    expect(d('annual-note', 'zh-CN', 'shortfalls')).toBe('可选：全年的不足之处、原因及改进措施：what：不足 why：原因 change：改进（可选）');
    expect(d('team', 'zh-CN', 'metrics.[].direction')).toBe('哪个方向更好：higher（越高越好）或 lower（越低越好）');

    expect(d('team-plan', 'zh-TW', 'inspections.[].when')).toBe('可選：時間或頻率：日期或自己的說法（如「每週五」）');
    expect(d('team-plan', 'zh-TW', 'review.[].goal')).toBe('上一期計畫中某個目標的標題或 id');
    expect(d('annual-note', 'zh-TW', 'year')).toBe('本筆記所屬的年份，與檔名一致（2026.md 為 2026）');
    expect(d('framework', 'zh-TW', 'groups')).toBe('能力分組（心態、技能……），每組有 id、name 和 items');

    expect(d('annual-note', 'ko', 'next.goals.[].term')).toBe('선택: short(단기) 또는 long(장기); 쓰면 목표를 단기·장기 제목 아래로 나눠 보여 줍니다');
    expect(d('team-plan', 'ko', 'resources.[].from')).toBe('선택: 요청할 대상 (사람 또는 팀)');
    expect(d('month-note', 'ko', 'energy')).toBe('선택: 노트를 쓸 때의 컨디션: high(좋음), ok(보통), low(지침) 또는 burnt-out(소진); low와 burnt-out은 권태기 신호로 표시됩니다');
    expect(d('rep', 'ko', 'metrics.[].targets.[].baseline')).toBe('선택: 이 기간의 출발점, 지표의 기준값과 다를 때');
  });

  test("a part used in several kinds reads the same in each, but a goal's metric says what judges it there", () => {
    const d = (kind: SchemaKind, path: string) => at(describedSchema(kind, 'en'), path)?.description;
    expect(d('annual-note', 'shortfalls.[].why')).toBe(d('month-note', 'review.shortfalls.[].why'));
    expect(d('team-plan', 'resources.[].what')).toBe(d('month-note', 'goals.[].support.[].what'));
    expect(d('team', 'metrics.[].unit')).toBe(d('rep', 'metrics.[].unit'));
    expect(d('month-note', 'goals.[].metric')).toMatch(/next month's value judges the goal$/);
    expect(d('team-plan', 'objectives.[].metric')).toMatch(/the next period's plan judges the objective by the team's mean$/);
    expect(d('annual-note', 'next.goals.[].metric')).toMatch(/shown with its name and unit$/);
  });

  test('every comment init writes beside a field is what the schema says of that field', async () => {
    for (const locale of LOCALES) {
      const files = [...teamFiles('/tmp/desk', { locale, name: 'Desk' }), ...(await repFiles('/tmp/desk/li-na', { locale, name: 'Li Na', month: '2026-09', hired: '2026-01-05' }))];
      let checked = 0;
      for (const file of files.filter((f) => f.file.endsWith('.md'))) {
        const kind: SchemaKind = file.file.endsWith('team.md') ? 'team' : file.file.endsWith('rep.md') ? 'rep' : 'month-note';
        const schema = describedSchema(kind, locale);
        const parents: string[] = [];
        for (const line of file.text.split('\n')) {
          // "key: value  # words", or a field left for the rep to add: "# key: …  words".
          const m = /^( *)([a-z]+):[^#]*#\s(.+)$/.exec(line) ?? /^( *)# ([a-z]+): (?:…|\||\[\])? +(.+)$/.exec(line);
          if (!m) continue;
          const depth = m[1]!.length / 2;
          parents.length = depth;
          parents[depth] = m[2]!;
          const description = at(schema, parents.join('.'))?.description;
          expect(description, `${locale} ${kind} ${parents.join('.')}`).toBeDefined();
          // A list's comment is its first half; the schema adds the fields of its items.
          expect(description!.startsWith(m[3]!), `${locale} ${kind} ${parents.join('.')}: ${m[3]} / ${description}`).toBe(true);
          checked++;
        }
      }
      // team.md 4, rep.md 8 (role and manager left for the rep to add), the monthly note 11 (month, review and its
      // achievements, shortfalls and goals, goals, study, and targets, opening, closing and support left to add).
      expect(checked, locale).toBe(4 + 8 + 11);
    }
  });

  test('every described field exists in its schema, in every language (a renamed field fails here, not silently)', () => {
    for (const kind of KINDS) {
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
    for (const kind of KINDS) expect(strip(describedSchema(kind, 'ko'))).toEqual(strip(jsonSchema(kind)));
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
