/**
 * The Handlebars environment that fills templates. Our output language is Markdown, not HTML, so
 * `{{x}}` must escape for Markdown. Handlebars reads its escape function from a module shared by
 * every instance, so it is replaced once, here, for the whole process; `{{{x}}}` stays raw.
 */
import Handlebars from 'handlebars';
import type { LocaleKit } from '../locale/index.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { escapeMarkdown } from './escape-markdown.js';
import { registerHelpers } from './helpers.js';
import { TemplateError } from './template-error.js';
import { checkFields } from './check-fields.js';
import type { AnyShape } from './view-shapes.js';
import { loadPartials, type PartialSource } from './load-template.js';

(Handlebars.Utils as { escapeExpression: (s: unknown) => string }).escapeExpression = (value: unknown): string => {
  if (value == null || value === false) return '';
  if (value instanceof Handlebars.SafeString) return value.toString();
  return escapeMarkdown(String(value));
};

export type Render = (view: object) => string;

interface Environment {
  hb: typeof Handlebars;
  /** Templates compiled in this environment, with their partials, by file and text. */
  compiled: Map<string, Render>;
  /** Each template and partial compiled alone, by file and text. */
  delegates: Map<string, HandlebarsTemplateDelegate>;
}

// One environment per kit, not per language: a templates folder's label file makes a kit of its own.
const environments = new WeakMap<LocaleKit, Environment>();

function environment(kit: LocaleKit): Environment {
  let env = environments.get(kit);
  if (!env) {
    const hb = Handlebars.create();
    registerHelpers(hb, kit);
    environments.set(kit, (env = { hb, compiled: new Map(), delegates: new Map() }));
  }
  return env;
}

/**
 * Compiles a template once per locale, with the partials it may call; errors name the template
 * file and line. `spec` is the build's precompiled form of `source` (a built-in template): it is
 * only bound to the locale's helpers, not parsed and compiled again. `shape` is the view's shape,
 * against which a template from the user's folder is checked before it is used.
 */
export function compileTemplate(file: string, source: string, kit: LocaleKit, spec?: TemplateSpecification, shape?: AnyShape, partialSources: readonly PartialSource[] = loadPartials()): Render {
  const env = environment(kit);
  const key = `${file}\0${source}\0${partialSources.map((p) => p.file).join('\0')}`;
  const hit = env.compiled.get(key);
  if (hit) return hit;
  const template = compileOne(env, kit, file, source, spec, shape);
  // Partials are handed to each render rather than registered: a user's folder may shadow them.
  const partials = Object.fromEntries(partialSources.map((p) => [p.name, compileOne(env, kit, p.file, p.source, p.spec)]));
  const render: Render = (view) => {
    try {
      // Fresh counters for {{section}} and {{subsection}}: every document numbers from 一 (1).
      return template(view, { allowProtoPropertiesByDefault: false, partials, data: { numbering: { section: 0, subsection: 0 } } });
    } catch (error) {
      throw new TemplateError(file, lineOf(error), `template failed: ${firstLine(error)}`, { cause: error });
    }
  };
  env.compiled.set(key, render);
  return render;
}

/** One template or partial, compiled once per environment; errors name its file and line. */
function compileOne(env: Environment, kit: LocaleKit, file: string, source: string, spec?: TemplateSpecification, shape?: AnyShape): HandlebarsTemplateDelegate {
  const key = `${file}\0${source}`;
  let template = env.delegates.get(key);
  if (template) return template;
  try {
    if (spec) template = env.hb.template(spec);
    else {
      // Parse eagerly so syntax errors surface here, with a line, not on first use.
      env.hb.parse(source);
      // A field, helper or label that does not exist fails here, whichever path a note takes.
      // Built-in templates arrive precompiled and are checked by the tests instead.
      if (shape) checkFields(source, { file, shape, helpers: new Set(Object.keys(env.hb.helpers)), hasLabel: (label) => kit.has(label), language: kit.locale });
      template = env.hb.compile(source, COMPILE_OPTIONS);
    }
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(file, lineOf(error), `template cannot be read: ${firstLine(error)}`, { cause: error });
  }
  env.delegates.set(key, template);
  return template;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function lineOf(error: unknown): number | undefined {
  const m = /line (\d+)/i.exec(error instanceof Error ? error.message : '');
  if (m) return Number(m[1]);
  const hbLine = (error as { lineNumber?: number }).lineNumber;
  return typeof hbLine === 'number' ? hbLine : undefined;
}
