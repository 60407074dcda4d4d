/**
 * The theme a config file describes: the default theme with the config's organisation, logo,
 * header, accent colour, page size, margins, type size and fonts laid over it. Files (logo, fonts)
 * are read and checked here, once per run, so a missing or unusable one is an error at its line
 * in the config before anything is rendered.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import { defaultTheme, type FontFace, type FontFiles, type Theme } from '../theme/theme.js';
import { configFolder, ConfigError, type ConfigFile } from './find-config.js';
import type { FontCheck } from './read-font.js';
import { readLogo } from './read-logo.js';
import { LENGTH, type ThemeSettings } from './schema.js';

/** Page sizes in points. */
const PAGES = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const;
const POINTS_PER = { mm: 72 / 25.4, cm: 720 / 25.4, in: 72, pt: 1 } as const;
/** The running header sits 30 points above the text and the footer 22 below it (pdf/page-furniture.ts): room for them, with the logo. */
const MIN_TOP_BOTTOM = 36;
const MIN_SIDE = 14;

/** A checked length ("20mm") in points. */
export function points(length: string): number {
  const [, value, unit] = LENGTH.exec(length)!;
  return Number(value) * POINTS_PER[unit as keyof typeof POINTS_PER];
}

/** A colour mixed with white: `share` of the colour. The table header is a pale tint of the accent. */
export function tint(colour: string, share: number): string {
  const channel = (i: number) => Math.round(255 - (255 - parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16)) * share);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

export async function themeFromConfig(config: ConfigFile): Promise<Theme> {
  const settings = config.settings.theme;
  if (!settings) return defaultTheme;
  const problems: Diagnostic[] = [];
  const problem = (path: (string | number)[], message: string, hint: string, input?: string) =>
    problems.push({ file: config.file, ...config.at(['theme', ...path]), field: ['theme', ...path].join('.'), message, hint, input, severity: 'error' });
  const folder = configFolder(config);
  const fileAt = (path: string) => (isAbsolute(path) ? path : join(folder, path));
  const read = (path: (string | number)[], file: string): Buffer | undefined => {
    try {
      return readFileSync(fileAt(file));
    } catch {
      problem(path, `cannot be found (looked for ${fileAt(file)})`, 'paths in a config are relative to the config file’s folder');
      return undefined;
    }
  };

  const theme: Theme = { ...defaultTheme, page: { ...defaultTheme.page, ...PAGES[settings.page ?? 'A4'], margin: { ...defaultTheme.page.margin } }, colors: { ...defaultTheme.colors } };
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const given = settings.margins?.[side];
    if (typeof given === 'string') theme.page.margin[side] = points(given);
  }
  checkMargins(theme, settings, problem);
  if (settings.organisation !== undefined) theme.organisation = settings.organisation;
  if (settings.header !== undefined) theme.header = settings.header;
  if (typeof settings.accent === 'string') {
    theme.colors.accent = settings.accent.toLowerCase();
    theme.colors.tableHeader = tint(theme.colors.accent, 0.1);
  }
  if (settings.fontSize !== undefined) theme.size = scaledSizes(settings.fontSize);
  if (typeof settings.logoHeight === 'string') theme.logoHeight = points(settings.logoHeight);
  if (settings.logo !== undefined) {
    const bytes = read(['logo'], settings.logo);
    if (bytes) {
      const logo = await readLogo(fileAt(settings.logo), bytes);
      if (logo.ok) theme.logo = logo.logo;
      else problem(['logo'], logo.problem, 'give a PNG, JPEG or SVG file', JSON.stringify(settings.logo));
    }
  }
  if (theme.logo && theme.logoHeight > theme.page.margin.top - 20) problem([settings.logoHeight ? 'logoHeight' : 'margins'], `leaves no room for a logo ${Math.round(theme.logoHeight)} points tall above the text`, `make the top margin at least ${Math.ceil(((theme.logoHeight + 20) * 25.4) / 72)}mm, or the logo smaller`);
  if (settings.fonts) {
    // fontkit is loaded only for a config that names fonts.
    const { checkFont } = await import('./read-font.js');
    const { faceNames, docxFonts, fontFiles } = ownFonts(settings.fonts, { fileAt, read, problem, checkFont });
    theme.faceNames = faceNames;
    theme.docxFonts = docxFonts;
    theme.fontFiles = fontFiles;
  }
  if (problems.length) throw new ConfigError(problems);
  return theme;
}

/** Heading and small sizes keep their proportion to the body size, to the half point. */
function scaledSizes(body: number): Theme['size'] {
  const scale = body / defaultTheme.size.body;
  const half = (n: number) => Math.round(n * scale * 2) / 2;
  const { small, h1, h2, h3, h4 } = defaultTheme.size;
  return { body, small: half(small), h1: half(h1), h2: half(h2), h3: half(h3), h4: half(h4) };
}

type Problem = (path: (string | number)[], message: string, hint: string, input?: string) => void;

function checkMargins(theme: Theme, settings: ThemeSettings, problem: Problem): void {
  const { width, height, margin } = theme.page;
  const mm = (pt: number) => `${Math.ceil((pt * 25.4) / 72)}mm`;
  for (const side of ['top', 'bottom'] as const) {
    if (margin[side] < MIN_TOP_BOTTOM) problem(['margins', side], 'leaves no room for the running header and the page numbers', `make it at least ${mm(MIN_TOP_BOTTOM)}`, settings.margins?.[side] as string);
  }
  for (const side of ['left', 'right'] as const) {
    if (margin[side] < MIN_SIDE) problem(['margins', side], 'is too narrow for a printer', `make it at least ${mm(MIN_SIDE)}`, settings.margins?.[side] as string);
  }
  if (margin.left + margin.right > width / 2) problem(['margins'], 'leave less than half the page’s width for the text', 'make the left and right margins smaller');
  if (margin.top + margin.bottom > height / 2) problem(['margins'], 'leave less than half the page’s height for the text', 'make the top and bottom margins smaller');
}

/** Characters of each slot's script that every document uses (its title, 工作计划, 업무 계획…). */
const SLOT_SAMPLE = {
  latin: { script: 'Latin', text: 'AZaz09%' },
  sc: { script: 'Simplified Chinese', text: '工作计划总结' },
  tc: { script: 'Traditional Chinese', text: '工作計劃總結' },
  kr: { script: 'Korean', text: '업무계획' },
} as const;

/** Which theme face each config slot replaces; the emoji face stays Noto Emoji. */
const SLOT_FACE = { latin: 'latin', sc: 'sc', tc: 'tc', kr: 'kr' } as const satisfies Record<string, FontFace>;

/**
 * The user's fonts: each file checked, the face renamed to the font's family (the name a DOCX
 * asks Word for, and embeds it under), and every language that used the old face given the new.
 */
interface FontReading {
  fileAt: (p: string) => string;
  read: (path: (string | number)[], file: string) => Buffer | undefined;
  problem: Problem;
  checkFont: (bytes: Buffer, sample?: { script: string; text: string }) => FontCheck;
}

function ownFonts(fonts: NonNullable<ThemeSettings['fonts']>, { fileAt, read, problem, checkFont }: FontReading) {
  const faceNames = { ...defaultTheme.faceNames };
  const docxFonts = Object.fromEntries(Object.entries(defaultTheme.docxFonts).map(([lang, f]) => [lang, { ...f }]));
  const fontFiles: Partial<Record<FontFace, FontFiles>> = {};
  for (const [slot, files] of Object.entries(fonts) as [keyof typeof SLOT_FACE, FontFiles | undefined][]) {
    if (!files) continue;
    let family: string | undefined;
    for (const weight of ['regular', 'bold'] as const) {
      const file = files[weight];
      if (file === undefined) continue;
      const bytes = read(['fonts', slot, weight], file);
      if (!bytes) continue;
      const check = checkFont(bytes, SLOT_SAMPLE[slot]);
      if (!check.ok) problem(['fonts', slot, weight], check.problem, check.hint, JSON.stringify(file));
      else family ??= check.family;
    }
    if (!family) continue;
    const face = SLOT_FACE[slot];
    const old = faceNames[face];
    faceNames[face] = family;
    for (const f of Object.values(docxFonts)) {
      if (f.ascii === old) f.ascii = family;
      if (f.eastAsia === old) f.eastAsia = family;
    }
    fontFiles[face] = { regular: fileAt(files.regular), ...(files.bold ? { bold: fileAt(files.bold) } : {}) };
  }
  return { faceNames, docxFonts, fontFiles };
}
