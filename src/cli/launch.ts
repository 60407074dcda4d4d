#!/usr/bin/env node
/**
 * The command's entry in the bundle (dist/bundle/bin.js). Compiling the bundled CLI is a large share
 * of a short command's start-up, and Node 20 keeps no compiled code between runs (its compile cache
 * came in 22.1). So this runs the bundled CLI (cli.js) as a script with a V8 code cache of its own,
 * one per command, since each command runs different code (help runs a bundle of its own, help.js,
 * and the commands that render nothing check.js, the CLI without the rendering pipeline):
 * written beside the bundle after a command's first run, and again whenever V8 rejects it (a new
 * build, another Node version).
 * Nothing else is kept: a cache that cannot be written (a read-only install) only costs the time saved.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const COMMANDS = new Set(['plan', 'summary', 'batch', 'validate', 'templates']);
/** Commands that render nothing: they run check.js, the CLI without the rendering pipeline (scripts/bundle.mjs). */
const CHECKING = new Set(['validate', 'schema', 'init', 'new', 'roster', 'templates', 'merge-reports']);

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
// Help, the version and a bare `workplan` run help.js: the same commands without what their actions
// load, a tenth of the code to read and compile.
const helpOnly = options.length === 0 || options[0] === 'help' || options.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version');
const command = args.find((a) => !a.startsWith('-'));
const bundle = helpOnly ? 'help' : command && CHECKING.has(command) ? 'check' : 'cli';
const file = join(here, `${bundle}.js`);
// One cache per bundle and command: a cache made from another source is rejected, and rewritten.
const cacheFile = join(here, 'cache', `${helpOnly ? 'help' : `${bundle}-${command && COMMANDS.has(command) ? command : 'other'}`}.bin`);

let cached: Buffer | undefined;
try {
  cached = readFileSync(cacheFile);
} catch {
  // This command's first run: compile, and keep the cache at exit.
}
// The wrapper a CommonJS module gets from Node, on the source's first line so positions in stack traces hold.
// Read as latin1: the build refuses a bundle that is not ASCII (scripts/bundle.mjs), so it is the same
// text, made without a UTF-8 decoding pass over 1.8 MB.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'latin1')}\n})`;
const script = new Script(source, { filename: file, cachedData: cached });
if (!cached || script.cachedDataRejected) process.once('exit', () => keep(script));
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, here);

/** Written at exit, so the cache holds every function the command compiled, not just the top level. */
function keep(compiled: Script): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, compiled.createCachedData());
    renameSync(temporary, cacheFile); // atomic: a run starting now reads the old cache or the new one, never half of one
  } catch {
    // A read-only install: run without the cache.
  }
}
