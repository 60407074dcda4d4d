import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { workerCount, WORKER_MB } from '../../src/batch/worker-count.js';
import { batchExitCode } from '../../src/cli/commands/batch.js';
import { mapStack } from '../../src/cli/stack-map.js';
import { ROOT } from '../helpers/cli.js';

const GiB = 2 ** 30;

describe('--jobs is capped by the work and by memory, and says so', () => {
  test('64 asked for 5 documents: 5, with the reason', () => {
    expect(workerCount(64, 5, 24 * GiB)).toEqual({ jobs: 5, note: 'using 5 workers, not 64: there are only 5 documents to render' });
  });
  test('64 asked on a 4 GiB machine: as many as half the memory holds', () => {
    // 4 GiB / 2 / 300 MB = 6.8 → 6 workers.
    expect(WORKER_MB).toBe(300);
    expect(workerCount(64, 1000, 4 * GiB)).toEqual({ jobs: 6, note: 'using 6 workers, not 64: 4 GiB of memory holds about 6 workers of 300 MB' });
  });
  test('what fits is taken as asked, silently; the default is capped without a note', () => {
    expect(workerCount(2, 1000, 24 * GiB)).toEqual({ jobs: 2 });
    expect(workerCount(undefined, 1, 24 * GiB)).toEqual({ jobs: 1 });
  });
});

describe('the batch exits with its worst failure', () => {
  const failed = (...kinds: ('input' | 'template' | 'internal')[]) => kinds.map((kind) => ({ rep: 'r', kind, diagnostics: [] }));
  test.each([
    [failed(), 0],
    [failed('input'), 1],
    [failed('input', 'template'), 2],
    [failed('template', 'internal', 'input'), 3],
  ])('%j → %i', (f, code) => {
    expect(batchExitCode({ failed: f, diagnostics: [] })).toBe(code);
  });
  test('a bad KPI row alone is exit 1', () => {
    expect(batchExitCode({ failed: [], diagnostics: [{ file: 'k.csv', line: 3, column: 0, field: 'value', message: 'is not a number', severity: 'error' }] })).toBe(1);
  });
});

describe('a bug inside the bundled worker comes back with its kind and a stack that points at src/', () => {
  test('a malformed task: kind internal, stack mapped to src/ lines', () => {
    // Run the built worker in a plain process, as piscina would, with a task it cannot handle.
    const script = `const mod = await import(${JSON.stringify(join(ROOT, 'dist', 'bundle', 'worker.js'))});
      const run = mod.default.default ?? mod.default; // the bundle is CommonJS: its exports come as the default
      const r = await run({ kind: 'summary', repFolder: 42, options: { year: 2026, formats: ['pdf'], outDir: '/nowhere' } });
      process.stdout.write(JSON.stringify(r.error));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const failure = JSON.parse(r.stdout) as { kind: string; stack: string };
    expect(failure.kind).toBe('internal');
    expect(failure.stack).toMatch(/dist\/bundle\/worker\.js:\d+:\d+/);
    const mapped = mapStack(failure.stack);
    expect(mapped).not.toMatch(/dist\/bundle/);
    expect(mapped).toMatch(/\(src\/pipeline\/annual-summary-job\.ts:\d+:\d+\)/);
  });
});
