/**
 * End to end over the sample team: every rep, in their own language, through the real CLI, with
 * the text pulled back out of the PDF and the DOCX.
 */
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';
import { loadRep, type RepNotes } from '../../src/notes/load-rep.js';
import { localeKit, pickLocalized } from '../../src/locale/index.js';

const team = join(ROOT, 'data', 'service-desk');
const repIds = existsSync(team) ? readdirSync(team, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(team, d.name, 'rep.md'))).map((d) => d.name).sort() : [];
const out = mkdtempSync(join(tmpdir(), 'workplan-samples-'));

describe('sample team', () => {
  test('has at least four reps covering en, zh-CN, zh-TW and ko', async () => {
    const locales = new Set<string>();
    for (const id of repIds) locales.add((await loadRep(join(team, id))).notes!.rep.data.locale);
    expect([...locales].sort()).toEqual(['en', 'ko', 'zh-CN', 'zh-TW']);
  });

  test('every sample note is valid', () => {
    const r = cli(['validate', 'data']);
    expect(r.stderr).not.toMatch(/\s{2}error[\s:]/);
    expect(r.status).toBe(0);
  });
});

/** "Page 2 of 3", "第 2 页，共 3 页", "3쪽 중 2쪽": the footer in any language. */
function isFooter(line: string): boolean {
  return /^(Page \d+ of \d+|第 \d+ [页頁]，共 \d+ [页頁]|\d+쪽 중 \d+쪽)$/.test(line.trim());
}

describe.each(repIds)('sample rep %s', (id) => {
  let notes: RepNotes;
  beforeAll(async () => {
    notes = (await loadRep(join(team, id))).notes!;
  });

  test('latest monthly plan: PDF and DOCX carry the rep, month, labels, metrics and goals in the rep\'s language', async () => {
    const latest = notes.months[notes.months.length - 1]!;
    const r = cli(['plan', latest.file, '--out', out]);
    expect(r.status).toBe(0);
    const base = join(out, notes.rep.data.team, id, `${latest.data.month}-plan`);
    const pdf = comparable(await pdfText(readFileSync(`${base}.pdf`)));
    const docx = comparable(await docxText(readFileSync(`${base}.docx`)));
    const kit = localeKit(notes.rep.data.locale);
    const expected = [
      kit.t('title.plan', { title: kit.t('plan.title'), period: kit.month(latest.data.month), name: notes.rep.data.name }),
      notes.rep.data.name,
      kit.t('section.metrics'),
      ...notes.metrics.slice(0, 3).map((m) => pickLocalized(m.name, notes.rep.data.locale)),
      ...latest.data.goals.map((g) => g.title),
      ...latest.data.review.shortfalls.map((s) => s.why),
    ];
    for (const e of expected) {
      expect(pdf, `PDF lacks ${e}`).toContain(comparable(e));
      expect(docx, `DOCX lacks ${e}`).toContain(comparable(e));
    }
  });

  test('DOCX and PDF carry the same text: every DOCX paragraph is in the PDF', async () => {
    const latest = notes.months[notes.months.length - 1]!;
    const base = join(out, notes.rep.data.team, id, `${latest.data.month}-plan`);
    if (!existsSync(`${base}.pdf`)) cli(['plan', latest.file, '--out', out]);
    // Page headers and footers sit between a page's last line and the next page's first: drop them.
    const title = localeKit(notes.rep.data.locale).t('plan.title');
    const pdfLines = (await pdfText(readFileSync(`${base}.pdf`))).split('\n');
    const body = comparable(pdfLines.filter((l) => !l.includes(` · ${title} · `) && !isFooter(l)).join('\n'));
    const paragraphs = (await docxText(readFileSync(`${base}.docx`))).split('\n').map(comparable).filter((p) => p.length > 0);
    expect(paragraphs.filter((p) => !body.includes(p))).toEqual([]);
  });
});
