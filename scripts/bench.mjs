#!/usr/bin/env node
// Speed of workplan, measured the way the issues state the targets, in one run:
//   plan cold:     one `workplan plan <note> --format both` process, median wall time;
//   plan warm:     many plans in one process on one core (DOCX + PDF each), plans per second
//                  (median of five rounds);
//   summary cold:  one `workplan summary <rep> --year 2026` process, median wall time;
//   summary warm:  many summaries in one process on one core, summaries per second (median of five rounds);
//   batch:         a synthetic centre (scripts/make-centre.mjs), every summary + rollups, both formats,
//                  wall time and peak memory; and pandoc + LibreOffice on the same documents when installed.
// Usage: npm run bench [-- --runs 11 --plans 120 --summaries 60 --reps 1000]
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
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
const summaries = arg('summaries', 60);
const reps = arg('reps', 1000);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const bin = join(root, 'dist', 'bundle', 'bin.js');
const out = mkdtempSync(join(tmpdir(), 'workplan-bench-'));
const results = {};

// The sample team: every monthly note, every rep folder; the Chinese rep is the cold-run subject.
const data = join(root, 'data', 'service-desk');
const notes = [];
const repFolders = [];
let zhRep;
for (const rep of readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  const folder = join(data, rep.name);
  repFolders.push(folder);
  notes.push(...readdirSync(folder).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort().map((f) => join(folder, f)));
  if (/^locale:\s*zh-CN\s*$/m.test(readFileSync(join(folder, 'rep.md'), 'utf8'))) zhRep = folder;
}
if (!zhRep) throw new Error('no zh-CN sample rep found');
const zhNote = join(zhRep, readdirSync(zhRep).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort().at(-1));

const coldMedian = (args) => {
  spawnSync(process.execPath, [bin, ...args]); // warm the disk cache
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
    times.push((performance.now() - t) / 1000);
  }
  return +median(times).toFixed(3);
};

try {
  results.planColdMedianSeconds = coldMedian(['plan', zhNote, '--format', 'both', '--out', out]);
  results.summaryColdMedianSeconds = coldMedian(['summary', zhRep, '--year', '2026', '--format', 'both', '--out', out]);

  // Warm: one process, one core (the main thread), DOCX + PDF each. The rate is the median of five
  // rounds, so a burst from another process on the shared machine does not decide the figure.
  const { runMonthlyPlan } = await import(join(root, 'dist', 'pipeline', 'monthly-plan-job.js'));
  const { runAnnualSummary } = await import(join(root, 'dist', 'pipeline', 'annual-summary-job.js'));
  const warmRate = async (count, job) => {
    const rounds = 5;
    const per = Math.max(1, Math.round(count / rounds));
    const rates = [];
    for (let r = 0, i = 0; r < rounds; r++) {
      const t = performance.now();
      for (let k = 0; k < per; k++, i++) if (!(await job(i)).ok) throw new Error('job failed');
      rates.push(per / ((performance.now() - t) / 1000));
    }
    return +median(rates).toFixed(1);
  };
  // Warm means every language's fonts are loaded: one document per rep before timing.
  const planOptions = { formats: ['docx', 'pdf'], outDir: out, repCache: new Map() };
  for (const folder of repFolders) await runMonthlyPlan(notes.find((n) => n.startsWith(`${folder}/`)), planOptions);
  results.planWarmPerSecond = await warmRate(plans, (i) => runMonthlyPlan(notes[i % notes.length], planOptions));
  const summaryOptions = { year: 2026, formats: ['docx', 'pdf'], outDir: out };
  for (const folder of repFolders) await runAnnualSummary(folder, summaryOptions);
  results.summaryWarmPerSecond = await warmRate(summaries, (i) => runAnnualSummary(repFolders[i % repFolders.length], summaryOptions));

  // Batch: a synthetic centre, both formats, on every core.
  const centre = join(root, '.bench', `centre-${reps}`);
  if (!existsSync(centre)) execFileSync(process.execPath, [join(root, 'scripts', 'make-centre.mjs'), '--reps', String(reps), '--out', centre], { stdio: 'inherit' });
  let t = performance.now();
  const batch = spawnSync(process.execPath, [bin, 'batch', centre, '--year', '2026', '--out', join(out, 'batch'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t) / 1000;
  if (batch.status !== 0) throw new Error(`batch failed: ${batch.stderr.slice(-2000)}`);
  const report = JSON.parse(batch.stdout);
  results.batchReps = report.rendered;
  results.batchFiles = report.outputs.length;
  results.batchWallSeconds = +wall.toFixed(1);
  results.batchPeakRssMb = report.peakRssMb;
  results.batchJobs = report.jobs;

  // Peers on the same documents, when installed: pandoc (Markdown → DOCX) in a shell loop, then
  // LibreOffice (DOCX → PDF) in one process, for a sample of the same summaries.
  if (has('pandoc') && has('soffice')) {
    const sample = Math.min(100, reps);
    const { loadRep } = await import(join(root, 'dist', 'notes', 'load-rep.js'));
    const { buildAnnualSummary } = await import(join(root, 'dist', 'model', 'annual-summary.js'));
    const { localeKit } = await import(join(root, 'dist', 'locale', 'index.js'));
    const { loadTemplate } = await import(join(root, 'dist', 'template', 'load-template.js'));
    const { compileTemplate } = await import(join(root, 'dist', 'template', 'environment.js'));
    const md = join(out, 'peer-md');
    mkdirSync(md, { recursive: true });
    const tpl = await loadTemplate('annual-summary');
    const folders = readdirSync(join(centre, 'team-001')).filter((n) => n.startsWith('rep-')).slice(0, 40).map((n) => join(centre, 'team-001', n));
    for (let i = 0; i < sample; i++) {
      const notesOf = (await loadRep(folders[i % folders.length])).notes;
      const kit = localeKit(notesOf.rep.data.locale);
      writeFileSync(join(md, `s${i}.md`), compileTemplate(tpl.file, tpl.source, kit)(buildAnnualSummary(notesOf, 2026, kit.locale)));
    }
    t = performance.now();
    execFileSync('sh', ['-c', `for f in ${md}/*.md; do pandoc "$f" -o "\${f%.md}.docx"; done`]);
    const pandocSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    execFileSync('sh', ['-c', `soffice --headless --convert-to pdf --outdir ${md} ${md}/*.docx >/dev/null 2>&1`]);
    const sofficeSeconds = (performance.now() - t) / 1000;
    const peerPerDoc = (pandocSeconds + sofficeSeconds) / sample;
    const oursPerDoc = wall / Math.max(1, report.rendered);
    results.peerPandocLibreOfficeSecondsPerDoc = +peerPerDoc.toFixed(3);
    results.oursSecondsPerDoc = +oursPerDoc.toFixed(4);
    results.speedupVsPandocLibreOffice = +(peerPerDoc / oursPerDoc).toFixed(1);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(`plan, cold process (DOCX + PDF, zh-CN):     median ${results.planColdMedianSeconds} s over ${runs} runs   (target < 0.6 s)`);
console.log(`plan, warm, one process, one core:          ${results.planWarmPerSecond} plans/s, ${plans} plans   (target ≥ 30/s)`);
console.log(`summary, cold process (12 notes, both):     median ${results.summaryColdMedianSeconds} s   (target < 0.7 s)`);
console.log(`summary, warm, one process, one core:       ${results.summaryWarmPerSecond} summaries/s   (target ≥ 25/s)`);
console.log(`batch, ${results.batchReps} summaries + rollups, ${results.batchJobs} workers: ${results.batchWallSeconds} s, peak ${results.batchPeakRssMb} MB   (target < 25 s, < 1 GB)`);
if (results.speedupVsPandocLibreOffice) console.log(`pandoc + LibreOffice on the same summaries: ${results.peerPandocLibreOfficeSecondsPerDoc} s/doc; workplan ${results.speedupVsPandocLibreOffice}x faster`);
else console.log('pandoc or LibreOffice not installed: no peer comparison (apt-get install pandoc libreoffice-writer-nogui)');
console.log(JSON.stringify(results));
