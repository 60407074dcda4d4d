/** For --verbose: which template and label files a run with --templates uses, so a shadowing file is never a surprise. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { detail, verbosity } from './verbosity.js';

const TEMPLATES = ['monthly-plan', 'annual-summary', 'team-rollup'];

export function describeTemplateSources(templatesDir: string | undefined): void {
  if (verbosity() !== 'verbose') return;
  if (!templatesDir) return detail('templates and labels: the built-in ones');
  const shown = (file: string) => relative(process.cwd(), file) || file;
  for (const name of TEMPLATES) {
    const file = join(templatesDir, `${name}.md.hbs`);
    detail(`template ${name}: ${existsSync(file) ? shown(file) : 'built-in'}`);
  }
  const labels = join(templatesDir, 'labels');
  const files = existsSync(labels) ? readdirSync(labels).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
  detail(files.length ? `labels: ${files.map((f) => shown(join(labels, f))).join(', ')} over the built-in ones` : 'labels: the built-in ones');
}
