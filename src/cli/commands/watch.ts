import { Command } from 'commander';
import type { FromConfig } from '../../config/apply-config.js';
import { relative } from 'node:path';
import { affectedJobs, jobKey, type Job } from '../../watch/affected.js';
import { info, problem, reportDiagnostics, wrote } from '../verbosity.js';
import { formatOption, formatsOf, localeOf, localeOption, outOption, templatesOption, configOption, noConfigOption } from '../options.js';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../../notes/diagnostic.js';

interface WatchOptions extends FromConfig {
  format: string;
  out: string;
  locale?: string;
  templates?: string;
  year?: string;
}

export function watchCommand(): Command {
  return new Command('watch')
    .summary('re-render plans (and summaries) whenever a note changes')
    .description(
      "Watch notes and folders, and whenever a note is saved re-render what it feeds: its monthly plan and next month's (which reviews its goals); with --year, the rep's annual summary too. Prints what it wrote, or the note's problems; keeps watching after an error. Stop with Ctrl-C.",
    )
    .argument('<paths...>', 'note files or folders to watch')
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(localeOption())
    .addOption(templatesOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .option('--year <year>', 'also re-render the annual summary of this year')
    .addHelpText('after', '\nExamples:\n  workplan watch data/service-desk/li-na\n  workplan watch data --year 2026 --format pdf\n')
    .action(async (paths: string[], opts: WatchOptions) => {
      // Loaded here: the note schemas and the renderers are large, and --help does not need them.
      const [{ runMonthlyPlan }, { runAnnualSummary }, { watchNotes }] = await Promise.all([import('../../pipeline/monthly-plan-job.js'), import('../../pipeline/annual-summary-job.js'), import('../../watch/watch-notes.js')]);
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) throw new InputError(`--year "${opts.year}" is not a year`);
      const options = { formats: formatsOf(opts.format), outDir: opts.out, locale: localeOf(opts.locale, opts.templates), templatesDir: opts.templates, theme: opts.theme, defaultLocale: opts.defaultLocale, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH };
      const run = async (job: Job) => (job.kind === 'plan' ? runMonthlyPlan(job.note, options) : runAnnualSummary(job.repFolder, { ...options, year: job.year }));
      const watcher = watchNotes(paths, async (changed) => {
        const jobs = new Map<string, Job>();
        for (const file of changed) for (const job of affectedJobs(file, year)) jobs.set(jobKey(job), job);
        // A broken note is read by its own plan and by next month's: its problems are gathered
        // over the burst and reported once (reportDiagnostics drops repeats), not once per plan.
        const diagnostics: Diagnostic[] = [];
        for (const job of jobs.values()) {
          try {
            const result = await run(job);
            for (const w of result.written) wrote(relative(process.cwd(), w.file));
            diagnostics.push(...result.diagnostics);
          } catch (error) {
            // A template or a bug stops this render, not the watch.
            problem(`workplan: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        reportDiagnostics(diagnostics, false);
      });
      await watcher.ready;
      info(`watching ${paths.join(', ')} — save a note to render it; Ctrl-C to stop`);
      await new Promise<void>((resolve) => {
        const stop = () => void watcher.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
