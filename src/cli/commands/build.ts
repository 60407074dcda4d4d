import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { BuildConfig } from '../../batch/build-config.js';

/** The config file a build reads by default (repeated from build-config.ts so --help does not load zod). */
const CONFIG_FILE = 'workplan.config.json';
import { EXIT } from '../exit-codes.js';
import { InputError } from '../errors.js';
import { sourceDateEpochOf } from '../options.js';
import { info, problem, reportDiagnostics, verbosity } from '../verbosity.js';
import { batchExitCode, jobsOption } from './batch.js';

export function buildCommand(): Command {
  return new Command('build')
    .summary('render what a config lists, only what changed since the last build')
    .description(`Render the plans, summaries and rollups listed in ${CONFIG_FILE}, on the worker pool. A manifest in the output folder records what each document was made from: a document whose notes, templates and settings are unchanged is not rendered again.`)
    .option('-c, --config <file>', 'the build config', CONFIG_FILE)
    .option('--force', 'render every document, changed or not')
    .option('--check', 'write nothing; exit 1 listing every document that would change (for CI)')
    .option('--prune', 'remove the documents of notes that no longer exist (they are listed either way)')
    .addOption(jobsOption())
    .option('--json', 'print a machine-readable report on stdout, as batch does')
    .addHelpText('after', `\nExamples:\n  workplan build\n  workplan build --config ci/workplan.config.json --jobs 2\n  workplan build --check        # in CI: are the committed documents up to date?\n\nExit status: 0 when everything is up to date or rendered, 1 on bad input or when --check finds changes, 2 template error, 3 bug.\n`)
    .action(async (opts: { config: string; force?: boolean; check?: boolean; prune?: boolean; jobs?: number; json?: boolean }) => {
      if (opts.check && (opts.force || opts.prune)) throw new InputError('--check writes nothing: it cannot be combined with --force or --prune');
      if (!existsSync(opts.config)) throw new InputError(`cannot find the build config ${opts.config}; create ${CONFIG_FILE} (see the README) or pass --config FILE`);
      let config: BuildConfig;
      try {
        config = (await import('../../batch/build-config.js')).loadConfig(opts.config);
      } catch (error) {
        if ((error as Error).name === 'ConfigError') throw new InputError((error as Error).message);
        throw error;
      }
      // The theme is read and checked as plan and summary read it (src/config), errors at their line.
      let theme;
      if (config.theme !== undefined) {
        const [{ loadConfigFile, ConfigError }, { themeFromConfig }, { formatDiagnostics }] = await Promise.all([import('../../config/find-config.js'), import('../../config/theme-from-config.js'), import('../report.js')]);
        try {
          theme = await themeFromConfig(await loadConfigFile(opts.config));
        } catch (error) {
          if (error instanceof ConfigError) throw new InputError(`the config file cannot be used:\n${formatDiagnostics(error.diagnostics)}`);
          throw error;
        }
      }
      // Loaded when used: the glob matcher and hashing would slow every other command's start.
      const { runBuild } = await import('../../batch/run-build.js');
      const report = await runBuild(config, { theme, force: opts.force, check: opts.check, prune: opts.prune, jobs: opts.jobs, sourceDateEpoch: sourceDateEpochOf(process.env.SOURCE_DATE_EPOCH), progress: verbosity() !== 'quiet' });
      const out = info;
      if (report.jobsNote) out(report.jobsNote);
      reportDiagnostics(report.diagnostics);
      for (const f of report.failed) problem(`FAILED ${f.rep}`);
      if (opts.check) for (const s of report.stale) out(`would render ${s.document} (${s.reason})`);
      for (const o of report.orphans) out(`${o}: its note is gone or no longer listed${opts.check ? '' : '; --prune removes it'}`);
      for (const o of report.removed) out(`removed ${o}`);
      const verb = opts.check ? `${report.stale.length} would be rendered` : `${report.rendered} rendered${report.skipped.length ? `, ${report.skipped.length} with nothing to render (the rep had left)` : ''}`;
      out(`${report.documents} documents: ${report.upToDate} up to date, ${verb}${report.failed.length ? `, ${report.failed.length} failed` : ''}, ${report.seconds.total.toFixed(2)} s`);
      if (opts.json) {
        const json = { ...report, outputs: report.outputs.map((o) => ({ ...o, file: relative(process.cwd(), o.file) })), diagnostics: report.diagnostics.map((d) => ({ ...d, file: relative(process.cwd(), d.file) })) };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      }
      const outOfDate = opts.check && (report.stale.length > 0 || report.orphans.length > 0);
      process.exitCode = Math.max(batchExitCode(report), outOfDate ? EXIT.invalidInput : EXIT.ok);
    });
}
