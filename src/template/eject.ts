/**
 * `workplan templates eject`: the built-in templates and every language's labels, as files to edit.
 * A templates folder holding them shadows the built-in ones file by file (load-template.ts,
 * label-files.ts), so a team keeps only what it changed, or everything, as it likes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { BUILTIN_LABELS } from '../locale/index.js';
import { BUILTIN_TEMPLATES } from './load-template.js';
import { LABELS_FOLDER } from './label-file-path.js';

export type LabelFormat = 'yaml' | 'json';

export interface EjectedFile {
  file: string;
  text: string;
}

/** The files `eject` writes into `dir`: each built-in template, and labels/<locale>.<format> per language. */
export function ejectedFiles(dir: string, format: LabelFormat): EjectedFile[] {
  const templates = readdirSync(BUILTIN_TEMPLATES)
    .filter((n) => n.endsWith('.md.hbs'))
    .sort()
    .map((name) => ({ file: join(dir, name), text: readFileSync(join(BUILTIN_TEMPLATES, name), 'utf8') }));
  const labels = Object.entries(BUILTIN_LABELS).map(([locale, table]) => ({ file: join(dir, LABELS_FOLDER, `${locale}.${format}`), text: labelText(locale, table, format) }));
  return [...templates, ...labels];
}

function labelText(locale: string, table: object, format: LabelFormat): string {
  if (format === 'json') return `${JSON.stringify(table, null, 2)}\n`;
  // The header is the only help a person editing the file gets: what it is, and the two rules.
  const header = [
    `# The labels of the ${locale} documents: every heading, column and phrase workplan writes.`,
    '# Change the text after a key; keep the {names} in braces (workplan fills them in).',
    '# Lines you delete fall back to the built-in text. For a new language, copy this file',
    '# to labels/<language>.yaml (for example ja.yaml), translate it and pass --locale <language>.',
  ];
  return `${header.join('\n')}\n${stringify(table, { lineWidth: 0 })}`;
}
