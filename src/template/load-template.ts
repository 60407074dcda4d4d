/**
 * Finds a template by name: a same-named file in the user's templates folder shadows the built-in
 * one, so a manager can copy a template out, edit it and point --templates at it.
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiled } from './precompiled.js';
import { TemplateError } from './template-error.js';

/** The templates shipped with workplan (the repo's templates/ folder, two levels above this module). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export type TemplateName = 'monthly-plan' | 'annual-summary' | 'team-rollup' | 'team-plan';

export interface TemplateSource {
  file: string;
  source: string;
  /** The build's compiled form of a built-in template, when `source` is the very text it was compiled from. */
  spec?: TemplateSpecification;
}

const sources = new Map<string, Promise<TemplateSource>>();

/** Templates do not change during a run: each is found and read once per process, not once per document. */
export function loadTemplate(name: TemplateName, userDir?: string): Promise<TemplateSource> {
  const key = `${userDir ?? ''}\0${name}`;
  let pending = sources.get(key);
  if (!pending) {
    pending = findTemplate(name, userDir);
    sources.set(key, pending);
    pending.catch(() => sources.delete(key));
  }
  return pending;
}

async function findTemplate(name: TemplateName, userDir?: string): Promise<TemplateSource> {
  const fileName = `${name}.md.hbs`;
  const candidates = userDir ? [join(userDir, fileName), join(BUILTIN_TEMPLATES, fileName)] : [join(BUILTIN_TEMPLATES, fileName)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new TemplateError(candidates[0]!, undefined, `template "${fileName}" was not found`);
  const source = await readFile(file, 'utf8');
  return { file, source, spec: file === join(BUILTIN_TEMPLATES, fileName) ? precompiledSpec(name, source) : undefined };
}

/**
 * The precompiled form of a built-in template, unless templates/ was edited since the build: the
 * file is the source of truth, so a changed one is compiled at run time like a user's template.
 */
function precompiledSpec(name: string, source: string): TemplateSpecification | undefined {
  const entry = precompiled[name];
  if (!entry) return undefined;
  return createHash('sha256').update(source).digest('hex') === entry.sha256 ? entry.spec : undefined;
}


/** A partial: a piece of template shared by several (templates/_<name>.md.hbs), used as {{> name}}. */
export interface PartialSource extends TemplateSource {
  /** The name a template calls it by: the file's name without "_" and ".md.hbs". */
  name: string;
}

const PARTIAL_FILE = /^_([a-z0-9-]+)\.md\.hbs$/;
const partialSets = new Map<string, PartialSource[]>();

/**
 * Every partial, built-in or in the user's templates folder: a user's file of the same name shadows
 * the built-in one, as templates do. Read synchronously once per folder: a handful of small files.
 */
export function loadPartials(userDir?: string): PartialSource[] {
  const key = userDir ?? '';
  let set = partialSets.get(key);
  if (!set) {
    const files = new Map<string, string>();
    for (const dir of [BUILTIN_TEMPLATES, ...(userDir ? [userDir] : [])]) {
      for (const fileName of readdirSync(dir).filter((n) => PARTIAL_FILE.test(n)).sort()) files.set(fileName, join(dir, fileName));
    }
    set = [...files].map(([fileName, file]) => {
      const source = readFileSync(file, 'utf8');
      const builtin = file === join(BUILTIN_TEMPLATES, fileName);
      return { name: PARTIAL_FILE.exec(fileName)![1]!, file, source, spec: builtin ? precompiledSpec(fileName.slice(0, -'.md.hbs'.length), source) : undefined };
    });
    partialSets.set(key, set);
  }
  return set;
}
