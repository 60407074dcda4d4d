/** Career-stage advice split by reader: the rep's documents say what to focus on, the rollup what the lead can do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildRollup, type RollupRow } from '../../src/model/team-rollup.js';
import { compileTemplate } from '../../src/template/environment.js';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import { localeKit, type LabelKey } from '../../src/locale/index.js';
import { STAGES } from '../../src/model/career-stage.js';
import { LOCALES } from '../../src/notes/schema.js';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const row = (id: string, stage: RollupRow['stage']): RollupRow => ({ id, name: id, stage, monthsWithNotes: 12, goalsMet: 1, goalsSet: 2, monthsExpected: 12, signs: { flat: [], lowEnergy: [], burntOut: [] }, metrics: {} });

/** What only a manager can do, per language: it belongs in the rollup, never in the rep's own plan. */
const MANAGER_ONLY: Record<(typeof LOCALES)[number], RegExp> = {
  en: /EAP|retention|assign a mentor/i,
  'zh-CN': /EAP|挽留|安排导师/,
  'zh-TW': /EAP|留任|安排導師/,
  ko: /EAP|유지 계획|멘토를 배정/,
};

describe.each(LOCALES)('stage advice in %s', (locale) => {
  const kit = localeKit(locale);
  test("the rep's focus never carries the manager's tools; the manager's advice does", () => {
    for (const stage of STAGES) expect(kit.t(`stage.${stage}.focus` as LabelKey)).not.toMatch(MANAGER_ONLY[locale]);
    expect(kit.t('stage.frustration.manage')).toMatch(MANAGER_ONLY[locale]);
  });

  test('the rollup gives the lead what each stage present in the team needs, and nothing for stages absent', () => {
    const view = buildRollup('Desk', 2026, locale, [], [row('a', 'frustration'), row('b', 'growth'), row('c', undefined)]);
    const source = readFileSync(join(TEMPLATES, 'team-rollup.md.hbs'), 'utf8');
    const text = JSON.stringify(parseMarkdown(compileTemplate(join(TEMPLATES, 'team-rollup.md.hbs'), source, kit)(view)));
    expect(text).toContain(JSON.stringify(kit.t('section.stageSupport')).slice(1, -1));
    for (const s of ['frustration', 'growth']) expect(text).toContain(JSON.stringify(kit.t(`stage.${s}.manage` as LabelKey)).slice(1, -1));
    for (const s of ['fresh', 'mature']) expect(text).not.toContain(JSON.stringify(kit.t(`stage.${s}.manage` as LabelKey)).slice(1, -1));
  });

  test('a rep with no hire date is counted as such, so the shares add up to the team', () => {
    const view = buildRollup('Desk', 2026, locale, [], [row('a', 'frustration'), row('b', 'growth'), row('c', undefined), row('d', undefined)]);
    expect(view.stages.map((s) => s.count)).toEqual([0, 1, 1, 0]);
    expect(view.noStage).toEqual({ count: 2, share: 0.5 });
  });
});

describe('no claim stronger than the seed', () => {
  test('turnover in months 4–6 is higher than in the first months, not "the highest"', () => {
    for (const l of LOCALES) expect(localeKit(l).t('rollup.frustration')).not.toMatch(/highest|最多|最高|가장/);
  });
});
