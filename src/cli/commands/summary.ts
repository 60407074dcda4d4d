import { Command, Option } from 'commander';
import type { FromConfig } from '../../config/apply-config.js';
import { describeTemplateSources } from '../template-sources.js';
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { KpiRep } from '../../notes/check-kpi.js';
import { refusingDuplicates, runJobs } from '../run-jobs.js';
import { embedFontsOption, formatOption, formatsOf, localeOf, localeOption, outOption, sourceDateEpochOf, templatesOption, configOption, noConfigOption } from '../options.js';

export const yearOption = () =>
  new Option('-y, --year <year>', 'the calendar year to sum up').makeOptionMandatory().argParser((v) => {
    if (!/^\d{4}$/.test(v)) throw new InputError(`--year must be a year such as 2026, not "${v}"`);
    return Number(v);
  });

export function summaryCommand(): Command {
  return new Command('summary')
    .summary('render the annual summary / self-review of a rep')
    .description("Render a rep's annual summary and self-review from a year of monthly notes and the annual note (YYYY.md). Give rep folders, or folders to search for them.")
    .argument('<rep-folders...>', 'rep folders (holding rep.md), or folders to search for them')
    .addOption(yearOption())
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(localeOption())
    .addOption(templatesOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .addOption(embedFontsOption())
    .option('--framework <file>', 'competency framework (default: <team>/competencies.yaml, then <data>/framework/competencies.yaml, then the one shipped with workplan)')
    .option('--metrics <kpi.csv>', 'metric values from the call system (CSV: rep,month,metric,value), as batch takes them; rows of reps not summed up here are ignored')
    .addHelpText('after', '\nExamples:\n  workplan summary data/service-desk/li-na --year 2026\n  workplan summary data --year 2026 --format pdf\n  workplan summary data/service-desk/li-na --year 2026 --metrics kpi.csv\n')
    .action(async (paths: string[], opts: { year: number; format: string; out: string; locale?: string; templates?: string; framework?: string; metrics?: string; embedFonts: boolean } & FromConfig) => {
      const { expandPaths } = await import('../../notes/find-notes.js');
      const targets = await expandPaths(paths);
      if (targets.missing.length) throw new InputError(`cannot find ${targets.missing.join(', ')}`);
      if (targets.repFolders.length === 0) throw new InputError(`no rep folders (folders with rep.md) in ${paths.join(', ')}`);
      if (opts.metrics && !existsSync(opts.metrics)) throw new InputError(`cannot find the KPI file ${opts.metrics}`);
      // Loaded here, not at the top: --help and the other commands must not pay for the renderers.
      describeTemplateSources(opts.templates);
      const { runAnnualSummary } = await import('../../pipeline/annual-summary-job.js');
      // A KPI export is read once, and its rows are checked against the reps summed up here, as batch does for its reps.
      const kpi = opts.metrics ? await (await import('../../notes/load-kpi.js')).loadKpi(opts.metrics) : undefined;
      const options = { year: opts.year, formats: formatsOf(opts.format), outDir: opts.out, locale: localeOf(opts.locale, opts.templates), templatesDir: opts.templates, frameworkFile: opts.framework, kpi: kpi?.table, kpiFile: opts.metrics, embedFonts: opts.embedFonts, theme: opts.theme, defaultLocale: opts.defaultLocale, sourceDateEpoch: sourceDateEpochOf(process.env.SOURCE_DATE_EPOCH) };
      const reps: KpiRep[] = [];
      const job = await refusingDuplicates(targets.repFolders, (folder: string) => folder, async (folder) => {
        const result = await runAnnualSummary(folder, options);
        if (result.rep) reps.push(result.rep);
        return result;
      });
      const checkKpiOfRun = kpi ? (await import('../../notes/check-kpi.js')).checkKpiOfRun : undefined;
      const checkRows = kpi && checkKpiOfRun ? () => checkKpiOfRun(opts.metrics!, kpi.table, reps, opts.year, false) : undefined;
      await runJobs(targets.repFolders, job, 'summaries', '', [...targets.skipped, ...(kpi?.diagnostics ?? [])], checkRows);
    });
}
