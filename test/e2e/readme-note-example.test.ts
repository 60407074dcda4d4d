/**
 * The README's example profile and September note, rendered through the CLI: every field the README
 * documents shows up where it says, so the README stays true.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';
import { pdfText } from '../helpers/pdf-text.js';
import { comparable } from '../helpers/same-text.js';

/** The first ```yaml block after `marker` in the README. */
function yamlAfter(readme: string, marker: string): string {
  const start = readme.indexOf('```yaml\n', readme.indexOf(marker)) + '```yaml\n'.length;
  return readme.slice(start, readme.indexOf('\n```', start)) + '\n';
}

describe('the README example note', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-readme-'));
  const rep = join(dir, 'service-desk', 'li-na');
  let docx = '';
  let pdf = '';
  beforeAll(async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    mkdirSync(rep, { recursive: true });
    copyFileSync(join(ROOT, 'data', 'service-desk', 'team.md'), join(dir, 'service-desk', 'team.md'));
    writeFileSync(join(rep, 'rep.md'), yamlAfter(readme, '`data/service-desk/li-na/rep.md`:'));
    writeFileSync(join(rep, '2026-09.md'), yamlAfter(readme, '`data/service-desk/li-na/2026-09.md` — the plan for September'));
    const r = cli(['plan', join(rep, '2026-09.md'), '--out', join(dir, 'out')]);
    expect(r.stderr).not.toMatch(/\serror\s/);
    expect(r.status).toBe(0);
    const base = join(dir, 'out', 'service-desk', 'li-na', '2026-09-plan');
    docx = await docxText(readFileSync(`${base}.docx`));
    pdf = comparable(await pdfText(readFileSync(`${base}.pdf`)));
  }, 60_000);

  test.each([
    ['opening words, with their line break', '九月是新产品上线后的第一个完整月。\n这份计划先回顾八月，再定九月的目标。'],
    ['goals grouped by term', '短期目标'],
    ['owner, start and due on one line', '负责人：李娜 · 开始：2026年9月1日 · 截止：2026年9月30日'],
    ['a schedule step by week', '第1周：整理八月缺失的记录'],
    ['a schedule step by date', '2026年9月15日：中期自查'],
    ["a goal's support, with whom it is asked of and why", '需要的支持：产品线培训（向产品经理提出） — 客户常问线下市场'],
    ['support for the whole plan', '一部工作电话'],
    ['the folded closing, with no space between the Chinese lines', '感谢主管和同事的支持，九月我会按计划推进。'],
    ["the supervisor's comment, name and date", '目标清楚。第二周一起看一次记录。'],
    ['', '— 王强 · 2026年9月3日'],
  ])('%s', (_what, text) => {
    expect(docx).toContain(text);
    expect(pdf).toContain(comparable(text));
  });

  test('order: opening, goals, study, support, reflection, closing, supervisor, sign-off', () => {
    const at = ['九月是新产品上线后', '本月目标', '学习计划', '一部工作电话', '本月反思', '感谢主管和同事的支持', '目标清楚', '签字确认'].map((s) => docx.indexOf(s));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("the sign-off block: rep and manager, a line to sign on each, the supervisor's date", () => {
    const rows = docx.split('\n');
    const i = rows.indexOf('签字确认');
    expect(rows.slice(i + 1, i + 13)).toEqual(['角色', '姓名', '签名', '日期', '客服代表', '李娜', '________________', '____________', '主管', '王强', '________________', '2026年9月3日']);
  });
});
