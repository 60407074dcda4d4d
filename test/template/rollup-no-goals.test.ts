/**
 * A team whose notes hold no goals: the rollup says so in words, and a rep without goals shows "—"
 * in the goals column, as every other empty count does — not "0 / 0", which reads as a count.
 */
import { describe, expect, test } from 'vitest';
import { localeKit } from '../../src/locale/index.js';
import { buildRollup, type RollupRow } from '../../src/model/team-rollup.js';
import type { Locale } from '../../src/notes/schema.js';
import { buildDocument } from '../../src/pipeline/compose.js';
import { documentMeta } from '../../src/pipeline/document-meta.js';

const none = { flat: [], lowEnergy: [], burntOut: [] };
const row = (id: string, goalsMet: number, goalsSet: number): RollupRow => ({
  id, name: id, stage: 'growth', monthsWithNotes: 12, monthsExpected: 12, goalsMet, goalsSet, signs: none,
  metrics: { completeness: { final: 86, target: 85, status: 'met', series: Array(12).fill(86), precision: { min: 0, max: 0 } } },
});
const shared = [{ id: 'completeness', name: 'Completeness', unit: 'percent' as const, direction: 'higher' as const }];

async function rollupText(rows: RollupRow[], lang: Locale): Promise<string> {
  const kit = localeKit(lang);
  const view = buildRollup('Desk', 2026, lang, shared, rows);
  const meta = documentMeta(kit, { kind: 'rollup.title', who: 'Desk', period: '2026', date: '2026-12-31' });
  const doc = await buildDocument('team-rollup', view, kit, meta);
  return JSON.stringify(doc.blocks);
}

describe('a rollup with no goals written', () => {
  test.each([
    ['en', 'No goals were written in the team\'s notes this year.'],
    ['zh-CN', '今年团队的记录里没有写下目标。'],
    ['zh-TW', '今年團隊的紀錄裡沒有寫下目標。'],
    ['ko', '올해 팀 노트에 적힌 목표가 없습니다.'],
  ] as const)('%s says so instead of "0 of 0 goals"', async (lang, sentence) => {
    const text = await rollupText([row('a-rep', 0, 0), row('b-rep', 0, 0)], lang);
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/0 \/ 0|\b0 of 0\b/);
  });

  test('a rep without goals shows a dash beside a rep with some', async () => {
    const text = await rollupText([row('a-rep', 0, 0), row('b-rep', 2, 3)], 'en');
    expect(text).toContain('2 of 3 goals met across the team.');
    expect(text).toContain('"2 / 3"');
    expect(text).not.toContain('0 / 0');
    expect(text).toContain('"—"');
  });
});
