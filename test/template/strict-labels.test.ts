import { describe, expect, test } from 'vitest';
import { compileTemplate } from '../../src/template/environment.js';
import { localeKit } from '../../src/locale/index.js';
import { TemplateError } from '../../src/template/template-error.js';
import { cli } from '../helpers/cli.js';

describe('a template that names a label that does not exist fails, with its line', () => {
  test('in every locale', () => {
    for (const locale of ['en', 'zh-CN', 'zh-TW', 'ko'] as const) {
      const render = compileTemplate(`labels-${locale}.hbs`, '# {{t "section.goals"}}\n\n{{t "section.goalz"}}\n', localeKit(locale));
      let error: unknown;
      try {
        render({});
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).line).toBe(3);
      expect((error as Error).message).toContain(`there is no label "section.goalz" in ${locale}`);
    }
  });
});

describe('--templates', () => {
  test('a folder that does not exist is an input error, not a silent fallback', () => {
    const r = cli(['plan', 'data/service-desk/li-na/2026-09.md', '--templates', 'no-such-folder', '--out', '/tmp/workplan-none']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--templates "no-such-folder" is not a folder');
  });
});
