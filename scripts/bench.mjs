#!/usr/bin/env node
// Speed of workplan, measured the way the issues state the targets:
//   cold: one `workplan plan <note> --format both` process, median wall time of several runs;
//   warm: many plans rendered in one process on one core (DOCX + PDF each), plans per second.
// Usage: npm run bench [-- --runs 15 --plans 120]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 11);
const plans = arg('plans', 120);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Every monthly note of the sample team; the Chinese rep's latest note is the cold-run subject.
const data = join(root, 'data', 'service-desk');
const notes = [];
let zhNote;
for (const rep of readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const months = readdirSync(join(data, rep.name)).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort().map((f) => join(data, rep.name, f));
  notes.push(...months);
  if (/^locale:\s*zh-CN\s*$/m.test(readFileSync(join(data, rep.name, 'rep.md'), 'utf8'))) zhNote = months.at(-1);
}
if (!zhNote) throw new Error('no zh-CN sample rep found');

const bin = join(root, 'dist', 'bundle', 'bin.js');
const out = mkdtempSync(join(tmpdir(), 'workplan-bench-'));
const results = {};
try {
  // Cold runs: a new process each time, both formats.
  const cold = [];
  spawnSync(process.execPath, [bin, 'plan', zhNote, '--format', 'both', '--out', out]); // warm the disk cache
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, 'plan', zhNote, '--format', 'both', '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`plan failed: ${r.stderr}`);
    cold.push((performance.now() - t) / 1000);
  }
  results.coldPlanMedianSeconds = +median(cold).toFixed(3);
  results.coldPlanMinSeconds = +Math.min(...cold).toFixed(3);

  // Warm: one process, one core, many plans (DOCX + PDF each).
  const { runMonthlyPlan } = await import(join(root, 'dist', 'pipeline', 'monthly-plan-job.js'));
  const options = { formats: ['docx', 'pdf'], outDir: out, repCache: new Map() };
  await runMonthlyPlan(zhNote, options); // load fonts and templates once, as a long run would
  const t = performance.now();
  for (let i = 0; i < plans; i++) {
    const r = await runMonthlyPlan(notes[i % notes.length], options);
    if (!r.ok) throw new Error(`plan failed for ${notes[i % notes.length]}`);
  }
  const seconds = (performance.now() - t) / 1000;
  results.warmPlansPerSecond = +(plans / seconds).toFixed(1);
  results.warmPlans = plans;
  results.notes = notes.length;
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(`cold \`workplan plan\` (DOCX + PDF, zh-CN): median ${results.coldPlanMedianSeconds} s over ${runs} runs (target < 0.6 s)`);
console.log(`warm, one process: ${results.warmPlansPerSecond} plans/s, DOCX + PDF each, ${plans} plans (target ≥ 30/s)`);
console.log(JSON.stringify(results));
