import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTemplate } from '../../src/template/environment.js';
import { localeKit } from '../../src/locale/index.js';
import { TemplateError } from '../../src/template/template-error.js';
import { VIEW_SHAPES } from '../../src/template/view-shapes.js';
import { BUILTIN_TEMPLATES, type TemplateName } from '../../src/template/load-template.js';

const plan = VIEW_SHAPES['monthly-plan'];

/** The TemplateError a template raises when compiled against the plan's fields, or undefined. */
function problem(source: string, locale: 'en' | 'zh-CN' | 'zh-TW' | 'ko' = 'en'): TemplateError | undefined {
  try {
    compileTemplate(`check-${Math.random()}.md.hbs`, source, localeKit(locale), undefined, plan);
    return undefined;
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
}

describe('the built-in templates name only fields, helpers and labels that exist', () => {
  for (const name of Object.keys(VIEW_SHAPES) as TemplateName[]) {
    test(name, () => {
      const source = readFileSync(join(BUILTIN_TEMPLATES, `${name}.md.hbs`), 'utf8');
      for (const locale of ['en', 'zh-CN', 'zh-TW', 'ko'] as const) {
        expect(() => compileTemplate(`${name}-${locale}.md.hbs`, source, localeKit(locale), undefined, VIEW_SHAPES[name])).not.toThrow();
      }
    });
  }
});

describe('a template that names something that does not exist fails at its line, whatever the note', () => {
  test('a misspelt field inside an {{#if}} a note may never enter', () => {
    const e = problem('# Plan\n\n{{#if supervisor}}\n{{supervisor.nmae}}\n{{/if}}\n');
    expect(e?.line).toBe(4);
    expect(e?.message).toBe('there is no field "supervisor.nmae" here');
    expect(e?.hint).toBe('did you mean "name"? fields here: comment, name, date');
  });

  test('a field passed to a helper, and one inside {{#each}} (the item is the context)', () => {
    expect(problem('{{value targt "percent"}}')?.message).toBe('there is no field "targt" here');
    const e = problem('{{#each metrics}}\n| {{name}} | {{latst}} |\n{{/each}}\n');
    expect(e?.line).toBe(2);
    expect(e?.message).toBe('there is no field "latst" here');
    expect(e?.hint?.startsWith('did you mean "latest"?')).toBe(true);
  });

  test('../, @root and block parameters reach the fields they name', () => {
    expect(problem('{{#each goals}}{{../month}}{{@root.teamName}}{{@index}}{{/each}}')).toBeUndefined();
    expect(problem('{{#each goals as |g i|}}{{g.title}}{{i}}{{/each}}')).toBeUndefined();
    expect(problem('{{#each goals}}{{../mnth}}{{/each}}')?.message).toBe('there is no field "mnth" here');
    expect(problem('{{#each goals as |g|}}{{g.titel}}{{/each}}')?.message).toBe('there is no field "titel" here');
    expect(problem('{{@foo}}')?.message).toBe('there is no data variable "@foo"');
  });

  test('a list has a length but no fields; a value has no fields', () => {
    expect(problem('{{#if goals.length}}x{{/if}}{{study.length}}')).toBeUndefined();
    expect(problem('{{goals.title}}')?.message).toBe('"goals.title": "goals" is a list, which has no field "title"');
    expect(problem('{{rep.name.first}}')?.message).toBe('"rep.name.first": "rep.name" is a value, which has no field "first"');
  });

  test('a helper that does not exist, and a label that does not exist in the language', () => {
    expect(problem('line 1\n{{valeu latest "percent"}}')?.message).toBe('there is no helper "valeu"');
    expect(problem('line 1\n{{valeu latest "percent"}}')?.hint).toBe('did you mean "value"?');
    // Nothing close: every helper a template can call, so the list is the index.
    expect(problem('{{shout rep.name}}')?.hint).toBe(
      'helpers: any, barCaption, blank, chart, concat, date, delta, direction, each, eq, if, inc, list, log, lookup, markdown, measure, month, months, pageBreak, paragraphs, percent, periodName, progressBar, rating, result, section, shortMonth, stage, stageFocus, stageSupport, status, subsection, t, unless, value, when, with',
    );
    const e = problem('# {{t "plan.title"}}\n\n## {{t "section.goalz"}}\n', 'ko');
    expect(e?.line).toBe(3);
    expect(e?.message).toBe('there is no label "section.goalz" in ko');
    expect(e?.hint?.startsWith('did you mean "section.goals"?')).toBe(true);
  });

  test('a helper\'s name still wins over a field of the same name, as Handlebars calls it', () => {
    // {{month}} alone is the month helper (with no argument), {{this.month}} the field.
    expect(problem('{{this.month}} {{month month}}')).toBeUndefined();
  });
});
