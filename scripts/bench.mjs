#!/usr/bin/env node
// Speed of workplan, measured the way the issues state the targets, with the peers beside it, in one run:
//   start-up:      `workplan --help` and `workplan validate <one note>`, new process each, median wall time;
//   plan cold:     one `workplan plan <note> --format both` process, median wall time and CPU;
//   summary cold:  one `workplan summary <rep> --year 2026` process (both formats), median wall time and CPU;
//   library floor: scripts/library-floor/plan.mjs, the specified libraries alone making the same
//                  plan's least, new process, median wall time: what a cold plan cannot go below;
//   plan warm:     many plans in one process on one core (DOCX + PDF each), plans per second;
//   summary warm:  many summaries in one process on one core, summaries per second and CPU per summary
//                  (rates are the median of five rounds);
//   batch:         a synthetic centre (scripts/make-centre.mjs), every summary + rollups, both formats,
//                  on --jobs workers (2): wall time and peak memory;
//   peers:         on ../shared/bench/peer-doc (a 3-4 page Chinese annual summary): the Typst compiler from
//                  npm (PDF), pandoc (Markdown → DOCX) and LibreOffice (DOCX → PDF), and LibreOffice
//                  converting our own plan's DOCX, each when installed; a missing peer is skipped and named.
// Every ratio compares one core with one core: our batch is counted in core-seconds (wall × workers), so
// the second worker is not a win. Timing uses hyperfine when installed, else a loop of its own.
// Usage: npm run bench [-- --runs 11 --peer-runs 5 --plans 120 --summaries 60 --reps 1000 --jobs 2
//                          --peer-doc DIR --against OTHER-CHECKOUT]
//   --against DIR  also times DIR's dist/bundle/bin.js (e.g. a build of the previous commit) on the
//                  start-up measures, the two builds' runs interleaved so machine noise hits both alike.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(option('runs', 11));
const peerRuns = Number(option('peer-runs', 5));
const plans = Number(option('plans', 120));
const summaries = Number(option('summaries', 60));
const reps = Number(option('reps', 1000));
const jobs = Number(option('jobs', 2));
const peerDoc = resolve(option('peer-doc', join(root, '..', 'shared', 'bench', 'peer-doc')));
const against = option('against');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const bin = join(root, 'dist', 'bundle', 'bin.js');
const out = mkdtempSync(join(tmpdir(), 'workplan-bench-'));
const results = {};
const skipped = [];

/**
 * Times a command `runs` times, each a new process: median, min and max wall seconds, and mean CPU
 * seconds (user + system). hyperfine when installed; else the shell's `times` gives the CPU.
 */
function timeCommand(argv, { runs: n = runs, env } = {}) {
  if (has('hyperfine')) {
    const json = join(out, 'hyperfine.json');
    const quoted = argv.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const r = spawnSync('hyperfine', ['-N', '--warmup', '1', '--runs', String(n), '--export-json', json, quoted], { encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
    const [res] = JSON.parse(readFileSync(json, 'utf8')).results;
    return { median: res.median, min: res.min, max: res.max, cpu: res.user + res.system };
  }
  const walls = [];
  const cpus = [];
  for (let i = 0; i <= n; i++) {
    const one = timeOnce(argv, env);
    if (i === 0) continue; // the first run warms the disk cache
    walls.push(one.wall);
    cpus.push(one.cpu);
  }
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: cpus.reduce((a, b) => a + b, 0) / cpus.length };
}

/** One process: wall seconds, and its CPU seconds from the shell's `times` (children's user and system). */
function timeOnce(argv, env) {
  const t = performance.now();
  const r = spawnSync('sh', ['-c', '"$@" >/dev/null 2>&1 || exit 97; times', 'sh', ...argv], { encoding: 'utf8', env: { ...process.env, ...env } });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (status ${r.status})`);
  const secs = [...r.stdout.trim().split('\n').at(-1).matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: secs.reduce((a, b) => a + b, 0) };
}

// The sample team: every monthly note, every rep folder; the Chinese rep is the cold-run subject.
const data = join(root, 'data', 'service-desk');
const notes = [];
const repFolders = [];
let zhRep;
// Rep folders are the ones with rep.md (plans/ holds the team's own plans).
for (const rep of readdirSync(data, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(data, d.name, 'rep.md')))) {
  const folder = join(data, rep.name);
  repFolders.push(folder);
  notes.push(...readdirSync(folder).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort().map((f) => join(folder, f)));
  if (/^locale:\s*zh-CN\s*$/m.test(readFileSync(join(folder, 'rep.md'), 'utf8'))) zhRep = folder;
}
if (!zhRep) throw new Error('no zh-CN sample rep found');
const zhNote = join(zhRep, readdirSync(zhRep).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort().at(-1));

const startup = {
  help: ['--help'],
  validate: ['validate', zhNote],
  plan: ['plan', zhNote, '--format', 'both', '--out', out],
  summary: ['summary', zhRep, '--year', '2026', '--format', 'both', '--out', out],
};

try {
  // Cold processes: start-up, one plan, one summary; and Node itself doing nothing, the floor under
  // every cold figure on this machine.
  results.node = timeCommand([process.execPath, '-e', '0']);
  // A machine that sets NODE_EXTRA_CA_CERTS makes every Node process read and parse those
  // certificates before any script runs (workplan makes no network connection, so it gains nothing
  // from them). Timed both ways so the table can say what that costs here.
  if (process.env.NODE_EXTRA_CA_CERTS) results.nodeWithoutExtraCa = timeCommand([process.execPath, '-e', '0'], { env: { NODE_EXTRA_CA_CERTS: '' } });
  for (const [name, args] of Object.entries(startup)) results[name] = timeCommand([process.execPath, bin, ...args]);
  results.floor = await libraryFloor();

  // The same start-up measures against another build, interleaved run by run.
  if (against) results.against = interleaved(join(resolve(against), 'dist', 'bundle', 'bin.js'));

  // Warm: one process, one core (the main thread), DOCX + PDF each. The rate is the median of five
  // rounds, so a burst from another process on the shared machine does not decide the figure.
  const { runMonthlyPlan } = await import(join(root, 'dist', 'pipeline', 'monthly-plan-job.js'));
  const { runAnnualSummary } = await import(join(root, 'dist', 'pipeline', 'annual-summary-job.js'));
  const warmRate = async (count, job) => {
    const rounds = 5;
    const per = Math.max(1, Math.round(count / rounds));
    const rates = [];
    const cpus = [];
    for (let r = 0, i = 0; r < rounds; r++) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      for (let k = 0; k < per; k++, i++) if (!(await job(i)).ok) throw new Error('job failed');
      const used = process.cpuUsage(cpu);
      rates.push(per / ((performance.now() - t) / 1000));
      cpus.push((used.user + used.system) / 1e6 / per);
    }
    return { rate: median(rates), cpuPerDoc: median(cpus) };
  };
  // Warm means every language's fonts are loaded: one document per rep before timing.
  const planOptions = { formats: ['docx', 'pdf'], outDir: out, repCache: new Map() };
  for (const folder of repFolders) await runMonthlyPlan(notes.find((n) => n.startsWith(`${folder}/`)), planOptions);
  results.planWarm = await warmRate(plans, (i) => runMonthlyPlan(notes[i % notes.length], planOptions));
  const summaryOptions = { year: 2026, formats: ['docx', 'pdf'], outDir: out };
  for (const folder of repFolders) await runAnnualSummary(folder, summaryOptions);
  results.summaryWarm = await warmRate(summaries, (i) => runAnnualSummary(repFolders[i % repFolders.length], summaryOptions));
  results.summaryWarmZh = await warmRate(Math.max(5, Math.round(summaries / 2)), () => runAnnualSummary(zhRep, summaryOptions));

  // Batch: a synthetic centre, both formats, on `jobs` workers.
  const centre = join(root, '.bench', `centre-${reps}`);
  if (!existsSync(centre)) execFileSync(process.execPath, [join(root, 'scripts', 'make-centre.mjs'), '--reps', String(reps), '--out', centre], { stdio: 'inherit' });
  const t = performance.now();
  const batch = spawnSync(process.execPath, [bin, 'batch', centre, '--year', '2026', '--jobs', String(jobs), '--out', join(out, 'batch'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t) / 1000;
  if (batch.status !== 0) throw new Error(`batch failed: ${batch.stderr.slice(-2000)}`);
  const report = JSON.parse(batch.stdout);
  results.batch = { reps: report.rendered, files: report.outputs.length, wall, peakRssMb: report.peakRssMb, jobs: report.jobs };
  rmSync(join(out, 'batch'), { recursive: true, force: true });

  peers(results);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/**
 * The library floor of a cold plan (scripts/library-floor/plan.mjs): the specified libraries
 * alone, doing the least a plan needs of each, bundled and run with a code cache as workplan is.
 * Timed like the plan, then run once more for the milliseconds of each step.
 */
async function libraryFloor() {
  const { build } = await import('esbuild');
  const dir = join(out, 'floor');
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, 'plan.cjs');
  await build({ entryPoints: [join(root, 'scripts', 'library-floor', 'plan.mjs')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, outfile: bundle, logLevel: 'warning',
    // pdfkit names its data files (read only for PDF/A) from import.meta.url when it loads.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(bundle).href) } });
  const argv = [process.execPath, join(root, 'scripts', 'library-floor', 'run-cached.mjs'), bundle, zhNote, dir, join(root, 'fonts')];
  execFileSync(argv[0], argv.slice(1)); // makes the code cache
  const timed = timeCommand(argv);
  const steps = JSON.parse(execFileSync(argv[0], [...argv.slice(1), '--marks'], { encoding: 'utf8' }));
  return { ...timed, steps };
}

/** The peers, each when installed, on the peer document and on our own plan's DOCX. */
function peers(res) {
  if (!existsSync(join(peerDoc, 'zh.typ'))) {
    skipped.push(`peer document not found at ${peerDoc} (--peer-doc DIR)`);
    return;
  }
  const typst = typstModules();
  if (typst) {
    const script = join(peerDoc, 'typst-pdf.mjs');
    const env = { NODE_PATH: typst };
    const dir = join(out, 'typst');
    mkdirSync(dir, { recursive: true });
    res.typstCold = timeCommand([process.execPath, script, dir, join(peerDoc, 'zh.typ')], { runs: peerRuns, env });
    // Per document in one warm process: the difference between compiling 21 documents and one. The
    // compiler memoises layout, so the 21 are copies whose page margin differs by a hundredth of a
    // millimetre: every line is laid out again, as for 21 different reps' documents.
    const base = readFileSync(join(peerDoc, 'zh.typ'), 'utf8');
    if (!base.includes('margin: 2cm')) throw new Error('zh.typ no longer sets "margin: 2cm": update the bench');
    const copies = Array.from({ length: 21 }, (_, k) => {
      const file = join(dir, `zh-${k}.typ`);
      writeFileSync(file, base.replace('margin: 2cm', `margin: 2cm + ${k * 0.01}mm`));
      return file;
    });
    const many = timeCommand([process.execPath, script, dir, ...copies], { runs: Math.max(3, Math.ceil(peerRuns / 2)), env });
    res.typstWarmCpuPerDoc = Math.max(0, (many.cpu - res.typstCold.cpu) / 20);
    res.typstWarmWallPerDoc = Math.max(0, (many.median - res.typstCold.median) / 20);
  } else skipped.push('Typst: @myriaddreamin/typst-ts-node-compiler@0.7.0 not installed (npm install --no-save --prefix .bench/peers @myriaddreamin/typst-ts-node-compiler@0.7.0)');

  const docs = join(out, 'peer');
  mkdirSync(docs, { recursive: true });
  let peerDocx;
  if (has('pandoc')) {
    peerDocx = join(docs, 'zh.docx');
    res.pandoc = timeCommand(['pandoc', join(peerDoc, 'zh.md'), '-o', peerDocx], { runs: peerRuns });
  } else skipped.push('pandoc: not installed (apt-get install pandoc)');

  if (has('soffice')) {
    // A profile of its own, made once before timing, so every timed run is a plain convert.
    const profile = `file://${join(out, 'lo-profile')}`;
    const convert = (file) => ['soffice', `-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', docs, file];
    const planDocx = join(docs, 'plan.docx');
    const ours = join(out, 'plan-docx');
    execFileSync(process.execPath, [bin, 'plan', zhNote, '--format', 'docx', '--out', ours]);
    copyFileSync(findFile(ours, '.docx'), planDocx);
    res.libreOfficePlan = timeCommand(convert(planDocx), { runs: peerRuns });
    if (peerDocx) res.libreOfficePeer = timeCommand(convert(peerDocx), { runs: peerRuns });
  } else skipped.push('LibreOffice: not installed (apt-get install libreoffice-writer-nogui)');
}

/** Where the Typst compiler package can be required from: the project, or .bench/peers. */
function typstModules() {
  for (const base of [root, join(root, '.bench', 'peers')]) {
    try {
      createRequire(join(base, 'noop.js')).resolve('@myriaddreamin/typst-ts-node-compiler');
      return join(base, 'node_modules');
    } catch {
      // not installed there
    }
  }
  return undefined;
}

function findFile(dir, ext) {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith(ext)) return join(e.parentPath ?? e.path, e.name);
  throw new Error(`no ${ext} in ${dir}`);
}

/** Start-up measures of this build and another, alternating A, B, A, B…: medians and spreads of each. */
function interleaved(otherBin) {
  if (!existsSync(otherBin)) throw new Error(`--against: ${otherBin} not found (build that checkout first)`);
  const both = {};
  for (const [name, args] of Object.entries(startup)) {
    const a = [];
    const b = [];
    timeOnce([process.execPath, bin, ...args]);
    timeOnce([process.execPath, otherBin, ...args]);
    for (let i = 0; i < runs; i++) {
      a.push(timeOnce([process.execPath, bin, ...args]));
      b.push(timeOnce([process.execPath, otherBin, ...args]));
    }
    const sum = (xs) => ({ median: median(xs.map((x) => x.wall)), min: Math.min(...xs.map((x) => x.wall)), max: Math.max(...xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
    both[name] = { this: sum(a), other: sum(b) };
  }
  return both;
}

// ---- The table ----
const s = (x, d = 3) => (x === undefined ? '—' : `${x.toFixed(d)} s`);
const spread = (m) => `${s(m.median)} (${m.min.toFixed(2)}–${m.max.toFixed(2)})`;
const verdict = (ok) => (ok === undefined ? '' : ok ? 'yes' : 'NO');
const rows = [['measure', 'workplan', 'peer', 'ratio', 'target', 'met']];
const row = (...cells) => rows.push(cells.map((c) => (c === undefined ? '—' : String(c))));
const r = results;
const b = r.batch;
const perCoreBatch = b.wall * b.jobs / Math.max(1, b.reps);
row('node -e 0 (Node itself, no workplan), new process', spread(r.node), '', '', '', '');
if (r.nodeWithoutExtraCa) row('  the same without NODE_EXTRA_CA_CERTS (set here)', spread(r.nodeWithoutExtraCa), '', '', '', '');
row('--help, new process (median, min–max)', spread(r.help), '', '', '≤ 0.15 s', verdict(r.help.median <= 0.15));
row('validate one note, new process', spread(r.validate), '', '', '≤ 0.15 s', verdict(r.validate.median <= 0.15));
row('plan DOCX + PDF (zh-CN), new process', spread(r.plan), '', '', '≤ 0.40 s', verdict(r.plan.median <= 0.40));
if (r.libreOfficePlan) row('  vs LibreOffice DOCX → PDF of the same plan', s(r.plan.median), spread(r.libreOfficePlan), (r.plan.median / r.libreOfficePlan.median).toFixed(2), '≤ 0.45', verdict(r.plan.median / r.libreOfficePlan.median <= 0.45));
row('  CPU of that process', s(r.plan.cpu), '', '', '', '');
row('  library floor: the specified libraries alone, same note', spread(r.floor), '', '', '', '');
row('summary DOCX + PDF (zh-CN), new process', spread(r.summary), '', '', '≤ 0.55 s', verdict(r.summary.median <= 0.55));
if (r.typstCold) row('  CPU vs Typst zh.typ → PDF, new process', s(r.summary.cpu), s(r.typstCold.cpu), (r.summary.cpu / r.typstCold.cpu).toFixed(2), '', '');
row('plans/s, warm, one process, one core', `${r.planWarm.rate.toFixed(1)}/s`, '', '', '≥ 30/s', verdict(r.planWarm.rate >= 30));
row('summaries/s, warm, one core (5 sample reps)', `${r.summaryWarm.rate.toFixed(1)}/s`, '', '', '≥ 25/s', verdict(r.summaryWarm.rate >= 25));
row('CPU per summary, warm (5 sample reps)', s(r.summaryWarm.cpuPerDoc), r.typstWarmCpuPerDoc === undefined ? undefined : s(r.typstWarmCpuPerDoc), r.typstWarmCpuPerDoc ? (r.summaryWarm.cpuPerDoc / r.typstWarmCpuPerDoc).toFixed(2) : undefined, 'aim ≤ 1.5 × Typst', r.typstWarmCpuPerDoc ? verdict(r.summaryWarm.cpuPerDoc / r.typstWarmCpuPerDoc <= 1.5) : '');
row('CPU per summary, warm (zh-CN rep) vs Typst zh.typ', s(r.summaryWarmZh.cpuPerDoc), r.typstWarmCpuPerDoc === undefined ? undefined : s(r.typstWarmCpuPerDoc), r.typstWarmCpuPerDoc ? (r.summaryWarmZh.cpuPerDoc / r.typstWarmCpuPerDoc).toFixed(2) : undefined, 'aim ≤ 1.5', r.typstWarmCpuPerDoc ? verdict(r.summaryWarmZh.cpuPerDoc / r.typstWarmCpuPerDoc <= 1.5) : '');
row(`batch: ${b.reps} summaries + rollups, ${b.jobs} workers, wall`, `${b.wall.toFixed(1)} s`, '', '', '≤ 35 s', verdict(b.wall <= 35));
row('  peak memory', `${b.peakRssMb} MB`, '', '', '≤ 1024 MB', verdict(b.peakRssMb <= 1024));
if (r.pandoc) row('  per summary, per core, vs pandoc → DOCX', s(perCoreBatch), s(r.pandoc.median), (perCoreBatch / r.pandoc.median).toFixed(2), '', '');
if (r.libreOfficePeer) row('  per summary, per core, vs LibreOffice → PDF', s(perCoreBatch), s(r.libreOfficePeer.median), (perCoreBatch / r.libreOfficePeer.median).toFixed(3), '', '');
if (r.pandoc && r.libreOfficePeer) row('  per summary, per core, vs pandoc + LibreOffice', s(perCoreBatch), s(r.pandoc.median + r.libreOfficePeer.median), (perCoreBatch / (r.pandoc.median + r.libreOfficePeer.median)).toFixed(3), '', '');
if (r.typstCold) row('Typst zh.typ → PDF: new process / per doc warm', '', `${s(r.typstCold.median)} / ${s(r.typstWarmWallPerDoc)}`, '', '', '');

const widths = rows[0].map((_, i) => Math.max(...rows.map((x) => [...x[i]].length)));
const line = (cells) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ');
console.log(`\nworkplan bench, ${new Date().toISOString()}, node ${process.version}, ${runs} runs a cold measure (${peerRuns} for peers), ${has('hyperfine') ? 'hyperfine' : 'own timing loop'}`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const x of rows.slice(1)) console.log(line(x));
console.log('ratio = workplan ÷ peer (below 1: workplan is faster); one core against one core.');
for (const why of skipped) console.log(`skipped: ${why}`);
const steps = Object.entries(r.floor.steps).map(([k, v]) => `${k} ${v} ms`).join(', ');
console.log(`library floor, one run, each step in ms (loaded: from the process's start): ${steps}`);
if (r.against) {
  console.log(`\nthis build against ${against}, runs interleaved (median wall, min–max; median CPU):`);
  for (const [name, m] of Object.entries(r.against)) {
    console.log(`  ${name.padEnd(9)} this ${spread(m.this)} cpu ${s(m.this.cpu)}   other ${spread(m.other)} cpu ${s(m.other.cpu)}   this/other ${(m.this.median / m.other.median).toFixed(2)}`);
  }
}
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'last.json'), JSON.stringify(results, null, 1));
console.log(`\n(all figures: .bench/last.json)`);
