import JSZip from 'jszip';
import { mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const fixtures = join(ROOT, 'test', 'fixtures');
const out = mkdtempSync(join(tmpdir(), 'workplan-e2e-'));

describe('workplan plan (fixture rep, English)', () => {
  let pdf = '';
  let docx = '';
  beforeAll(async () => {
    const r = cli(['plan', join(fixtures, 'team-a', 'ana', '2026-09.md'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    pdf = await pdfText(readFileSync(join(out, 'team-a', 'ana', '2026-09-plan.pdf')));
    docx = await docxText(readFileSync(join(out, 'team-a', 'ana', '2026-09-plan.docx')));
  });

  test('the header, stage, review, metrics, goals, reflection and sign-off are in both files', () => {
    for (const text of [pdf, docx]) {
      const t = comparable(text);
      for (const expected of ['Monthly work plan · September 2026', 'Ana Park', 'Growth (months 7–18)', "Last month's goals", 'Complete company names on every new record', 'Met', 'Partly met', 'Record completeness (higher is better)', '68%', '76%', '85%', '47%', 'Behind', 'Complaints (lower is better)', 'Reach 80% record completeness', 'Call back 20 customers with incomplete records', 'What I learned', 'Sign-off', 'Dana Lee']) {
        expect(t).toContain(comparable(expected));
      }
    }
  });

  test('text from a note stays literal: # | * < {{ are not structure', () => {
    for (const text of [pdf, docx]) {
      const t = comparable(text);
      expect(t).toContain(comparable('Closed the "#3 queue" backlog | on time'));
      expect(t).toContain(comparable('Missed the weekly call target in week 2 # really'));
      expect(t).toContain(comparable('Unfamiliar with the *new* router line'));
      expect(t).toContain(comparable('Shadow a senior rep for {{two}} days'));
      expect(t).toContain(comparable('<b>not html</b>'));
    }
  });

  test('the PDF has "page n of m" on every page', () => {
    expect(pdf).toMatch(/Page 1 of \d/);
  });

  test('DOCX and PDF carry the same body text', () => {
    const p = comparable(pdf);
    const paragraphs = docx.split('\n').map(comparable).filter((s) => s.length > 0);
    const missing = paragraphs.filter((s) => !p.includes(s));
    expect(missing).toEqual([]);
  });
});

describe('same input, same bytes', () => {
  test('two runs give byte-identical DOCX and PDF; SOURCE_DATE_EPOCH changes the date', () => {
    const a = mkdtempSync(join(tmpdir(), 'wp-a-'));
    const b = mkdtempSync(join(tmpdir(), 'wp-b-'));
    const c = mkdtempSync(join(tmpdir(), 'wp-c-'));
    const note = join(fixtures, 'team-a', 'ana', '2026-09.md');
    expect(cli(['plan', note, '--out', a]).status).toBe(0);
    expect(cli(['plan', note, '--out', b]).status).toBe(0);
    expect(cli(['plan', note, '--out', c], { SOURCE_DATE_EPOCH: '1700000000' }).status).toBe(0);
    for (const ext of ['pdf', 'docx']) {
      const f = `team-a/ana/2026-09-plan.${ext}`;
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
      expect(readFileSync(join(a, f)).equals(readFileSync(join(c, f)))).toBe(false);
    }
  });
});

describe('fonts in the DOCX', () => {
  test('embedded by default; --no-embed-fonts leaves them out', async () => {
    const note = join(fixtures, 'team-a', 'ana', '2026-09.md');
    const on = mkdtempSync(join(tmpdir(), 'wp-fonts-'));
    const off = mkdtempSync(join(tmpdir(), 'wp-nofonts-'));
    expect(cli(['plan', note, '--out', on, '--format', 'docx']).status).toBe(0);
    expect(cli(['plan', note, '--out', off, '--format', 'docx', '--no-embed-fonts']).status).toBe(0);
    const zip = async (dir: string) => JSZip.loadAsync(readFileSync(join(dir, 'team-a', 'ana', '2026-09-plan.docx')));
    const embedded = await zip(on);
    const table = await embedded.file('word/fontTable.xml')!.async('string');
    // Noto Sans has no "→" (the metric's "68% → 85%"): Noto Sans SC is embedded for that one character.
    expect([...table.matchAll(/<w:font w:name="([^"]+)">/g)].map((m) => m[1])).toEqual(['Noto Sans', 'Noto Sans SC']);
    const files = Object.values(embedded.files).filter((f) => f.name.startsWith('word/fonts/'));
    // Noto Sans and Noto Sans SC, each regular and bold.
    expect(files).toHaveLength(4);
    const sizes = await Promise.all(files.map(async (f) => (await f.async('uint8array')).length));
    // The SC faces hold only what Noto Sans lacks: ".notdef", "→" and the "◦" bullet.
    expect(Math.max(sizes[2]!, sizes[3]!)).toBeLessThan(3000);
    expect(Object.keys((await zip(off)).files).filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
  });
});

describe('bad input through the CLI', () => {
  test('a broken note: exit 1, file:line:column and hint on stderr, no document written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-bad-'));
    const r = cli(['plan', join(fixtures, 'bad-team', 'bo', '2026-09.md'), '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2026-09.md:7:3  error review.shortfals: "shortfals" is not a known field');
    expect(r.stderr).toContain('hint: did you mean "shortfalls"?');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a folder with one bad note among good ones still renders the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-mixed-'));
    const r = cli(['plan', join(fixtures, 'bad-team'), '--out', dir, '--format', 'pdf']);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'bad-team', 'bo', '2026-08-plan.pdf'))).toBe(true);
    expect(r.stderr).toContain('4 of 5 plans not rendered');
  });

  test('validate reports every problem at once (golden) and exits 1', () => {
    const r = cli(['validate', join('test', 'fixtures', 'bad-team')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2026-12.md:8:8  error: YAML cannot be read: the tag !!js/function is not allowed');
    expect(r.stderr).toMatch(/\d+ errors, \d+ warnings? in 4 files/);
  });

  test("validate's closing line counts the notes that passed, not the profiles beside them", () => {
    const good = cli(['validate', join(fixtures, 'team-a', 'ana', '2026-09.md')]);
    expect(good.status).toBe(0);
    expect(good.stdout + good.stderr).toContain('1 rep folder(s), 1 valid note(s); 0 errors');
    // The same note with a month that does not exist: its rep.md is fine, but no note is valid.
    const dir = mkdtempSync(join(tmpdir(), 'wp-count-'));
    cpSync(join(fixtures, 'team-a'), join(dir, 'team-a'), { recursive: true });
    const note = join(dir, 'team-a', 'ana', '2026-09.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^month: .*$/m, 'month: 2026-13'));
    const bad = cli(['validate', note]);
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('1 rep folder(s), 0 valid note(s); 1 error');
  });

  test('a missing path and a bad option are input errors (exit 1) without a stack trace', () => {
    const r1 = cli(['plan', 'no/such/note.md']);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('cannot find no/such/note.md');
    const r2 = cli(['plan', join(fixtures, 'team-a'), '--format', 'odt']);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain("argument 'odt' is invalid");
  });

  test('a broken template is exit 2 with the template file and line', () => {
    const templates = mkdtempSync(join(tmpdir(), 'wp-tpl-'));
    writeFileSync(join(templates, 'monthly-plan.md.hbs'), '# Plan\n\n{{#each goals}}\n{{title}}\n');
    const r = cli(['plan', join(fixtures, 'team-a', 'ana', '2026-09.md'), '--out', templates, '--templates', templates]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/monthly-plan\.md\.hbs:\d+\s+template error/);
  });

  test('a user template shadows the built-in one', async () => {
    const templates = mkdtempSync(join(tmpdir(), 'wp-tpl2-'));
    expect(cli(['templates', 'eject', templates]).status).toBe(0);
    const file = join(templates, 'monthly-plan.md.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## {{section}}{{t "section.metrics"}}', '## Our numbers'));
    const dir = mkdtempSync(join(tmpdir(), 'wp-tpl3-'));
    expect(cli(['plan', join(fixtures, 'team-a', 'ana', '2026-09.md'), '--out', dir, '--templates', templates, '--format', 'docx']).status).toBe(0);
    expect(await docxText(readFileSync(join(dir, 'team-a', 'ana', '2026-09-plan.docx')))).toContain('Our numbers');
  });

  test('a missing previous month gives a sensible document that says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-first-'));
    expect(cli(['plan', join(fixtures, 'team-a', 'ana', '2026-08.md'), '--out', dir, '--format', 'pdf']).status).toBe(0);
    expect(comparable(await pdfText(readFileSync(join(dir, 'team-a', 'ana', '2026-08-plan.pdf'))))).toContain(comparable('There is no note for last month'));
  });

  test('--locale overrides the profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-ko-'));
    expect(cli(['plan', join(fixtures, 'team-a', 'ana', '2026-09.md'), '--out', dir, '--format', 'pdf', '--locale', 'ko']).status).toBe(0);
    const t = comparable(await pdfText(readFileSync(join(dir, 'team-a', 'ana', '2026-09-plan.pdf'))));
    expect(t).toContain(comparable('월간 업무 계획 · 2026년 9월'));
    expect(t).toMatch(/\d+쪽중1쪽/);
  });

  test('notes are never modified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-ro-'));
    const copy = join(dir, 'data');
    mkdirSync(copy);
    cpSync(join(fixtures, 'team-a'), join(copy, 'team-a'), { recursive: true });
    const before = readFileSync(join(copy, 'team-a', 'ana', '2026-09.md'));
    expect(cli(['plan', copy, '--out', join(dir, 'out')]).status).toBe(0);
    expect(readFileSync(join(copy, 'team-a', 'ana', '2026-09.md')).equals(before)).toBe(true);
    expect(readdirSync(join(copy, 'team-a', 'ana')).sort()).toEqual(['2026-08.md', '2026-09.md', 'rep.md']);
  });
});
