/** Option parsing shared by the commands: formats, locales, jobs, the output folder, the build date. */
import { Option, type Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { labelFileOf } from '../template/label-file-path.js';
import type { Language, Locale } from '../notes/schema.js';
import type { Format } from '../output/paths.js';
import { InputError } from './errors.js';
import { reportDiagnostics } from './verbosity.js';

// The document languages, listed here rather than imported from notes/schema.ts so that --help
// does not load the note schemas (zod: about 60 ms of start-up). Typed as a record over Locale,
// so a locale missing here or unknown there fails to compile.
const LOCALE_SET: Record<Locale, true> = { en: true, 'zh-CN': true, 'zh-TW': true, ko: true };
const LOCALES = Object.keys(LOCALE_SET) as Locale[];

export const formatOption = () => new Option('-f, --format <format>', 'docx, pdf or both').choices(['docx', 'pdf', 'both']).default('both');
export const outOption = () => new Option('-o, --out <dir>', 'folder for the documents').default('out').argParser(outDirOf);
export const localeOption = () => new Option('-l, --locale <locale>', `language of the document, overriding notes and profile: ${LOCALES.join(', ')}, or one with labels/<locale>.yaml in the --templates folder`);
/** For commands that write notes: their comments exist in the built-in languages only. */
export const noteLocaleOption = (description = 'language of the notes written') => new Option('-l, --locale <locale>', description).choices([...LOCALES]);
/** Commander turns this into `embedFonts`, true unless the flag is given. */
export const embedFontsOption = () => new Option('--no-embed-fonts', 'leave the fonts out of the DOCX: a smaller file, but a reader without Noto sees the CJK text in a font of their own');
export const templatesOption = () =>
  new Option('-t, --templates <dir>', 'folder whose templates shadow the built-in ones by file name').argParser((dir: string) => {
    // A mistyped folder would silently fall back to the built-in templates.
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`--templates "${dir}" is not a folder; create it with "workplan templates eject ${dir}"`);
    return dir;
  });

export function formatsOf(value: string): Format[] {
  return value === 'both' ? ['docx', 'pdf'] : [value as Format];
}

/**
 * --locale, checked: a built-in locale, or a language the --templates folder has labels for
 * (labels/<locale>.yaml, .yml or .json), so an added language needs no change to workplan.
 */
export function localeOf(value: string | undefined, templatesDir?: string): Language | undefined {
  if (value === undefined) return undefined;
  if ((LOCALES as readonly string[]).includes(value)) return value;
  if (!labelFileOf(templatesDir, value)) {
    const where = templatesDir ? `, or add labels/${value}.yaml to ${templatesDir}` : `, or add a language with labels/${value}.yaml in a --templates folder`;
    throw new InputError(`unknown locale "${value}"; use one of ${LOCALES.join(', ')}${where}`);
  }
  return value;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const monthOption = (description: string) =>
  new Option('-m, --month <YYYY-MM>', description).argParser((v: string) => {
    if (!MONTH.test(v)) throw new InputError(`--month "${v}" is not a month; write YYYY-MM, e.g. 2026-09`);
    return v;
  });

/** The current month by the clock, in UTC: only commands that start notes ask for it. */
export function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/** --out must name a folder, existing or not: refused before anything is rendered, not at the first write. */
export function outDirOf(value: string): string {
  if (value.trim() === '') throw new InputError('--out is empty; give the folder for the documents, e.g. --out out');
  const info = statSync(value, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) throw new InputError(`--out ${value} is ${info.isFile() ? 'a file' : 'not a folder (a device or other special file)'}; give a folder for the documents (it is created if missing)`);
  return value;
}

/** The last second a four-digit year can show: PDF and DOCX dates have four-digit years. */
const MAX_EPOCH = 253402300799;

/** SOURCE_DATE_EPOCH, checked: whole seconds since 1970 up to the year 9999, or unset/empty. */
export function sourceDateEpochOf(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (!/^\d+$/.test(text) || Number(text) > MAX_EPOCH) {
    throw new InputError(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, at most ${MAX_EPOCH} (the end of 9999), not "${value}"; unset it to date documents from the notes`);
  }
  return text;
}

/**
 * A rendering command takes `--config FILE` and `--no-config`; the program runs `readConfig` before
 * the action of every command that has `--no-config` (src/cli/main.ts; `build`'s own --config names
 * its build list and has no --no-config). src/config/apply-config.ts says in which order config,
 * notes and options count; the action then finds `theme` and `defaultLocale` among its options.
 */
export const configOption = () => new Option('--config <file>', 'settings and theme from this file (default: workplan.config.json/.yaml/.yml, or "workplan" in package.json, searched from the notes\' folder upward)');
export const noConfigOption = () => new Option('--no-config', 'use no config file');

/** Whether `command` reads the config file: it has --no-config. */
export const readsConfig = (command: Command) => command.options.some((o) => o.long === '--no-config');

/**
 * Sets `action`'s options from the config file. The config reader is loaded on use: --help never
 * loads it. Its warnings go where every other warning goes, so --quiet and --fail-on-warnings count them.
 */
export async function readConfig(action: Command): Promise<void> {
  const { applyConfig } = await import('../config/apply-config.js');
  const { ConfigError } = await import('../config/find-config.js');
  const { formatDiagnostics } = await import('./report.js');
  try {
    reportDiagnostics(await applyConfig(action), false);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`the config file cannot be used:\n${formatDiagnostics(error.diagnostics)}`);
    throw error;
  }
}

