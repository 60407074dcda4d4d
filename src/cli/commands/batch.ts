import { Command, Option } from 'commander';
import { describeTemplateSources } from '../template-sources.js';
import { relative } from 'node:path';
import { parseShard } from '../../batch/shard.js';
import { compareDiagnostics, hasErrors } from '../../notes/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { exitCodeOf, formatFailure, InputError } from '../errors.js';
import type { BatchReport } from '../../batch/run-batch.js';
import { embedFontsOption, formatOption, formatsOf, localeOf, localeOption, outOption, sourceDateEpochOf, templatesOption, configOption, noConfigOption } from '../options.js';
import type { FromConfig } from '../../config/apply-config.js';
import { info, problem, reportDiagnostics, verbosity } from '../verbosity.js';
import { yearOption } from './summary.js';
import { periodOption } from './team-plan.js';
import { existsSync } from 'node:fs';

export function batchCommand(): Command {
  return new Command('batch')
    .summary("render every rep's annual summary and a rollup per team (and team plans)")
    .description("Render the annual summary of every rep in the team folders given, on a pool of worker threads, and one team rollup per team; with --period, each team's plan for that period too. A rep with bad notes is skipped and listed at the end; everything else is still written.")
    .argument('<team-folders...>', 'team folders (holding rep folders), or folders above them')
    .addOption(yearOption())
    .addOption(periodOption("also render each team's plan for this period (plans/<period>.md): 2026-09, 2026-Q3 or 2026-H2"))
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(jobsOption())
    .option('--shard <i/n>', 'render only the i-th of n stable parts of the reps (for a CI matrix); shard 1 also renders the rollups')
    .option('--metrics <kpi.csv>', 'metric values from the call system: CSV with columns rep,month,metric,value')
    .option('--json', 'print a machine-readable report (files with size and SHA-256, failures, timings) on stdout')
    .option('--framework <file>', 'competency framework (default: <team>/competencies.yaml, then <data>/framework/competencies.yaml, then the one shipped with workplan)')
    .addOption(localeOption())
    .addOption(templatesOption())
    .addOption(embedFontsOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .addHelpText('after', '\nExamples:\n  workplan batch data/service-desk --year 2026\n  workplan batch data --year 2026 --jobs 2 --shard 1/4 --json > report.json\n  workplan batch data --year 2026 --metrics kpi.csv\n  workplan batch data --year 2026 --period 2026-H2\n\nExit status: 0 when every rep rendered, 1 when any rep failed or a KPI row was bad, 2 when a template is wrong, 3 on a bug (the worst one wins).\n')
    .action(async (paths: string[], opts: { year: number; period?: string; format: string; out: string; jobs?: number; shard?: string; metrics?: string; json?: boolean; framework?: string; locale?: string; templates?: string; embedFonts: boolean } & FromConfig) => {
      const missing = paths.filter((p) => !existsSync(p));
      if (missing.length) throw new InputError(`cannot find ${missing.join(', ')}`);
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      if (opts.shard !== undefined && !shard) throw new InputError(`--shard must look like 2/5 (part 2 of 5), not "${opts.shard}"`);
      if (opts.metrics && !existsSync(opts.metrics)) throw new InputError(`cannot find the KPI file ${opts.metrics}`);
      // Loaded here, not at the top: --help and the other commands must not pay for the renderers.
      describeTemplateSources(opts.templates);
      const { runBatch } = await import('../../batch/run-batch.js');
      const report = await runBatch(paths, {
        year: opts.year, period: opts.period, formats: formatsOf(opts.format), outDir: opts.out, jobs: opts.jobs, shard, locale: localeOf(opts.locale, opts.templates),
        templatesDir: opts.templates, frameworkFile: opts.framework, kpiFile: opts.metrics, embedFonts: opts.embedFonts, sourceDateEpoch: sourceDateEpochOf(process.env.SOURCE_DATE_EPOCH), theme: opts.theme, defaultLocale: opts.defaultLocale,
        progress: verbosity() !== 'quiet',
      });
      if (report.jobsNote) info(report.jobsNote);
      if (report.reps === 0 && report.outputs.length === 0 && report.failed.length === 0) throw new InputError(`no rep folders (folders with rep.md) in ${paths.join(', ')}`);
      reportDiagnostics(report.diagnostics);
      // Template errors and bugs are printed once each, with their file and line or stack.
      const shown = new Set<string>();
      for (const f of report.failed) {
        problem(`FAILED ${f.rep}`);
        const text = f.failure && f.failure.kind !== 'input' ? formatFailure(f.failure) : '';
        if (text && !shown.has(text)) problem((shown.add(text), text));
      }
      info(`${report.rendered} of ${report.reps} reps rendered${report.skipped.length ? ` (${report.skipped.length} not on the team in ${report.year})` : ''}, ${report.outputs.length} files, ${report.seconds.total.toFixed(1)} s on ${report.jobs} worker(s)`);
      if (opts.json) {
        const json = { ...report, outputs: report.outputs.map((o) => ({ ...o, file: relative(process.cwd(), o.file) })), diagnostics: [...report.diagnostics].sort(compareDiagnostics).map((d) => ({ ...d, file: relative(process.cwd(), d.file) })) };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      }
      process.exitCode = batchExitCode(report);
    });
}

/** The worst of the run: a bug (3) over a template error (2) over bad input (1). */
export function batchExitCode(report: Pick<BatchReport, 'failed' | 'diagnostics'>): number {
  let code: number = hasErrors(report.diagnostics) ? EXIT.invalidInput : EXIT.ok;
  for (const f of report.failed) code = Math.max(code, exitCodeOf(f.kind));
  return code;
}

export const jobsOption = () =>
  new Option('-j, --jobs <n>', 'worker threads (default: number of cores; never more than the documents or than memory holds)').argParser((v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new InputError(`--jobs must be a whole number of at least 1, not "${v}"`);
    return Number(v);
  });
