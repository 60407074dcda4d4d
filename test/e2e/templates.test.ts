/**
 * The templates folder end to end through the CLI: eject, templates and labels that shadow the
 * built-in ones, an added language, and the checks that stop a wrong template before it renders.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';
import { BUILTIN_LABELS } from '../../src/locale/index.js';

const ana = join('test', 'fixtures', 'team-a', 'ana', '2026-09.md');
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), `wp-${prefix}-`));

/** A folder with the built-in templates and labels ejected into it. */
function ejected(): string {
  const dir = join(temp('eject'), 'tpl');
  const r = cli(['templates', 'eject', dir]);
  expect(r.status).toBe(0);
  return dir;
}

async function planText(args: string[]): Promise<{ status: number | null; stderr: string; stdout: string; text: string }> {
  const out = temp('out');
  const r = cli(['plan', ana, '--out', out, '--format', 'docx', ...args]);
  const file = join(out, 'team-a', 'ana', '2026-09-plan.docx');
  return { ...r, text: existsSync(file) ? await docxText(readFileSync(file)) : '' };
}

describe('templates eject', () => {
  test('writes the templates, the partials they share and each language\'s labels, which read back as the built-in labels', () => {
    const dir = join(temp('eject'), 'mine');
    const r = cli(['templates', 'eject', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.slice(l.indexOf('mine')))).toEqual([
      'mine/_burnout-signs.md.hbs', 'mine/_goal-groups.md.hbs', 'mine/_stage-support.md.hbs', 'mine/_team-trend.md.hbs',
      'mine/annual-summary.md.hbs', 'mine/monthly-plan.md.hbs', 'mine/team-plan.md.hbs', 'mine/team-rollup.md.hbs',
      'mine/labels/en.yaml', 'mine/labels/zh-CN.yaml', 'mine/labels/zh-TW.yaml', 'mine/labels/ko.yaml',
    ]);
    expect(readFileSync(join(dir, 'monthly-plan.md.hbs'), 'utf8')).toBe(readFileSync(join('templates', 'monthly-plan.md.hbs'), 'utf8'));
    for (const locale of ['en', 'zh-CN', 'zh-TW', 'ko'] as const) expect(parse(readFileSync(join(dir, 'labels', `${locale}.yaml`), 'utf8'))).toEqual(BUILTIN_LABELS[locale]);
  });

  test('--labels-format json writes JSON labels', () => {
    const dir = join(temp('eject'), 'json');
    expect(cli(['templates', 'eject', dir, '--labels-format', 'json']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'labels', 'ko.json'), 'utf8'))).toEqual(BUILTIN_LABELS.ko);
  });

  test('refuses to overwrite, writing nothing, when any of the files exists', () => {
    const parent = temp('eject');
    const dir = join(parent, 'tpl');
    expect(cli(['templates', 'eject', dir]).status).toBe(0);
    writeFileSync(join(dir, 'monthly-plan.md.hbs'), 'my edits');
    const again = cli(['templates', 'eject', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exist; nothing was written (eject into a new folder, or move the old copies away)');
    expect(readFileSync(join(dir, 'monthly-plan.md.hbs'), 'utf8')).toBe('my edits');
  });
});

describe('labels from the templates folder', () => {
  test('a label file overrides the labels it names; the others stay built-in', async () => {
    const dir = ejected();
    writeFileSync(join(dir, 'labels', 'en.yaml'), 'section.metrics: Our numbers\n');
    const r = await planText(['--templates', dir]);
    expect(r.status).toBe(0);
    expect(r.text).toContain('Our numbers');
    expect(r.text).toContain(BUILTIN_LABELS.en['section.goals']);
    expect(r.text).not.toContain(BUILTIN_LABELS.en['section.metrics']);
  });

  test('a language is added from its file; keys it leaves out are English, with a warning', async () => {
    const dir = ejected();
    writeFileSync(join(dir, 'labels', 'ja.yaml'), 'plan.title: 月間業務計画\ntitle.plan: "{name} {period} {title}"\nsection.goals: 今月の目標\n');
    const r = await planText(['--templates', dir, '--locale', 'ja']);
    expect(r.status).toBe(0);
    expect(r.text).toContain('Ana Park 2026年9月 月間業務計画');
    expect(r.text).toContain('今月の目標');
    expect(r.text).toContain(BUILTIN_LABELS.en['section.metrics']);
    expect(r.stderr).toContain(`labels/ja.yaml  warning: has no text in ja for ${Object.keys(BUILTIN_LABELS.en).length - 3} labels, shown in English: summary.title, rollup.title, rep,`);
    // For CI: the same warning fails the run; --quiet hides it but still fails.
    const strict = await planText(['--templates', dir, '--locale', 'ja', '--fail-on-warnings', '--quiet']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toBe('workplan: 1 warning found and --fail-on-warnings was given\n');
  });

  test('a language without labels is refused, saying how to add it', () => {
    const r = cli(['plan', ana, '--locale', 'ja', '--out', temp('out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown locale "ja"; use one of en, zh-CN, zh-TW, ko, or add a language with labels/ja.yaml in a --templates folder');
  });

  test('a key workplan does not have is an error naming the key and the language, with its line', async () => {
    const dir = ejected();
    writeFileSync(join(dir, 'labels', 'ko.yaml'), 'section.goals: 이번 달 목표\nsection.goalz: 목표\n');
    const r = await planText(['--templates', dir, '--locale', 'ko']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('labels/ko.yaml:2  template error: "section.goalz" is not a label workplan has (in ko); did you mean "section.goals"?\n    hint: every key workplan has is in labels/en.yaml of "workplan templates eject"; delete a line to keep the built-in text\n');
    expect(r.text).toBe('');
  });

  test('a placeholder workplan does not fill is a warning naming the ones it does', async () => {
    const dir = ejected();
    writeFileSync(join(dir, 'labels', 'en.yaml'), 'tenure.months: "{months} months"\n');
    const r = await planText(['--templates', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/labels\/en\.yaml:1:\d+ {2}warning tenure\.months: is not filled in by workplan, so it is printed as written \(in en\) \(found \{months\}\)\n/);
    expect(r.stderr).toContain('    hint: this label can use {n}');
  });
});

describe('a template naming what does not exist fails before rendering, with file, line and name', () => {
  test('a misspelt field in a branch this note never takes is exit 2, and nothing is written', async () => {
    const dir = ejected();
    const file = join(dir, 'monthly-plan.md.hbs');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('{{supervisor.name}}{{else if rep.manager}}'));
    lines[at] = lines[at]!.replace('{{supervisor.name}}{{else', '{{supervisor.nmae}}{{else');
    writeFileSync(file, lines.join('\n'));
    const r = await planText(['--templates', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`monthly-plan.md.hbs:${at + 1}  template error: there is no field "supervisor.nmae" here\n    hint: did you mean "name"? fields here: comment, name, date\n`);
    expect(r.text).toBe('');
  });

  test('a label that does not exist is exit 2 with its line', async () => {
    const dir = ejected();
    writeFileSync(join(dir, 'monthly-plan.md.hbs'), '# {{t "plan.title"}}\n\n## {{t "section.goalz"}}\n');
    const r = await planText(['--templates', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('monthly-plan.md.hbs:3  template error: there is no label "section.goalz" in en');
  });
});

describe('--verbose, --quiet and --fail-on-warnings', () => {
  test('--quiet prints nothing for a clean run; the default lists the files; --verbose adds the time per note', () => {
    const out = temp('out');
    const quiet = cli(['plan', ana, '--out', out, '--format', 'docx', '--quiet']);
    expect([quiet.status, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    const normal = cli(['plan', ana, '--out', out, '--format', 'docx']);
    expect(normal.stdout).toBe(`${relative(ROOT, join(out, 'team-a', 'ana', '2026-09-plan.docx'))}\n`);
    expect(normal.stderr).toBe('');
    const verbose = cli(['plan', ana, '--out', out, '--format', 'docx', '--verbose']);
    expect(verbose.stderr).toMatch(/^templates and labels: the built-in ones\ntest\/fixtures\/team-a\/ana\/2026-09\.md: 1 file\(s\) in \d+ ms\n$/);
  });

  test('--verbose names the template and label files a --templates folder puts in use', async () => {
    const dir = join(temp('verbose'), 'tpl');
    mkdirSync(join(dir, 'labels'), { recursive: true });
    writeFileSync(join(dir, 'annual-summary.md.hbs'), '# {{rep.name}}\n');
    writeFileSync(join(dir, 'labels', 'en.yaml'), 'section.metrics: Our numbers\n');
    const r = await planText(['--templates', dir, '--verbose']);
    expect(r.status).toBe(0);
    const shown = relative(ROOT, dir);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual(['template monthly-plan: built-in', `template annual-summary: ${shown}/annual-summary.md.hbs`, 'template team-rollup: built-in', `labels: ${shown}/labels/en.yaml over the built-in ones`]);
  });

  test('--verbose and --quiet together are refused', () => {
    const r = cli(['validate', 'data', '--verbose', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("option '-v, --verbose' cannot be used with option '-q, --quiet'");
  });

  test('every command takes the three flags', () => {
    const commands = ['init', 'new', 'roster', 'plan', 'summary', 'batch', 'build', 'merge-reports', 'validate', 'watch', 'schema', 'templates eject'];
    for (const c of commands) {
      const help = cli([...c.split(' '), '--help']).stdout;
      for (const flag of ['--verbose', '--quiet', '--fail-on-warnings']) expect(help, `${c} ${flag}`).toContain(flag);
    }
  });

  test('validate: warnings pass by default and fail with --fail-on-warnings, even under --quiet', () => {
    const team = temp('warn');
    // A leading zero is read as a number, with a warning.
    writeFileSync(join(team, 'team.md'), '---\nid: t\nname: T\nmetrics:\n  - {id: calls, name: Calls, unit: count, direction: higher, baseline: 071, target: 90}\n---\n');
    const rep = join(team, 'ana');
    cli(['init', rep, '--name', 'Ana', '--month', '2026-09', '--quiet']);
    writeFileSync(join(rep, '2026-09.md'), '---\nmonth: 2026-09\nactuals: {calls: 80}\n---\n');
    const plain = cli(['validate', rep]);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('team.md:5:72  warning metrics[0].baseline: is read as 71 (found 071)');
    const strict = cli(['validate', rep, '--fail-on-warnings', '-q']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('workplan: 1 warning found and --fail-on-warnings was given\n');
    expect(readdirSync(rep).sort()).toEqual(['2026-09.md', 'rep.md']);
  });
});
