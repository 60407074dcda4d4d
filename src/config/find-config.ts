/**
 * Finds and reads the config file. lilconfig walks from the notes' folder up to the home folder
 * (or the file system's root) and takes the first folder that has one of SEARCH_PLACES, in that
 * order; `--config FILE` names the file instead.
 *
 * Only data is read: workplan.config.json, .yaml, .yml, or a "workplan" key in package.json, all
 * through the guarded YAML reader the notes use (JSON is YAML 1.2), so a mistake is reported at its
 * line. A workplan.config.js is never loaded: searching upward from a notes folder would run
 * whatever code sits in a folder above it, and nothing a config says needs code.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { lilconfigSync, type LilconfigResult } from 'lilconfig';
import type { Diagnostic } from '../notes/diagnostic.js';
import { explainIssues } from '../notes/explain.js';
import { readYaml, type YamlRead } from '../notes/read-yaml.js';
import { isTextField } from '../notes/zod-walk.js';
import { wordConfigIssues } from './config-messages.js';
import { packageSchema, settingsSchema, type Settings } from './schema.js';

/** The config files looked for in each folder, first wins: a file of its own before package.json. */
export const SEARCH_PLACES = ['workplan.config.json', 'workplan.config.yaml', 'workplan.config.yml', 'package.json'];

/** A config file that cannot be used: every problem found, each at its line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}: ${d.field ? `${d.field}: ` : ''}${d.message}`).join('\n'));
  }
}

export interface ConfigFile {
  file: string;
  settings: Settings;
  /** Where the setting at a path (inside the settings, without package.json's "workplan") is written. */
  at(path: readonly (string | number)[]): { line: number; column: number };
  /** Values read, but likely not as meant (a leading zero, a comment cutting text). */
  warnings: Diagnostic[];
}

const isPackageJson = (file: string) => basename(file) === 'package.json';

/** Reads a file found by lilconfig, keeping its positions for the diagnostics raised after. */
function reader(reads: Map<string, YamlRead>) {
  return (file: string, content: string): unknown => {
    const schema = isPackageJson(file) ? packageSchema : settingsSchema;
    const yaml = readYaml(file, content, { isText: (path) => isTextField(schema, path) });
    if (!yaml.ok) {
      // Another tool's package.json that this reader refuses is no config of ours: search on.
      if (isPackageJson(file)) return {};
      throw new ConfigError(yaml.diagnostics);
    }
    reads.set(file, yaml);
    return yaml.data;
  };
}

// The synchronous explorer: the search tries four names in every folder up to the root, and the
// asynchronous one waits for the thread pool on each in turn (24 round trips for a notes folder
// five levels down, several milliseconds of a short command such as `validate`).
function explorer(reads: Map<string, YamlRead>) {
  const load = reader(reads);
  return lilconfigSync('workplan', {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.json': load, '.yaml': load, '.yml': load, noExt: load },
    packageProp: 'workplan',
    cache: false,
  });
}

/** The config for notes in `folder`, searching upward; undefined when there is none. */
export async function findConfig(folder: string): Promise<ConfigFile | undefined> {
  const reads = new Map<string, YamlRead>();
  return checked(explorer(reads).search(resolve(folder)), reads);
}

/** The config file named with --config. */
export async function loadConfigFile(file: string): Promise<ConfigFile> {
  const path = resolve(file);
  const where = { file, line: 0, column: 0, field: '', severity: 'error' as const };
  try {
    readFileSync(path);
  } catch {
    throw new ConfigError([{ ...where, message: 'cannot be found or read', hint: `check the path given to --config; workplan looks for ${SEARCH_PLACES.join(', ')} itself when --config is not given` }]);
  }
  if (!['.json', '.yaml', '.yml'].includes(extname(path))) {
    throw new ConfigError([{ ...where, message: 'is not a config file workplan reads', hint: 'a config is JSON or YAML data: name it workplan.config.json, .yaml or .yml (JavaScript configs are not run)' }]);
  }
  const reads = new Map<string, YamlRead>();
  const found = explorer(reads).load(path);
  const config = await checked(found, reads);
  if (!config) throw new ConfigError([{ ...where, message: 'has no "workplan" settings', hint: 'put the settings under a "workplan" key, or name a workplan.config.* file' }]);
  return config;
}

async function checked(found: LilconfigResult, reads: Map<string, YamlRead>): Promise<ConfigFile | undefined> {
  if (!found) return undefined;
  const file = found.filepath;
  const inPackage = isPackageJson(file);
  if (inPackage && found.config == null) return undefined;
  const yaml = reads.get(file);
  // An empty file (only given with --config: a search passes it by) sets nothing.
  if (!yaml) return { file, settings: {}, at: () => ({ line: 1, column: 1 }), warnings: [] };
  const schema = inPackage ? packageSchema : settingsSchema;
  const data = inPackage ? { ...(yaml.data as object), workplan: found.config } : found.config;
  const prefix = inPackage ? ['workplan'] : [];
  const warnings = yaml.warnings.filter((w) => !inPackage || w.field.startsWith('workplan'));
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) throw new ConfigError([...warnings, ...wordConfigIssues(explainIssues(result.error.issues, schema, yaml.located))]);
  const settings = inPackage ? (result.data as { workplan: Settings }).workplan : (result.data as Settings);
  return { file, settings, at: (path) => yaml.at([...prefix, ...path]), warnings };
}

/** The folder the config's relative paths start from. */
export const configFolder = (config: ConfigFile) => dirname(resolve(config.file));
