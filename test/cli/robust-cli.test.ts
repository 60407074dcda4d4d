import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { scratchTeam } from '../robust/helpers.js';

const plan = (folder: string) => join(folder, 'ana', '2026-09.md');

describe('bad paths and settings are input errors (exit 1), never a stack trace', () => {
  const out = mkdtempSync(join(tmpdir(), 'workplan-cli-'));
  const file = join(out, 'a-file');
  writeFileSync(file, 'x');
  test.each([
    [['--out', '/dev/null'], {}, 'workplan: --out /dev/null is not a folder (a device or other special file); give a folder for the documents (it is created if missing)'],
    [['--out', file], {}, `workplan: --out ${file} is a file; give a folder for the documents (it is created if missing)`],
    [['--out', ''], {}, 'workplan: --out is empty; give the folder for the documents, e.g. --out out'],
    [['--out', out], { SOURCE_DATE_EPOCH: 'abc' }, 'workplan: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, at most 253402300799 (the end of 9999), not "abc"; unset it to date documents from the notes'],
    [['--out', out], { SOURCE_DATE_EPOCH: '99999999999999' }, 'workplan: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, at most 253402300799 (the end of 9999), not "99999999999999"; unset it to date documents from the notes'],
  ])('plan %j %j', (args, env, message) => {
    const r = cli(['plan', plan(scratchTeam()), ...args], env as Record<string, string>);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.status).toBe(1);
  });

  test('a file where a rep folder of the output should be: the path and the cause, exit 1', () => {
    const where = mkdtempSync(join(tmpdir(), 'workplan-cli-'));
    mkdirSync(join(where, 'team-a'));
    writeFileSync(join(where, 'team-a', 'ana'), 'in the way');
    const r = cli(['plan', plan(scratchTeam()), '--out', where]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`workplan: cannot write ${join(where, 'team-a', 'ana')}: a file is in the way of a folder workplan needs\n    hint: remove or rename that file, or write elsewhere with --out\n`);
  });
});

describe('validate checks what plan would render', () => {
  test('a body nested 2000 deep fails validate and plan alike, at the same line', () => {
    const team = scratchTeam();
    const text = readFileSync(plan(team), 'utf8');
    writeFileSync(plan(team), `${text}\n${'> '.repeat(2000)}x\n`);
    const line = text.split('\n').length + 1;
    const expected = `${plan(team)}:${line}:1  error: lists and quotes are nested 2000 deep here, more than the 12 a document can hold`;
    const v = cli(['validate', team], {}, '/');
    const p = cli(['plan', plan(team), '--out', mkdtempSync(join(tmpdir(), 'workplan-cli-'))], {}, '/');
    expect([v.status, p.status]).toEqual([1, 1]);
    for (const r of [v, p]) expect(r.stderr.split('\n')).toContain(expected.slice(1));
  });

  test('validate team.md checks that file, and the reps that read it', () => {
    const team = scratchTeam();
    writeFileSync(join(team, 'team.md'), readFileSync(join(team, 'team.md'), 'utf8').replace('target: 85', 'target: -5'));
    const r = cli(['validate', join(team, 'team.md')], {}, team);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('team.md:10:13  error metrics[0].target: is outside what a percent metric can be (0 to 100) (found -5)\n    hint: a percent is a share of a whole, 0 to 100; for a change that can pass 100% use unit: rate\n');
  });
});

describe('batch', () => {
  test('two rep folders with one id: an error naming both, nothing written for either, exit 1; --jobs capped and said', () => {
    const team = scratchTeam();
    cpSync(join(team, 'ana'), join(team, 'ana-copy'), { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'workplan-cli-'));
    const r = cli(['batch', team, '--year', '2026', '--out', out, '--jobs', '64', '--format', 'docx'], {}, team);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('using 1 worker, not 64: there is only 1 document to render\n');
    expect(r.stderr).toContain('ana-copy/rep.md:2:5  error id: rep id "ana" of team "team-a" is also the id in ana; both would write the same documents, so neither is rendered nor counted in the team\'s figures (found "ana")\n');
    expect(r.stderr).toContain('ana/rep.md:2:5  error id: rep id "ana" of team "team-a" is also the id in ana-copy;');
    expect(r.stderr).toContain(`${team}  warning: gets no 2026 rollup: none of its reps could be summed up`);
    expect(existsSync(join(out, 'team-a'))).toBe(false);
  });

  test('a template error inside the pool keeps its kind: exit 2 with the template\'s file', () => {
    const team = scratchTeam();
    const templates = mkdtempSync(join(tmpdir(), 'workplan-tpl-'));
    writeFileSync(join(templates, 'annual-summary.md.hbs'), '# {{#if}}\n');
    const r = cli(['batch', team, '--year', '2026', '--out', join(templates, 'out'), '--templates', templates, '--format', 'docx'], {}, templates);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^annual-summary\.md\.hbs(:\d+)? {2}template error: /m);
    expect(readdirSync(templates)).not.toContain('out');
  });
});
