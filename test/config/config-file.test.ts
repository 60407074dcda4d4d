import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, findConfig, loadConfigFile } from '../../src/config/find-config.js';
import { points, themeFromConfig, tint } from '../../src/config/theme-from-config.js';
import { fillHeader } from '../../src/pipeline/document-meta.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { ROOT } from '../helpers/cli.js';

const LOGO = join(ROOT, 'test', 'fixtures', 'theme', 'logo.png');
const SVG_LOGO = join(ROOT, 'test', 'fixtures', 'theme', 'logo.svg');
const JPG_LOGO = join(ROOT, 'test', 'fixtures', 'theme', 'logo.jpg');

/** A fresh folder with the given files (name → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The diagnostics a config raises, as "line field: message" (the file is always the config). */
async function problems(load: () => Promise<unknown>): Promise<string[]> {
  try {
    await load();
  } catch (error) {
    if (error instanceof ConfigError) return error.diagnostics.sort((a, b) => a.line - b.line).map((d) => `${d.line} ${d.field}: ${d.message}${d.hint ? ` | ${d.hint}` : ''}`);
    throw error;
  }
  return [];
}

async function themeProblems(yaml: string, extra: Record<string, string> = {}): Promise<string[]> {
  const dir = folder({ 'workplan.config.yaml': yaml, ...extra });
  return problems(async () => themeFromConfig((await findConfig(dir))!));
}

describe('finding the config', () => {
  test('searched from the notes folder upward: the nearest folder with one wins, a file of its own before package.json', async () => {
    const dir = folder({
      'package.json': JSON.stringify({ name: 'x', workplan: { format: 'docx' } }),
      'team/workplan.config.yml': 'format: pdf\n',
      'team/package.json': JSON.stringify({ name: 'y', workplan: { format: 'docx' } }),
      'team/rep/rep.md': '---\nname: A\n---\n',
      'other/rep/rep.md': '---\nname: B\n---\n',
    });
    expect((await findConfig(join(dir, 'team', 'rep')))?.file).toBe(join(dir, 'team', 'workplan.config.yml'));
    expect((await findConfig(join(dir, 'team', 'rep')))?.settings).toEqual({ format: 'pdf' });
    const fromPackage = await findConfig(join(dir, 'other', 'rep'));
    expect(fromPackage?.file).toBe(join(dir, 'package.json'));
    expect(fromPackage?.settings).toEqual({ format: 'docx' });
  });

  test('a package.json without a "workplan" key is passed by; no config anywhere is no config', async () => {
    const dir = folder({ 'package.json': '{"name": "x"}', 'rep/rep.md': '' });
    expect(await findConfig(join(dir, 'rep'))).toBeUndefined();
  });

  test('--config names a file; a JavaScript config is refused, not run', async () => {
    const dir = folder({ 'look.yaml': 'locale: ko\n', 'workplan.config.js': 'process.exit(9)\n' });
    expect((await loadConfigFile(join(dir, 'look.yaml'))).settings).toEqual({ locale: 'ko' });
    expect(await problems(() => loadConfigFile(join(dir, 'workplan.config.js')))).toEqual([
      '0 : is not a config file workplan reads | a config is JSON or YAML data: name it workplan.config.json, .yaml or .yml (JavaScript configs are not run)',
    ]);
    expect((await problems(() => loadConfigFile(join(dir, 'missing.yaml'))))[0]).toMatch(/^0 : cannot be found or read/);
  });

  test('mistakes are reported at their line, in JSON and in package.json too', async () => {
    const json = folder({ 'workplan.config.json': '{\n  "format": "pdf",\n  "theem": {}\n}\n' });
    expect(await problems(() => findConfig(json))).toEqual(['3 theem: "theem" is not a known field | did you mean "theme"?']);
    const pkg = folder({ 'package.json': '{\n  "name": "x",\n  "workplan": {\n    "locale": "jp"\n  }\n}\n' });
    expect(await problems(() => findConfig(pkg))).toEqual(['4 workplan.locale: must be one of: en, zh-CN, zh-TW, ko | replace "jp" with the one of these words that fits, spelled as listed; a language of your own (labels/<language>.yaml in a templates folder) is chosen with --locale on the command line']);
    const yaml = folder({ 'workplan.config.yaml': 'format: pdf\nformat: docx\n' });
    expect((await problems(() => findConfig(yaml)))[0]).toMatch(/^2 : YAML cannot be read/);
  });

  test('the keys `workplan build` reads may share the file', async () => {
    const dir = folder({ 'workplan.config.json': JSON.stringify({ year: 2026, plans: ['data/*/*/2026-*.md'], jobs: 2, format: 'pdf' }) });
    expect((await findConfig(dir))?.settings.format).toBe('pdf');
  });
});

describe('the theme a config describes', () => {
  test('page size, margins, type size, accent and header text', async () => {
    const dir = folder({
      'workplan.config.yaml': ['theme:', '  organisation: Acme Support', '  header: "{org} · {kind} · {period}"', '  accent: "#C2410C"', '  page: Letter', '  margins: {top: 25mm, left: 0.75in, right: 2cm}', '  fontSize: 11', ''].join('\n'),
    });
    const theme = await themeFromConfig((await findConfig(dir))!);
    expect(theme.page.width).toBe(612);
    expect(theme.page.height).toBe(792);
    // 25 mm = 70.87 pt; 0.75 in = 54 pt; 2 cm = 56.69 pt; the bottom keeps the default 60.
    expect(theme.page.margin.top).toBeCloseTo(70.866, 3);
    expect(theme.page.margin.left).toBe(54);
    expect(theme.page.margin.right).toBeCloseTo(56.693, 3);
    expect(theme.page.margin.bottom).toBe(60);
    // 11 / 10.5 of each default size, to the half point: h1 20 → 20.95 → 21, small 8.5 → 8.90 → 9.
    expect(theme.size).toEqual({ body: 11, small: 9, h1: 21, h2: 14.5, h3: 12.5, h4: 11.5 });
    expect(theme.colors.accent).toBe('#c2410c');
    // 10% of #c2410c over white: 255 − (255 − 194) × 0.1 = 248.9 → f9, 236 → ec, 230.7 → e7.
    expect(theme.colors.tableHeader).toBe('#f9ece7');
    expect(theme.organisation).toBe('Acme Support');
    expect(theme.header).toBe('{org} · {kind} · {period}');
    // Everything not named keeps the default.
    expect(theme.colors.met).toBe(defaultTheme.colors.met);
    expect(theme.faceNames).toEqual(defaultTheme.faceNames);
  });

  test('no theme section is the default theme itself', async () => {
    const dir = folder({ 'workplan.config.yaml': 'format: pdf\n' });
    expect(await themeFromConfig((await findConfig(dir))!)).toBe(defaultTheme);
  });

  test('a logo is read by its bytes: PNG size from its header, SVG rasterised with its source kept', async () => {
    const dir = folder({ 'workplan.config.yaml': 'theme:\n  logo: brand/logo.png\n' });
    mkdirSync(join(dir, 'brand'));
    copyFileSync(LOGO, join(dir, 'brand', 'logo.png'));
    const png = await themeFromConfig((await findConfig(dir))!);
    expect(png.logo).toMatchObject({ type: 'png', pixelWidth: 360, pixelHeight: 120 });
    expect(png.logo?.svg).toBeUndefined();
    const svgDir = folder({ 'workplan.config.yaml': `theme:\n  logo: ${SVG_LOGO}\n` });
    const svg = await themeFromConfig((await findConfig(svgDir))!);
    // 120 × 40 drawn 256 pixels tall: 768 wide.
    expect(svg.logo).toMatchObject({ type: 'png', pixelWidth: 768, pixelHeight: 256 });
    expect(svg.logo?.svg?.toString()).toContain('<svg');
    // A JPEG's size comes from its start-of-frame segment (a 90 × 30 crop of a page).
    const jpgDir = folder({ 'workplan.config.yaml': `theme:\n  logo: ${JPG_LOGO}\n` });
    expect((await themeFromConfig((await findConfig(jpgDir))!)).logo).toMatchObject({ type: 'jpg', pixelWidth: 90, pixelHeight: 30 });
  });

  test('bad values are errors at their line and field, in plain words with a hint', async () => {
    const yaml = [
      'theme:', //                         1
      '  page: A5', //                     2
      '  accent: red', //                  3
      '  margins:', //                     4
      '    top: 20', //                    5
      '    left: 1mm', //                  6
      '  header: "{org} · {name}"', //     7
      '  logo: missing.png', //            8
      '  fontSize: 30', //                 9
      '',
    ].join('\n');
    expect(await themeProblems(yaml)).toEqual([
      '2 theme.page: must be one of: A4, Letter | did you mean "A4"?',
      '3 theme.accent: is not a colour | write it as # and six hex digits, in quotes, e.g. "#0b5cad"',
      '5 theme.margins.top: is not a length | write a number with its unit: mm, cm, in or pt, e.g. "20mm"',
      '7 theme.header: names a field the header does not have | the header can show {org}, {who}, {team}, {kind}, {period}',
      '9 theme.fontSize: must be at most 16 | write 16 or less',
    ]);
    // The files and sizes are checked once the values are well formed.
    const files = await themeProblems(['theme:', '  margins:', '    left: 1mm', '  logo: missing.png', '  fonts:', '    latin: {regular: fonts/none.ttf}', '    sc: {regular: logo.png}', ''].join('\n'), { 'logo.png': 'not a picture' });
    expect(files.map((p) => p.replace(/\(looked for [^)]*\)/, '(looked for …)'))).toEqual([
      '3 theme.margins.left: is too narrow for a printer | make it at least 5mm',
      '4 theme.logo: cannot be found (looked for …) | paths in a config are relative to the config file’s folder',
      '6 theme.fonts.latin.regular: cannot be found (looked for …) | paths in a config are relative to the config file’s folder',
      '7 theme.fonts.sc.regular: is not a font file | give a TrueType (.ttf) or OpenType (.otf) font',
    ]);
  });

  test('a type size written as text is told it is points, not a metric', async () => {
    const hint = 'write the body text size in points as a bare number, e.g. fontSize: 11 (from 7 to 16; no quotes, no "pt")';
    expect(await themeProblems('theme:\n  fontSize: "11"\n')).toEqual([`2 theme.fontSize: must be a plain number | ${hint}`]);
    expect(await themeProblems('theme:\n  fontSize: 11pt\n')).toEqual([`2 theme.fontSize: must be a number, not text | ${hint}`]);
  });

  test('a Latin font given for Chinese is refused at its line, not drawn as empty boxes', async () => {
    const latin = join(ROOT, 'fonts', 'NotoSans-Regular.ttf');
    expect(await themeProblems(`theme:\n  fonts:\n    latin: {regular: ${latin}}\n    sc: {regular: ${latin}}\n`)).toEqual([
      '4 theme.fonts.sc.regular: has no Simplified Chinese characters (none for 工 作 计 划 总 结) | give a font made for Simplified Chinese text here, or name this font under the slot of its own script',
    ]);
  });

  test('an unquoted colour is a YAML comment: said so', async () => {
    expect(await themeProblems('theme:\n  accent: #c2410c\n')).toEqual(['2 theme.accent: is empty: YAML reads an unquoted # as the start of a comment | put the colour in quotes, e.g. accent: "#0b5cad"']);
  });

  test('a logo that is not a picture, and one too tall for the top margin', async () => {
    expect(await themeProblems('theme:\n  logo: logo.txt\n', { 'logo.txt': 'hello' })).toEqual(['2 theme.logo: is not a PNG, JPEG or SVG picture | give a PNG, JPEG or SVG file']);
    // The default top margin is 64 pt: a 48-point logo needs 68.
    expect(await themeProblems(`theme:\n  logo: ${LOGO}\n  logoHeight: 48pt\n`)).toEqual(['3 theme.logoHeight: leaves no room for a logo 48 points tall above the text | make the top margin at least 24mm, or the logo smaller']);
  });
});

test('lengths in points', () => {
  expect(points('25.4mm')).toBeCloseTo(72, 9);
  expect(points('1in')).toBe(72);
  expect(points('2.54cm')).toBeCloseTo(72, 9);
  expect(points(' 54pt ')).toBe(54);
  expect(tint('#000000', 0.5)).toBe('#808080');
});

describe('the header text', () => {
  const fields = { org: 'Acme', who: 'Ana Park', team: 'Team A', kind: 'Monthly work plan', period: 'September 2026' };
  test('the default header is the one before themes when there is no organisation', () => {
    expect(fillHeader(defaultTheme.header, { ...fields, org: undefined })).toBe('Ana Park · Team A · Monthly work plan · September 2026');
    expect(fillHeader(defaultTheme.header, fields)).toBe('Acme · Ana Park · Team A · Monthly work plan · September 2026');
  });
  test('an empty part drops with its separator; text around the fields stays', () => {
    expect(fillHeader('{org} · {team} · {kind} ({period})', { ...fields, team: undefined })).toBe('Acme · Monthly work plan (September 2026)');
  });
});
