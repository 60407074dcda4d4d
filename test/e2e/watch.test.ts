import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** Resolves when `text` has appeared on the stream, or fails after `ms`: a watch test never hangs. */
function waitFor(stream: NodeJS.ReadableStream, seen: { text: string }, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; saw:\n${seen.text}`)), ms);
    const check = () => {
      if (pattern.test(seen.text)) {
        clearTimeout(timer);
        stream.off('data', check);
        resolve();
      }
    };
    stream.on('data', check);
    check();
  });
}

describe('watch', () => {
  test('re-renders the plan a saved note feeds, reports a broken note and keeps watching', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-watch-'));
    cpSync(join(ROOT, 'data/service-desk'), join(dir, 'service-desk'), { recursive: true });
    const child = spawn(process.execPath, [join(ROOT, 'dist/bundle/bin.js'), 'watch', 'service-desk/li-na', '--format', 'pdf', '--out', 'out'], { cwd: dir });
    const out = { text: '' };
    const err = { text: '' };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out.text += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err.text += d));
    try {
      await waitFor(child.stderr, err, /watching/, 20_000);
      appendFileSync(join(dir, 'service-desk/li-na/2026-09.md'), '\nOne more line.\n');
      // September's plan, and October's, whose review judges September's goals.
      await waitFor(child.stdout, out, /2026-09-plan\.pdf[\s\S]*2026-10-plan\.pdf/, 30_000);
      writeFileSync(join(dir, 'service-desk/li-na/2026-11.md'), '---\nmonth: 2026-11\nstudy: [\n---\n');
      // November's plan is kept as it was; December's is made again, saying November's note has errors.
      await waitFor(child.stdout, out, /2026-12-plan\.pdf/, 30_000);
      await waitFor(child.stderr, err, /2026-11\.md:\d+:\d+ +error/, 30_000);
      // Both plans read the broken note; its problem is reported once per save, not once per plan.
      expect(err.text.match(/2026-11\.md:\d+:\d+ +error/g)).toHaveLength(1);
      expect(out.text).not.toMatch(/2026-11-plan\.pdf/);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
