/** Partials (templates/_<name>.md.hbs) shared by several templates, and a user's folder shadowing them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileTemplate } from '../../src/template/environment.js';
import { loadPartials } from '../../src/template/load-template.js';
import { localeKit } from '../../src/locale/index.js';

const stages = [{ stage: 'fresh', count: 1 }, { stage: 'growth', count: 0 }];

describe('partials', () => {
  test('the built-in ones, by the name templates call them', () => {
    expect(loadPartials().map((p) => p.name)).toEqual(['burnout-signs', 'goal-groups', 'stage-support', 'team-trend']);
  });

  test('a built-in partial fills in its caller\'s view', () => {
    // Helpers' text is made literal for Markdown (a backslash before each mark); read without them.
    const out = compileTemplate('t.md.hbs', 'before\n{{> stage-support}}\nafter\n', localeKit('en'))({ stages }).replace(/\\/g, '');
    expect(out).toBe(`before\n- **Fresh (months 1–3)**: ${localeKit('en').t('stage.fresh.manage')}\nafter\n`);
  });

  test("a user's partial of the same name shadows the built-in one; the others stay", () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-partials-'));
    writeFileSync(join(dir, '_stage-support.md.hbs'), '{{#each stages}}{{#if count}}* {{stage stage}}\n{{/if}}{{/each}}');
    const partials = loadPartials(dir);
    expect(partials.find((p) => p.name === 'stage-support')!.file).toBe(join(dir, '_stage-support.md.hbs'));
    expect(partials.find((p) => p.name === 'goal-groups')!.file).not.toContain(dir);
    const out = compileTemplate('u.md.hbs', '{{> stage-support}}', localeKit('ko'), undefined, undefined, partials)({ stages }).replace(/\\/g, '');
    expect(out).toBe('* 적응기 (1–3개월)\n');
  });
});
