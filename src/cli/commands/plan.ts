import { Command } from 'commander';
import type { FromConfig } from '../../config/apply-config.js';
import { describeTemplateSources } from '../template-sources.js';
import { InputError } from '../errors.js';
import { refusingDuplicates, runJobs } from '../run-jobs.js';
import { basename, dirname, resolve } from 'node:path';
import { embedFontsOption, formatOption, formatsOf, localeOf, localeOption, outOption, sourceDateEpochOf, templatesOption, configOption, noConfigOption } from '../options.js';

export function planCommand(): Command {
  return new Command('plan')
    .summary('render monthly work plans from monthly notes')
    .description('Render the monthly work plan for each monthly note (YYYY-MM.md) given, or for every monthly note in the folders given.')
    .argument('<notes...>', 'monthly note files, or folders to search for them')
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(localeOption())
    .addOption(templatesOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .addOption(embedFontsOption())
    .addHelpText('after', '\nExamples:\n  workplan plan data/service-desk/li-na/2026-09.md\n  workplan plan data --format pdf --out build/plans --locale en\n')
    .action(async (paths: string[], opts: { format: string; out: string; locale?: string; templates?: string; embedFonts: boolean } & FromConfig) => {
      const { expandPaths } = await import('../../notes/find-notes.js');
      const targets = await expandPaths(paths);
      if (targets.missing.length) throw new InputError(`cannot find ${targets.missing.join(', ')}`);
      if (targets.monthNotes.length === 0) {
        const teamPlans = paths.filter((p) => basename(dirname(p)) === 'plans');
        const hint = teamPlans.length ? `; ${teamPlans[0]} is a team plan: render it with "workplan team-plan ${dirname(dirname(teamPlans[0]!))} --period ${basename(teamPlans[0]!, '.md')}"` : '';
        throw new InputError(`no monthly notes (YYYY-MM.md) in ${paths.join(', ')}${hint}`);
      }
      // Loaded here, not at the top: --help and the other commands must not pay for the renderers.
      describeTemplateSources(opts.templates);
      const { runMonthlyPlan } = await import('../../pipeline/monthly-plan-job.js');
      const options = { formats: formatsOf(opts.format), outDir: opts.out, locale: localeOf(opts.locale, opts.templates), templatesDir: opts.templates, embedFonts: opts.embedFonts, theme: opts.theme, defaultLocale: opts.defaultLocale, sourceDateEpoch: sourceDateEpochOf(process.env.SOURCE_DATE_EPOCH), repCache: targets.monthNotes.length > 1 ? new Map() : undefined };
      // A note named on the command line after the rep left is refused; one found in a folder is skipped, as a batch would.
      const named = new Set(paths.map((p) => resolve(p)));
      const job = await refusingDuplicates(targets.repFolders, (note: string) => dirname(note), (note) => runMonthlyPlan(note, { ...options, afterLeaving: named.has(resolve(note)) ? 'error' : 'skip' }));
      await runJobs(targets.monthNotes, job, 'plans', '; run "workplan validate" on the notes for details', targets.skipped);
    });
}
