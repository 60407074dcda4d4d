/**
 * Lays a config file under a command's options. The order, lowest first:
 *
 *   built-in defaults < config file < the note (and profile, team) < the command line
 *
 * Commander knows where each option value came from: a value from the command line (or the
 * environment) is kept, a default is replaced by the config's. The config's `locale` is not the
 * `--locale` option: a note's `locale:` beats it, so it goes to the pipeline as the language to use
 * when the note, the profile and the team say nothing.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Locale } from '../notes/schema.js';
import type { Theme } from '../theme/theme.js';
import { configFolder, ConfigError, findConfig, loadConfigFile, type ConfigFile } from './find-config.js';
import { themeFromConfig } from './theme-from-config.js';

/** What the config adds to a command's options beyond the ones it sets. */
export interface FromConfig {
  theme?: Theme;
  defaultLocale?: Locale;
  /** The config file used, if any. */
  configFile?: string;
}

/** Where a search for the config starts: the first note or folder the command was given, else the working folder. */
export function searchStart(firstPath: string | undefined): string {
  if (firstPath === undefined || !existsSync(firstPath)) return process.cwd();
  return statSync(firstPath).isDirectory() ? firstPath : dirname(firstPath);
}

/** Reads the config for `command` (named by --config, or found) and sets its options from it; returns its warnings. */
export async function applyConfig(command: Command): Promise<Diagnostic[]> {
  const chosen = command.opts().config as string | false | undefined;
  if (chosen === false) return [];
  const config = typeof chosen === 'string' ? await loadConfigFile(chosen) : await findConfig(searchStart(command.args[0]));
  if (!config) return [];
  const { settings } = config;
  const folder = configFolder(config);
  const path = (p: string | undefined) => (p === undefined || isAbsolute(p) ? p : join(folder, p));
  checkFolders(config, path);
  setUnlessGiven(command, 'format', settings.format);
  setUnlessGiven(command, 'out', path(settings.out));
  setUnlessGiven(command, 'templates', path(settings.templates));
  setUnlessGiven(command, 'framework', path(settings.framework));
  setUnlessGiven(command, 'embedFonts', settings.embedFonts);
  const extra: FromConfig = { theme: await themeFromConfig(config), defaultLocale: settings.locale, configFile: config.file };
  for (const [key, value] of Object.entries(extra)) command.setOptionValueWithSource(key, value, 'config');
  return config.warnings;
}

/** Sets an option the command has from the config, unless the command line (or environment) gave it. */
export function setUnlessGiven(command: Command, key: string, value: unknown): void {
  if (value === undefined || !command.options.some((o) => o.attributeName() === key)) return;
  const source = command.getOptionValueSource(key);
  if (source === 'cli' || source === 'env') return;
  command.setOptionValueWithSource(key, value, 'config');
}

/** The folders a config names are checked as the command line's are (options.ts), but reported at the config's line. */
function checkFolders(config: ConfigFile, path: (p: string | undefined) => string | undefined): void {
  const problems: Diagnostic[] = [];
  const at = (field: string, message: string, hint: string, input: string) => problems.push({ file: config.file, ...config.at([field]), field, message, hint, input: JSON.stringify(input), severity: 'error' });
  const { out, templates } = config.settings;
  const outInfo = out === undefined ? undefined : statSync(path(out)!, { throwIfNoEntry: false });
  if (out !== undefined && outInfo && !outInfo.isDirectory()) at('out', 'is not a folder', 'give the folder for the documents (it is created if missing)', out);
  if (templates !== undefined && !statSync(path(templates)!, { throwIfNoEntry: false })?.isDirectory()) at('templates', 'is not a folder', `create it with "workplan templates ${templates}" (paths are relative to the config file's folder)`, templates);
  if (problems.length) throw new ConfigError(problems);
}
