import { Command, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { hasErrors } from '../../notes/diagnostic.js';
import { runJobs } from '../run-jobs.js';
import { embedFontsOption, formatOption, formatsOf, localeOf, localeOption, outOption, sourceDateEpochOf, templatesOption, configOption, noConfigOption } from '../options.js';
import type { FromConfig } from '../../config/apply-config.js';
import { describeTemplateSources } from '../template-sources.js';

/** The same shape the note schema accepts, kept here so --help does not load the schemas. */
const PERIOD = /^\d{4}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12])$/;

export const periodOption = (description: string) =>
  new Option('-p, --period <period>', description).argParser((v: string) => {
    if (!PERIOD.test(v)) throw new InputError(`--period "${v}" is not a plan period; write a month (2026-09), a quarter (2026-Q3) or a half-year (2026-H2)`);
    return v;
  });

export function teamPlanCommand(): Command {
  return new Command('team-plan')
    .summary("render a team's own plan for a month, quarter or half-year")
    .description("Render the manager's plan for a team (<team-folder>/plans/<period>.md) with what the reps' notes say for the period: the team's figures against target, reps by career stage with what each stage needs, flat figures, the reps' support requests, and how the previous period's objectives went.")
    .argument('<team-folders...>', 'team folders (holding team.md, the rep folders and plans/)')
    .addOption(periodOption('the period of the plan: 2026-09, 2026-Q3 or 2026-H2').makeOptionMandatory())
    .addOption(formatOption())
    .addOption(outOption())
    .addOption(localeOption())
    .addOption(templatesOption())
    .addOption(embedFontsOption())
    .addOption(configOption())
    .addOption(noConfigOption())
    .addHelpText('after', '\nExamples:\n  workplan team-plan data/service-desk --period 2026-H2\n  workplan team-plan data/service-desk --period 2026-Q3 --format pdf --locale zh-TW\n')
    .action(async (folders: string[], opts: { period: string; format: string; out: string; locale?: string; templates?: string; embedFonts: boolean } & FromConfig) => {
      const missing = folders.filter((f) => !existsSync(f));
      if (missing.length) throw new InputError(`cannot find ${missing.join(', ')}`);
      const files = folders.filter((f) => !statSync(f).isDirectory());
      if (files.length) throw new InputError(`${files.join(', ')} ${files.length > 1 ? 'are files' : 'is a file'}; give the team folder, e.g. data/service-desk`);
      // Loaded here, not at the top: --help and the other commands must not pay for the renderers.
      describeTemplateSources(opts.templates);
      const { runTeamPlan } = await import('../../pipeline/team-plan-job.js');
      const options = { period: opts.period, formats: formatsOf(opts.format), outDir: opts.out, locale: localeOf(opts.locale, opts.templates), templatesDir: opts.templates, embedFonts: opts.embedFonts, theme: opts.theme, defaultLocale: opts.defaultLocale, sourceDateEpoch: sourceDateEpochOf(process.env.SOURCE_DATE_EPOCH) };
      // A rep's note with an error is left out of the figures and named in the plan, which is still
      // written; the run then ends with exit 1, as a batch does, so the problem is not missed.
      let problems = false;
      await runJobs(folders, async (folder) => {
        const result = await runTeamPlan(folder, options);
        problems ||= hasErrors(result.diagnostics);
        return result;
      }, 'team plans', '; run "workplan validate" on the plan for details');
      if (problems) process.exitCode = EXIT.invalidInput;
    });
}
