/**
 * Labels from files: a templates folder may hold `labels/<language>.yaml` (or `.yml`, `.json`), one
 * flat mapping of label key to text. For a built-in language the file overrides the keys it names;
 * any other language (`ja`) is added by its file, without a change to workplan. Keys are checked:
 * a key workplan does not have is an error naming the key and the language, since the text would
 * never be shown. A new language that leaves keys out gets the English text for them, with a
 * warning listing them, so a half-done translation still renders and `--fail-on-warnings` catches it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_LABELS, localeKit, makeLocaleKit, type Labels, type LabelKey, type LocaleKit } from '../locale/index.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import { closest } from '../notes/did-you-mean.js';
import { readYaml } from '../notes/read-yaml.js';
import { LOCALES, type Language, type Locale } from '../notes/schema.js';
import { TemplateError } from './template-error.js';
import { LABELS_FOLDER, labelFileOf } from './label-file-path.js';

const KEYS = Object.keys(BUILTIN_LABELS.en) as LabelKey[];

export interface LabelsFor {
  kit: LocaleKit;
  /** Warnings about the label file (keys left in English, placeholders workplan does not fill). */
  diagnostics: Diagnostic[];
}

export const isBuiltinLocale = (language: string): language is Locale => (LOCALES as readonly string[]).includes(language);

const loaded = new Map<string, Promise<LabelsFor>>();

/** The locale kit of a language with the templates folder's labels, read once per process. */
export function labelsFor(language: Language, templatesDir?: string): Promise<LabelsFor> {
  const file = labelFileOf(templatesDir, language);
  if (!file) {
    if (isBuiltinLocale(language)) return Promise.resolve({ kit: localeKit(language), diagnostics: [] });
    return Promise.reject(new TemplateError(join(templatesDir ?? '.', LABELS_FOLDER, `${language}.yaml`), undefined, `there are no labels for the language "${language}"`));
  }
  let pending = loaded.get(file);
  if (!pending) {
    pending = readLabels(language, file);
    loaded.set(file, pending);
  }
  return pending;
}

/**
 * A label file's mistakes are not the template's: the generic "fix the template" hint would send
 * the user to the wrong file, so each says where the keys are listed.
 */
const EVERY_KEY_HINT = `every key workplan has is in ${LABELS_FOLDER}/en.yaml of "workplan templates eject"; delete a line to keep the built-in text`;

async function readLabels(language: Language, file: string): Promise<LabelsFor> {
  const read = readYaml(file, await readFile(file, 'utf8'));
  if (!read.ok) {
    const first = read.diagnostics[0]!;
    throw new TemplateError(file, first.line || undefined, first.message, { hint: first.hint ?? 'a label file is YAML: one "key: text" a line; quote a text that holds ": " or starts with { or #' });
  }
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new TemplateError(file, 1, `must be a mapping of label keys to text, such as "section.goals: 今月の目標"`, { hint: EVERY_KEY_HINT });
  }
  const own: Partial<Record<LabelKey, string>> = {};
  for (const [key, text] of Object.entries(data)) {
    const line = read.at([key]).line;
    if (!(KEYS as string[]).includes(key)) {
      const near = closest(key, KEYS);
      throw new TemplateError(file, line, `"${key}" is not a label workplan has (in ${language})${near ? `; did you mean "${near}"?` : ''}`, { hint: EVERY_KEY_HINT });
    }
    if (typeof text !== 'string') throw new TemplateError(file, line, `the label "${key}" (in ${language}) must be text, not ${text === null ? 'empty' : typeof text}; quote it if it looks like a number`, { hint: `write it as ${key}: "…" on one line, or delete the line to keep the built-in text` });
    own[key as LabelKey] = text;
  }
  const base = isBuiltinLocale(language) ? BUILTIN_LABELS[language] : BUILTIN_LABELS.en;
  const diagnostics: Diagnostic[] = [...read.warnings, ...unknownPlaceholders(own, read.at, file, language)];
  if (!isBuiltinLocale(language)) {
    const missing = KEYS.filter((k) => own[k] === undefined);
    if (missing.length) {
      diagnostics.push({
        file, line: 0, column: 0, field: '', severity: 'warning',
        message: `has no text in ${language} for ${missing.length} label${missing.length === 1 ? '' : 's'}, shown in English: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`,
        hint: `copy them from ${LABELS_FOLDER}/en.yaml of "workplan templates eject" and translate them`,
      });
    }
  }
  return { kit: makeLocaleKit(language, { ...base, ...own } as Labels), diagnostics };
}

/**
 * `{nam}` in a label is printed as written: the templates fill in the names the built-in labels of
 * that key use (in any language: the Chinese title names {name}, the English one does not).
 */
function unknownPlaceholders(own: Partial<Record<LabelKey, string>>, at: (path: string[]) => { line: number; column: number }, file: string, language: string): Diagnostic[] {
  // "{n}" and the argument of "{n, plural, one {…} other {…}}".
  const names = (text: string) => new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]!));
  const out: Diagnostic[] = [];
  for (const [key, text] of Object.entries(own) as [LabelKey, string][]) {
    const known = new Set(Object.values(BUILTIN_LABELS).flatMap((table) => [...names(table[key])]));
    for (const name of names(text)) {
      if (known.has(name)) continue;
      const { line, column } = at([key]);
      out.push({ file, line, column, field: key, severity: 'warning', input: `{${name}}`, message: `is not filled in by workplan, so it is printed as written (in ${language})`, hint: known.size ? `this label can use ${[...known].map((n) => `{${n}}`).join(', ')}` : 'this label takes no values' });
    }
  }
  return out;
}
