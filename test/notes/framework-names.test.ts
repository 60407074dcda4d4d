/** The shipped competency framework names each item as seed 004 does, with every language filled in. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFramework } from '../../src/notes/load-framework.js';
import { LOCALES, type Framework } from '../../src/notes/schema.js';

const FILE = join(import.meta.dirname, '..', '..', 'data', 'framework', 'competencies.yaml');

// The seed's own Simplified Chinese, section by section, in its order.
const SEED_004: [group: string, items: string[]][] = [
  ['心态', ['积极的心态', '主动的心态', '空杯的心态', '双赢的心态', '包容的心态', '自信的心态', '行动的心态', '给予的心态', '学习的心态', '敬业的心态']],
  ['沟通技能', ['具备沟通技能', '运用沟通技能', '掌控沟通的局面', '专业的沟通']],
  ['客户服务系统的操作与流程', ['了解系统与程序', '配合程序提供服务', '人员与系统的妥善搭配']],
  ['技能素质', ['良好的语言表达能力', '丰富的行业知识及经验', '熟练的专业技能', '优雅的形体语言表达技巧', '思维敏捷，具备对客户心理活动的洞察力', '具备良好的沟通能力', '具备专业的客户服务电话接听技巧', '良好的倾听能力']],
  ['心理素质', ['“处变不惊”的应变能力', '挫折打击的承受能力', '情绪的自我掌控及调节能力', '满负荷情感付出的支持能力', '积极进取、永不言败的良好心态']],
  ['品格素质', ['忍耐与宽容', '承诺和婉拒', '勇于承担责任', '博爱真诚', '谦虚谨慎', '集体荣誉感']],
  ['综合素质', ['“客户至上”的服务观念', '工作的独立处理能力', '各种问题的分析解决能力', '人际关系的协调能力']],
];

describe('competency framework', async () => {
  const loaded = await loadFramework(FILE);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const framework: Framework = loaded.framework;
  const name = (n: Framework['groups'][number]['name'], l: (typeof LOCALES)[number]) => (typeof n === 'string' ? n : n[l]);

  test('groups and items in zh-CN are exactly the seed\'s, in its order', () => {
    expect(framework.groups.map((g) => [name(g.name, 'zh-CN'), g.items.map((i) => name(i.name, 'zh-CN'))])).toEqual(SEED_004);
  });

  test('the tenth mindset is dedication to the work, not gratitude', () => {
    const dedication = framework.groups[0]!.items.find((i) => i.id === 'dedication')!;
    expect(dedication.name).toEqual({ en: 'Dedication to the work', 'zh-CN': '敬业的心态', 'zh-TW': '敬業的心態', ko: '직업에 충실한 마음가짐' });
  });

  test('every group and item is named in all four languages', () => {
    for (const g of framework.groups) {
      for (const n of [g.name, ...g.items.map((i) => i.name)]) for (const l of LOCALES) expect(name(n, l), JSON.stringify(n)).toBeTruthy();
    }
  });

  test('the ids the sample notes rate are kept (40 items in all)', () => {
    const ids = framework.groups.flatMap((g) => g.items.map((i) => i.id));
    expect(ids).toHaveLength(40);
    for (const id of ['positive', 'dedication', 'customer-insight', 'communication', 'never-give-up', 'patience', 'sincerity', 'modesty', 'team-spirit', 'coordination']) expect(ids).toContain(id);
  });
});
