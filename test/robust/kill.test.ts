/**
 * SIGKILL a batch at moments spread over its run, then: every document left behind opens (qpdf
 * and unzip when installed, the file's framing otherwise), and a run after the kills gives the
 * same bytes as an uninterrupted one, with the kills' temporary files swept away.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { isTempFile } from '../../src/output/temp-files.js';

const work = mkdtempSync(join(tmpdir(), 'workplan-kill-'));
const centre = join(work, 'centre');
const BIN = join(ROOT, 'dist', 'bundle', 'bin.js');
const KILLS = Number(process.env.WORKPLAN_KILLS ?? 3);
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(pdf|docx)$/.test(f) || isTempFile(f.split('/').at(-1)!)).sort() : []);
const hashes = (dir: string) => Object.fromEntries(files(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

function opens(file: string): void {
  if (file.endsWith('.pdf')) {
    if (has('qpdf')) expect(spawnSync('qpdf', ['--check', file]).status, `qpdf --check ${file}`).toBe(0);
    else expect(readFileSync(file).subarray(-8).toString()).toContain('%%EOF');
  } else if (has('unzip')) expect(spawnSync('unzip', ['-tq', file]).status, `unzip -t ${file}`).toBe(0);
  else expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
}

async function killedRun(out: string, afterMs: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'batch', centre, '--year', '2026', '--out', out, '--jobs', '2'], { stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, afterMs));
  child.kill('SIGKILL');
  await exited;
}

describe('a batch killed at any moment', () => {
  let reference: Record<string, string>;
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-centre.mjs'), '--reps', '4', '--out', centre]);
    const out = join(work, 'reference');
    expect(cli(['batch', centre, '--year', '2026', '--out', out, '--jobs', '2']).status).toBe(0);
    reference = hashes(out);
  });

  test(`${KILLS} kills leave only whole documents, and a re-run gives the uninterrupted bytes`, async () => {
    const out = join(work, 'killed');
    // Moments from start-up to the end of the run, drawn once from a fixed seed.
    const moments = fc.sample(fc.integer({ min: 300, max: 5000 }), { numRuns: KILLS, seed: 12 });
    console.log(`kill test: SIGKILL after ${moments.join(', ')} ms`);
    for (const ms of moments) {
      await killedRun(out, ms);
      for (const f of files(out).filter((x) => !isTempFile(x.split('/').at(-1)!))) opens(join(out, f));
    }
    // With a time limit of its own: a re-run that hung would be a finding, not a test timeout.
    const rerun = spawnSync(process.execPath, [BIN, 'batch', centre, '--year', '2026', '--out', out, '--jobs', '2'], { stdio: 'ignore', timeout: 150_000 });
    expect([rerun.status, rerun.signal]).toEqual([0, null]);
    expect(hashes(out)).toEqual(reference);
  }, 240_000);
});
