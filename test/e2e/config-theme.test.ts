/**
 * The config file end to end, through the built CLI: the theme in both back ends (organisation and
 * logo in the header, Letter paper, the user's own font), the order in which config, note and
 * command line count, and a bad config's message.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { docxParts, docxXml } from '../helpers/docx-text.js';

const FIXTURES = join(ROOT, 'test', 'fixtures');
// fonts-dejavu-core, which .ci/run installs: a Latin font that is not one of the bundled faces.
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const hasDejaVu = existsSync(join(DEJAVU, 'DejaVuSans.ttf')) && existsSync(join(DEJAVU, 'DejaVuSans-Bold.ttf'));
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

/** A copy of the fixture team in a fresh folder, with `config` as its workplan.config.yaml. */
function project(config: string | undefined, repLocale = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-theme-'));
  cpSync(join(FIXTURES, 'team-a'), join(dir, 'team-a'), { recursive: true });
  if (!repLocale) {
    const rep = join(dir, 'team-a', 'ana', 'rep.md');
    writeFileSync(rep, readFileSync(rep, 'utf8').replace(/^locale: en\n/m, ''));
  }
  if (config !== undefined) writeFileSync(join(dir, 'workplan.config.yaml'), config);
  copyFileSync(join(FIXTURES, 'theme', 'logo.png'), join(dir, 'logo.png'));
  copyFileSync(join(FIXTURES, 'theme', 'logo.svg'), join(dir, 'logo.svg'));
  return dir;
}

const tool = (name: string, args: string[]) => spawnSync(name, args, { encoding: 'utf8' }).stdout;

describe.skipIf(!hasPoppler || !hasDejaVu)('a themed plan, PDF and DOCX', () => {
  const config = [
    'theme:',
    '  organisation: Acme Support Centre',
    '  logo: logo.png',
    '  accent: "#c2410c"',
    '  page: Letter',
    '  fonts:',
    `    latin: {regular: ${DEJAVU}/DejaVuSans.ttf, bold: ${DEJAVU}/DejaVuSans-Bold.ttf}`,
    '',
  ].join('\n');
  let dir = '';
  let pdf = '';
  let docx: Buffer;
  beforeAll(() => {
    dir = project(config);
    const r = cli(['plan', 'team-a/ana/2026-09.md'], {}, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    pdf = join(dir, 'out', 'team-a', 'ana', '2026-09-plan.pdf');
    docx = readFileSync(join(dir, 'out', 'team-a', 'ana', '2026-09-plan.docx'));
  });

  test('PDF: the organisation heads every page, after the logo, on Letter paper, in the user\'s font', () => {
    const pages = tool('pdftotext', ['-layout', pdf, '-']).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.split('\n')[0]).toContain('Acme Support Centre · Ana Park · Team A · Monthly work plan · September 2026');
    expect(tool('pdfinfo', [pdf])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const fonts = tool('pdffonts', [pdf]);
    expect(fonts).toMatch(/\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+DejaVuSans-Bold\s/);
    expect(fonts).not.toMatch(/NotoSans\b/);
    // One logo image (with its alpha as a soft mask), drawn on every page: 360 × 120 pixels,
    // opened once so every page points at the same object.
    const images = tool('pdfimages', ['-list', pdf]).split('\n').filter((l) => l.trim().split(/\s+/)[2] === 'image');
    expect(images.length).toBe(pages.length);
    for (const line of images) expect(line).toMatch(/^\s*\d+\s+\d+\s+image\s+360\s+120\s/);
    expect(new Set(images.map((l) => l.trim().split(/\s+/)[10])).size).toBe(1);
  });

  test('DOCX: the header has the logo and the organisation; Letter page; the user\'s font named and embedded', async () => {
    const header = await docxXml(docx, 'word/header1.xml');
    expect(header).toContain('Acme Support Centre · Ana Park · Team A · Monthly work plan · September 2026');
    // 16 points tall and 48 wide (360 × 120 pixels): 16 × 12,700 = 203,200 EMU by 609,600.
    expect(header).toContain('<wp:extent cx="609600" cy="203200"/>');
    const rels = await docxXml(docx, 'word/_rels/header1.xml.rels');
    const target = /Target="(media\/[^"]+\.png)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    const { default: JSZip } = await import('jszip');
    const logo = await (await JSZip.loadAsync(docx)).file(`word/${target}`)!.async('nodebuffer');
    expect(logo.equals(readFileSync(join(FIXTURES, 'theme', 'logo.png')))).toBe(true);
    const document = await docxXml(docx);
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(await docxXml(docx, 'word/fontTable.xml')).toContain('w:name="DejaVu Sans"');
    expect((await docxParts(docx)).filter((p) => p.startsWith('word/fonts/')).length).toBeGreaterThan(0);
    expect(await docxXml(docx, 'word/styles.xml')).toContain('w:ascii="DejaVu Sans"');
    expect(await docxXml(docx, 'word/styles.xml')).toContain('w:color w:val="C2410C"');
  });

  test('the summary takes the same theme: organisation in the header, Letter paper', async () => {
    const r = cli(['summary', 'team-a/ana', '--year', '2026'], {}, dir);
    expect(r.status).toBe(0);
    const summary = join(dir, 'out', 'team-a', 'ana', '2026-summary');
    expect(tool('pdftotext', ['-l', '1', `${summary}.pdf`, '-']).split('\n')[0]).toBe('Acme Support Centre · Ana Park · Team A · Annual summary and self-review · 2026');
    expect(tool('pdfinfo', [`${summary}.pdf`])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(await docxXml(readFileSync(`${summary}.docx`), 'word/header1.xml')).toContain('Acme Support Centre · Ana Park · Team A · Annual summary and self-review · 2026');
  });

  test('batch takes the theme to its worker threads: the summaries and the rollup carry the organisation and the logo', async () => {
    const r = cli(['batch', 'team-a', '--year', '2026', '--jobs', '1', '--out', 'batch-out'], {}, dir);
    expect(r.status).toBe(0);
    const summary = join(dir, 'batch-out', 'team-a', 'ana', '2026-summary');
    expect(tool('pdftotext', ['-l', '1', `${summary}.pdf`, '-']).split('\n')[0]).toBe('Acme Support Centre · Ana Park · Team A · Annual summary and self-review · 2026');
    expect(tool('pdfinfo', [`${summary}.pdf`])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const rollup = readdirSync(join(dir, 'batch-out', 'team-a')).find((f) => f.endsWith('-rollup.docx'))!;
    expect(await docxXml(readFileSync(join(dir, 'batch-out', 'team-a', rollup)), 'word/header1.xml')).toContain('Acme Support Centre');
    // The logo's bytes survive the trip to the worker thread as the picture in the header.
    expect(tool('pdfimages', ['-list', `${summary}.pdf`])).toMatch(/image/);
  });

  test('an SVG logo goes into the DOCX as SVG with its PNG fallback', async () => {
    const svgDir = project(config.replace('logo.png', 'logo.svg'));
    const r = cli(['plan', 'team-a/ana/2026-09.md', '--format', 'docx'], {}, svgDir);
    expect(r.status).toBe(0);
    const rels = await docxXml(readFileSync(join(svgDir, 'out', 'team-a', 'ana', '2026-09-plan.docx')), 'word/_rels/header1.xml.rels');
    expect(rels).toMatch(/Target="media\/[^"]+\.svg"/);
    expect(rels).toMatch(/Target="media\/[^"]+\.png"/);
  });
});

describe('what counts: defaults < config < note < command line', () => {
  test.each([
    // setting, config, note, command line → the plan's language (its title)
    ['nothing set: English', undefined, undefined, [], 'Monthly work plan'],
    ['config locale: ko', 'locale: ko\n', undefined, [], '월간 업무 계획'],
    ['the note beats the config', 'locale: ko\n', 'zh-CN', [], '工作计划'],
    ['the command line beats the note', 'locale: ko\n', 'zh-CN', ['--locale', 'zh-TW'], '工作計畫'],
    ['--no-config', 'locale: ko\n', undefined, ['--no-config'], 'Monthly work plan'],
  ] as const)('language: %s', async (_name, config, noteLocale, args, title) => {
    const dir = project(config, false);
    const note = join(dir, 'team-a', 'ana', '2026-09.md');
    if (noteLocale) writeFileSync(note, readFileSync(note, 'utf8').replace(/^month: 2026-09$/m, `month: 2026-09\nlocale: ${noteLocale}`));
    const r = cli(['plan', 'team-a/ana/2026-09.md', '--format', 'docx', ...args], {}, dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const header = await docxXml(readFileSync(join(dir, 'out', 'team-a', 'ana', '2026-09-plan.docx')), 'word/header1.xml');
    expect(header).toContain(title);
  });

  test('format, output folder and embedded fonts: the config replaces the defaults, the command line the config', () => {
    const config = 'format: pdf\nout: documents\nembedFonts: false\n';
    const fromConfig = project(config);
    expect(cli(['plan', 'team-a/ana/2026-09.md'], {}, fromConfig).status).toBe(0);
    // The config's out is relative to the config's folder; only the PDF.
    expect(existsSync(join(fromConfig, 'documents', 'team-a', 'ana', '2026-09-plan.pdf'))).toBe(true);
    expect(existsSync(join(fromConfig, 'documents', 'team-a', 'ana', '2026-09-plan.docx'))).toBe(false);
    expect(existsSync(join(fromConfig, 'out'))).toBe(false);

    const overridden = project(config);
    expect(cli(['plan', 'team-a/ana/2026-09.md', '--format', 'docx', '--out', 'mine'], {}, overridden).status).toBe(0);
    const docx = join(overridden, 'mine', 'team-a', 'ana', '2026-09-plan.docx');
    expect(existsSync(docx)).toBe(true);
    expect(existsSync(join(overridden, 'documents'))).toBe(false);
    // embedFonts: false still holds, as nothing on the command line said otherwise.
    return docxParts(readFileSync(docx)).then((parts) => expect(parts.filter((p) => p.startsWith('word/fonts/'))).toEqual([]));
  });

  test('--config names the file; the one beside the notes is then not read', () => {
    const dir = project('format: pdf\n');
    writeFileSync(join(dir, 'other.yml'), 'format: docx\nout: other-out\n');
    expect(cli(['plan', 'team-a/ana/2026-09.md', '--config', 'other.yml'], {}, dir).status).toBe(0);
    expect(existsSync(join(dir, 'other-out', 'team-a', 'ana', '2026-09-plan.docx'))).toBe(true);
    expect(existsSync(join(dir, 'other-out', 'team-a', 'ana', '2026-09-plan.pdf'))).toBe(false);
  });
});

test('a bad config stops the run with its file, line, field and a hint, before anything is written', () => {
  const dir = project('theme:\n  page: A5\n  logo: brand/missing.png\n');
  const r = cli(['plan', 'team-a/ana/2026-09.md'], {}, dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toBe(['workplan: the config file cannot be used:', 'workplan.config.yaml:2:9  error theme.page: must be one of: A4, Letter (found "A5")', '    hint: did you mean "A4"?', ''].join('\n'));
  expect(existsSync(join(dir, 'out'))).toBe(false);
  // validate checks the config as well as the notes.
  const validate = cli(['validate', 'team-a'], {}, dir);
  expect(validate.status).toBe(1);
  expect(validate.stderr).toContain('workplan.config.yaml:2:9  error theme.page: must be one of: A4, Letter (found "A5")');
  const missing = cli(['plan', 'team-a/ana/2026-09.md'], {}, project('theme:\n  logo: brand/missing.png\n'));
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/^workplan\.config\.yaml:2:9 {2}error theme\.logo: cannot be found \(looked for .*brand\/missing\.png\)$/m);
});
