/**
 * The annual summary through the CLI for every sample rep with an annual note: the figures the
 * model computes must be what the reader finds in both files, and the charts must be there.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';
import { loadRep } from '../../src/notes/load-rep.js';
import { loadFramework } from '../../src/notes/load-framework.js';
import { buildAnnualSummary, type AnnualSummaryView } from '../../src/model/annual-summary.js';
import type { Locale } from '../../src/notes/schema.js';
import { localeKit } from '../../src/locale/index.js';

const team = join(ROOT, 'data', 'service-desk');
const withAnnual = readdirSync(team, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(team, d.name, '2026.md'))).map((d) => d.name).sort();
const out = mkdtempSync(join(tmpdir(), 'workplan-summary-'));

describe('the sample year', () => {
  test('each language has a rep with twelve months and an annual note', async () => {
    const locales = new Set<string>();
    for (const id of withAnnual) {
      const notes = (await loadRep(join(team, id))).notes!;
      if (notes.months.filter((m) => m.data.month.startsWith('2026-')).length === 12) locales.add(notes.rep.data.locale);
    }
    expect([...locales].sort()).toEqual(['en', 'ko', 'zh-CN', 'zh-TW']);
  });
});

describe.each(withAnnual)('summary of %s', (id) => {
  let view: AnnualSummaryView;
  let pdf = '';
  let docx = '';
  let docxBytes: Buffer;
  beforeAll(async () => {
    const framework = await loadFramework(join(ROOT, 'data', 'framework', 'competencies.yaml'));
    const notes = (await loadRep(join(team, id))).notes!;
    view = buildAnnualSummary(notes, 2026, notes.rep.data.locale, { framework: framework.ok ? framework.framework : undefined });
    const r = cli(['summary', join('data', 'service-desk', id), '--year', '2026', '--out', out]);
    expect(r.status).toBe(0);
    pdf = comparable(await pdfText(readFileSync(join(out, 'service-desk', id, '2026-summary.pdf'))));
    docxBytes = readFileSync(join(out, 'service-desk', id, '2026-summary.docx'));
    docx = comparable(await docxText(docxBytes));
  });

  test('title, rep, every metric with its months on target, and the goals tally are in both files', () => {
    const kit = localeKit(view.locale as Locale);
    const expected = [
      kit.t('title.summary', { title: kit.t('summary.title'), period: 2026, name: view.rep.name }),
      view.rep.name,
      view.metricsGraded ? kit.t('summary.metricsMet', { met: view.metricsMet, total: view.metricsGraded }) : kit.t('summary.noneGraded'),
      kit.t('summary.goalsLine', { set: view.goals.set, met: view.goals.met, partly: view.goals.partly, missed: view.goals.missed, unknown: view.goals.unknown }),
      ...view.metrics.map((m) => m.name),
      // A metric with no month graded (no target, or next year's only) has "—" there, not "0 / 0".
      ...view.metrics.map((m) => (m.monthsGraded ? `${m.monthsOnTarget} / ${m.monthsGraded}` : '—')),
    ];
    for (const e of expected) {
      expect(pdf, `PDF lacks ${e}`).toContain(comparable(e));
      expect(docx, `DOCX lacks ${e}`).toContain(comparable(e));
    }
  });

  test('recurring shortfalls are shown once, with their months', () => {
    // A rep with a year of notes has causes that came back; one with a single monthly note has none to group.
    const recurring = view.shortfalls.filter((s) => s.months.length > 1);
    if (view.monthsWithNotes.length >= 6) expect(recurring.length).toBeGreaterThan(0);
    for (const s of view.shortfalls) {
      expect(pdf.split(comparable(s.why)).length - 1).toBe(1);
      expect(docx.split(comparable(s.why)).length - 1).toBe(1);
    }
  });

  test('a trend chart per metric: an SVG with a PNG fallback in the DOCX, titled in the PDF', async () => {
    const zip = await JSZip.loadAsync(docxBytes);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    // One chart per metric with a value in the year (one with none has nothing to draw); progress bars are not part of the summary.
    const charted = view.metrics.filter((m) => m.series.some((v) => v !== null)).length;
    expect(charted).toBeGreaterThan(0);
    expect(media.filter((n) => n.endsWith('.svg')).length).toBe(charted);
    expect(media.filter((n) => n.endsWith('.png')).length).toBe(charted);
    const kit = localeKit(view.locale as Locale);
    expect(pdf).toContain(comparable(kit.t('section.trends')));
  });

  test('the self-assessment and the reflection answers are carried over', () => {
    const kit = localeKit(view.locale as Locale);
    expect(pdf).toContain(comparable(kit.t('section.self')));
    for (const r of view.reflection) {
      expect(pdf).toContain(comparable(r.answer));
      expect(docx).toContain(comparable(r.answer));
    }
  });
});

test('a year with a missing month says which month, in the reader\'s language, and leaves a gap', async () => {
  // park-jiwoo was hired in September and has no note for November.
  const r = cli(['summary', join('data', 'service-desk', 'park-jiwoo'), '--year', '2026', '--out', out, '--format', 'pdf']);
  expect(r.status).toBe(0);
  const text = comparable(await pdfText(readFileSync(join(out, 'service-desk', 'park-jiwoo', '2026-summary.pdf'))));
  expect(text).toContain(comparable('노트가 없는 달: 2026년 11월'));
  expect(text).not.toContain(comparable('2026년 1월'));
});

test('notes outside the year are left out with a warning, not an error', () => {
  const r = cli(['summary', join('data', 'service-desk', 'li-na'), '--year', '2025', '--out', out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('has no notes for 2025');
  const ok = cli(['summary', join('data', 'service-desk', 'chen-yating'), '--year', '2026', '--out', out, '--format', 'pdf']);
  expect(ok.status).toBe(0);
});
