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
import { loadPartials, type PartialSource } from './load-template.js';

(Handlebars.Utils as { escapeExpression: (s: unknown) => string }).escapeExpression = (value: unknown): string => {
  if (value == null || value === false) return '';
  if (value instanceof Handlebars.SafeString) return value.toString();
  return escapeMarkdown(String(value));
};

export type Render = (view: object) => string;

const environments = new Map<string, typeof Handlebars>();
const compiled = new Map<string, Render>();
const delegates = new Map<string, HandlebarsTemplateDelegate>();

function environment(kit: LocaleKit): typeof Handlebars {
  let hb = environments.get(kit.locale);
  if (!hb) {
    hb = Handlebars.create();
    registerHelpers(hb, kit);
    environments.set(kit.locale, hb);
  }
  return hb;
}

/**
 * Compiles a template once per locale; errors name the template file and line. `spec` is the
 * build's precompiled form of `source` (a built-in template): it is only bound to the locale's
 * helpers, not parsed and compiled again.
 */
export function compileTemplate(file: string, source: string, kit: LocaleKit, spec?: TemplateSpecification, partialSources: readonly PartialSource[] = loadPartials()): Render {
  const key = `${kit.locale}\0${file}\0${source.length}\0${source}\0${partialSources.map((p) => p.file).join('\0')}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const hb = environment(kit);
  const template = compileOne(hb, kit, file, source, spec);
  // Partials are handed to each render rather than registered: a user's folder may shadow them.
  const partials = Object.fromEntries(partialSources.map((p) => [p.name, compileOne(hb, kit, p.file, p.source, p.spec)]));
  const render: Render = (view) => {
    try {
      return template(view, { allowProtoPropertiesByDefault: false, partials });
    } catch (error) {
      throw new TemplateError(file, lineOf(error), `template failed: ${firstLine(error)}`, { cause: error });
    }
  };
  compiled.set(key, render);
  return render;
}

/** One template or partial, compiled once per locale; errors name its file and line. */
function compileOne(hb: typeof Handlebars, kit: LocaleKit, file: string, source: string, spec?: TemplateSpecification): HandlebarsTemplateDelegate {
  const key = `${kit.locale}\0${file}\0${source}`;
  let template = delegates.get(key);
  if (template) return template;
  try {
    if (spec) template = hb.template(spec);
    else {
      // Parse eagerly so syntax errors surface here, with a line, not on first use.
      hb.parse(source);
      template = hb.compile(source, COMPILE_OPTIONS);
    }
  } catch (error) {
    throw new TemplateError(file, lineOf(error), `template cannot be read: ${firstLine(error)}`, { cause: error });
  }
  delegates.set(key, template);
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
