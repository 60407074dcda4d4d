/**
 * What a command loads and compiles at start-up: precompiled built-in templates (and their run-time
 * fallback when templates/ was edited after the build), renderers only for commands that render,
 * and the per-command code cache of the launcher. Each test runs a copy of the built bundle in a
 * folder of its own, so the shared dist/bundle/cache and templates/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';

const fixtures = join(ROOT, 'test', 'fixtures');
const note = join(fixtures, 'team-a', 'ana', '2026-09.md');

/** A copy of the install: dist/bundle without its cache (with its Unicode tables), templates/, package.json, and the repo's fonts/ and node_modules. */
function install(): string {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-install-'));
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'dist', 'bundle')).filter((n) => n.endsWith('.js') || n === 'package.json')) cpSync(join(ROOT, 'dist', 'bundle', f), join(dir, 'dist', 'bundle', f));
  cpSync(join(ROOT, 'dist', 'bundle', 'unicode-tries'), join(dir, 'dist', 'bundle', 'unicode-tries'), { recursive: true });
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'fonts'), join(dir, 'fonts'));
  return dir;
}

function run(dir: string, args: string[], nodeArgs: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs, join(dir, 'dist', 'bundle', 'bin.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The packages a command required from node_modules (the bundle's externals and createRequire loads). */
function packagesLoaded(dir: string, args: string[]): string[] {
  const list = join(dir, `loaded-${args[0]?.replace(/\W/g, '') || 'none'}.json`);
  const preload = join(dir, 'record-loaded.cjs');
  writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_LIST, JSON.stringify(Object.keys(require.cache))));\n");
  const r = run(dir, args, ['--require', preload], { LOADED_LIST: list });
  expect(r.status).toBe(0);
  const files = JSON.parse(readFileSync(list, 'utf8')) as string[];
  return [...new Set(files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p))].sort();
}

describe('start-up', () => {
  test('--help and validate load neither the rasteriser nor the worker pool; summary loads the rasteriser', () => {
    const dir = install();
    // Only the packages outside the bundle can be seen this way: the rasteriser and the pool.
    expect(packagesLoaded(dir, ['--help'])).toEqual([]);
    const validate = packagesLoaded(dir, ['validate', note]);
    expect(validate).not.toContain('@resvg/resvg-js');
    expect(validate).not.toContain('piscina');
    const out = join(dir, 'out');
    const summary = packagesLoaded(dir, ['summary', join(fixtures, 'team-a', 'ana'), '--year', '2026', '--format', 'docx', '--out', out]);
    expect(summary).toContain('@resvg/resvg-js');
    expect(summary).not.toContain('piscina');
  });

  test('a precompiled built-in template gives the same document as the template compiled at run time', () => {
    const dir = install();
    // --templates with a copy of the built-in templates forces the run-time compiler.
    const copies = join(dir, 'copies');
    cpSync(join(ROOT, 'templates'), copies, { recursive: true });
    const pre = run(dir, ['plan', note, '--format', 'docx', '--out', join(dir, 'pre')]);
    const compiled = run(dir, ['plan', note, '--format', 'docx', '--out', join(dir, 'compiled'), '--templates', copies]);
    expect(pre.status).toBe(0);
    expect(compiled.status).toBe(0);
    const docx = (root: string) => readFileSync(join(root, 'team-a', 'ana', '2026-09-plan.docx'));
    expect(docx(join(dir, 'pre')).equals(docx(join(dir, 'compiled')))).toBe(true);
  });

  test('a built-in template edited after the build is used as edited, not as it was precompiled', async () => {
    const dir = install();
    const file = join(dir, 'templates', 'monthly-plan.md.hbs');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited after the build: {{month month}}\n`);
    const r = run(dir, ['plan', note, '--format', 'docx', '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(await docxText(readFileSync(join(dir, 'out', 'team-a', 'ana', '2026-09-plan.docx')))).toContain('Edited after the build: September 2026');
  });

  test("each command keeps a code cache of its own; a damaged one is rejected, rewritten, and the command still works", () => {
    const dir = install();
    const cache = join(dir, 'dist', 'bundle', 'cache');
    const first = run(dir, ['validate', note]);
    expect(first.status).toBe(0);
    expect(existsSync(join(cache, 'check-validate.bin'))).toBe(true);
    expect(existsSync(join(cache, 'cli-plan.bin'))).toBe(false);
    const size = statSync(join(cache, 'check-validate.bin')).size;
    expect(size).toBeGreaterThan(10_000);
    // The second run reads the cache and says the same.
    const second = run(dir, ['validate', note]);
    expect(second).toEqual(first);
    writeFileSync(join(cache, 'check-validate.bin'), 'not a code cache');
    expect(run(dir, ['validate', note])).toEqual(first);
    expect(statSync(join(cache, 'check-validate.bin')).size).toBeGreaterThan(10_000);
    // --help runs help.js with a cache of its own; other commands of each bundle share one per
    // bundle (a cache made from another bundle's source would only be rejected); no temporary files are left behind.
    expect(run(dir, ['--help']).status).toBe(0);
    expect(run(dir, ['bogus']).status).toBe(1);
    expect(run(dir, ['schema', '--out', join(dir, 'schemas')]).status).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(['check-other.bin', 'check-validate.bin', 'cli-other.bin', 'help.bin']);
  });

  test('help, the version and a bare command run the small help bundle and print what the full CLI prints', () => {
    const dir = install();
    const help = statSync(join(dir, 'dist', 'bundle', 'help.js')).size;
    expect(help).toBeLessThan(statSync(join(dir, 'dist', 'bundle', 'cli.js')).size / 5);
    // The same program run from cli.js directly, without the launcher, is the reference.
    const runner = join(dir, 'full-cli.cjs');
    writeFileSync(runner, "require('./dist/bundle/cli.js');\n");
    const full = (args: string[]) => {
      const r = spawnSync(process.execPath, [runner, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    for (const args of [['--help'], ['plan', '--help'], ['help', 'summary'], ['--version'], []]) expect(run(dir, args), args.join(' ')).toEqual(full(args));
    // `--` ends the options: a note named --help is a note, so the full CLI runs (and finds no such file).
    expect(run(dir, ['validate', '--', '--help']).stderr).toContain('cannot find --help');
  });

  test('the commands that render nothing run check.js, half of cli.js, and do what the full CLI does', () => {
    const dir = install();
    const bundle = (name: string) => statSync(join(dir, 'dist', 'bundle', name)).size;
    expect(bundle('check.js')).toBeLessThan(bundle('cli.js') * 0.6);
    const runner = join(dir, 'full-cli.cjs');
    writeFileSync(runner, "require('./dist/bundle/cli.js');\n");
    const full = (args: string[]) => {
      const r = spawnSync(process.execPath, [runner, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const broken = join(dir, 'broken', 'team-a', 'ana');
    cpSync(dirname(note), broken, { recursive: true });
    writeFileSync(join(broken, '2026-09.md'), readFileSync(note, 'utf8').replace(/^month: .*$/m, 'month: 2026-13'));
    const ran = (args: string[], out: string) => {
      // The same folder name on both sides: init names the team after it.
      const r = run(dir, [...args.map((a) => a.replace('OUT', join(dir, 'a', out)))]);
      const f = full(args.map((a) => a.replace('OUT', join(dir, 'b', out))));
      // Paths written are printed as given or relative to the working folder.
      const same = (text: string, side: string) => text.replaceAll(join(dir, side, out), 'OUT').replaceAll(join(side, out), 'OUT');
      return { launcher: { ...r, stdout: same(r.stdout, 'a') }, full: { ...f, stdout: same(f.stdout, 'b') } };
    };
    for (const [args, status] of [
      [['validate', note], 0],
      [['validate', join(broken, '2026-09.md')], 1],
      [['schema', '--out', 'OUT', '--locale', 'ko'], 0],
      [['templates', 'eject', 'OUT'], 0],
      [['init', '--team', 'OUT', '--locale', 'zh-TW', '--name', '客服二組'], 0],
    ] as const) {
      const { launcher, full: reference } = ran([...args], args[0]);
      expect(launcher, args.join(' ')).toEqual(reference);
      expect(launcher.status, args.join(' ')).toBe(status);
    }
    // What they wrote is the same, file for file.
    for (const out of ['schema', 'templates', 'init']) {
      const files = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();
      const [a, b] = [join(dir, 'a', out), join(dir, 'b', out)];
      expect(files(a).length, out).toBeGreaterThan(0);
      expect(files(a), out).toEqual(files(b));
      for (const f of files(a).filter((f) => statSync(join(a, f)).isFile())) {
        expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), `${out}/${f}`).toBe(true);
      }
    }
  });

  test('the bundled CLI reports a template error with its exit code through the launcher', () => {
    const dir = install();
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'monthly-plan.md.hbs'), 'line 1\n{{#if x}}\nno close\n');
    const r = run(dir, ['plan', note, '--out', join(dir, 'out'), '--templates', mine]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('mine/monthly-plan.md.hbs');
    expect(r.stderr).toContain('template error');
  });

  test('the repository build answers --version from package.json', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
