import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { MONTH_FILE } from '../../notes/cross-check.js';
import { hasErrors, type Diagnostic } from '../../notes/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { findFrameworkFile, ratingsWithoutFramework } from '../../notes/find-framework.js';
import type { KpiRep } from '../../notes/check-kpi.js';
import type { Framework } from '../../notes/schema.js';
import { InputError } from '../errors.js';
import { summarize } from '../report.js';
import { configOption, noConfigOption } from '../options.js';
import { info, reportDiagnostics } from '../verbosity.js';

export function validateCommand(): Command {
  return new Command('validate')
    .summary('check notes (and a KPI export) and report every problem at once')
    .description('Check every note in the files or folders given: front matter fields, values, unknown keys, metric ids and goal references, and self-ratings against the competency framework. A team.md given checks that file and every rep of its team; the plans of a team folder (plans/<period>.md) are checked too. With --metrics, check a KPI export against the same reps before a batch run. Every problem is listed with file, line, column, field, the value found and a hint.')
    .argument('<paths...>', 'note files or folders')
    .option('--metrics <kpi.csv>', 'also check a KPI export (rep,month,metric,value) against these reps')
    .option('--year <year>', 'with --metrics: warn about rows outside this year')
    .option('--framework <file>', 'competency framework (default: see "The competency framework" in the README)')
    .addOption(configOption())
    .addOption(noConfigOption())
    .addHelpText('after', '\nExamples:\n  workplan validate data\n  workplan validate data/service-desk/li-na/2026-09.md\n  workplan validate data/service-desk/team.md\n  workplan validate data/service-desk/plans/2026-H2.md\n  workplan validate --metrics kpi.csv --year 2026 data\n\nExit status: 0 when no errors (warnings allowed), 1 when any note or KPI row has an error.\n')
    .action(async (paths: string[], opts: { metrics?: string; year?: string; framework?: string }) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new InputError(`--year must be a year such as 2026, not "${opts.year}"`);
      if (opts.metrics && !existsSync(opts.metrics)) throw new InputError(`cannot find the KPI file ${opts.metrics}`);
      // Loaded here, not at the top: the note schemas are large and --help does not need them.
      const [{ expandPaths, findTeamPlans }, { loadTeamPlan }, { loadRep }, { loadFramework }, { loadKpi }, { checkKpi }, { parseNote }, { teamSchema }, { checkProfileRanges }, { checkRepFolders }, { kpiRepOf }] = await Promise.all([
        import('../../notes/find-notes.js'),
        import('../../notes/load-team-plan.js'),
        import('../../notes/load-rep.js'),
        import('../../notes/load-framework.js'),
        import('../../notes/load-kpi.js'),
        import('../../notes/check-kpi.js'),
        import('../../notes/parse-note.js'),
        import('../../notes/schema.js'),
        import('../../notes/value-range.js'),
        import('../../batch/duplicate-reps.js'),
        import('../../notes/kpi-rep.js'),
      ]);
      // A team.md stands for its team: the file itself, and every rep whose notes read it.
      const teamFiles = paths.filter((p) => basename(p) === 'team.md' && existsSync(p));
      // A team plan (plans/2026-H2.md) is checked on its own, not read as a rep's monthly note.
      const planPaths = paths.filter((p) => basename(dirname(p)) === 'plans' && existsSync(p) && !statSync(p).isDirectory());
      const targets = await expandPaths(paths.filter((p) => !planPaths.includes(p)).map((p) => (teamFiles.includes(p) ? dirname(p) : p)));
      if (targets.missing.length) throw new InputError(`cannot find ${targets.missing.join(', ')}`);
      const diagnostics: Diagnostic[] = [...targets.skipped];
      // Valid notes (monthly, annual, team plans) for the closing line; profiles are not counted, so a
      // note named alone that has an error reads "0 valid notes" however good its rep.md is.
      let notes = 0;
      for (const file of teamFiles) {
        const team = await parseNote(file, teamSchema);
        diagnostics.push(...(team.ok ? checkProfileRanges(team.note) : team.diagnostics));
      }
      // A rep folder reached only through notes named one by one has just those notes checked.
      const folderArgs = paths.filter((p) => !teamFiles.includes(p) && !MONTH_FILE.test(basename(p))).map((p) => resolve(p));
      const namedOnly = (folder: string): string[] | undefined => {
        const full = resolve(folder);
        if (folderArgs.some((p) => full === p || full.startsWith(`${p}${sep}`))) return undefined;
        const named = targets.monthNotes.filter((n) => resolve(dirname(n)) === full);
        return named.length ? named : undefined;
      };
      // A team's plans are checked when its folder is covered, not for a rep's note named alone.
      const plans = await findTeamPlans(paths, targets.repFolders.filter((f) => !namedOnly(f)));
      if (targets.repFolders.length === 0 && teamFiles.length === 0 && plans.length === 0) throw new InputError(`no rep folders (folders with rep.md) in ${paths.join(', ')}`);
      const folders = await checkRepFolders(targets.repFolders);
      diagnostics.push(...[...folders.refused.values()].map((r) => r.diagnostic), ...folders.samePerson);
      const reps: KpiRep[] = [];
      // Each framework file is checked once, and every rep's ratings against the one the rule finds for it.
      const frameworks = new Map<string, Framework | undefined>();
      for (const folder of targets.repFolders) {
        const only = namedOnly(folder);
        // Ratings are in annual notes: monthly notes named one by one need no framework, unless one is given.
        const file = only && !opts.framework ? undefined : findFrameworkFile(folder, opts.framework);
        if (file && !frameworks.has(file)) {
          const loaded = await loadFramework(file);
          diagnostics.push(...(loaded.ok ? loaded.warnings : loaded.diagnostics));
          frameworks.set(file, loaded.ok ? loaded.framework : undefined);
        }
        const framework = file ? frameworks.get(file) : undefined;
        const result = await loadRep(folder, { framework, only });
        diagnostics.push(...result.diagnostics);
        if (result.notes) {
          const checked = only ? result.notes.months.filter((m) => only.some((f) => resolve(f) === resolve(m.file))) : result.notes.months;
          notes += checked.length + result.notes.annuals.length;
          if (!file) diagnostics.push(...ratingsWithoutFramework(result.notes, folder));
          reps.push(kpiRepOf(result.notes));
        } else {
          // A rep whose profile is broken is still a rep: its rows are not "unknown", only unchecked.
          reps.push({ id: basename(folder) });
        }
      }
      for (const plan of plans) {
        const loaded = await loadTeamPlan(plan.team, plan.period);
        if (loaded.notes) notes++;
        // team.md's own problems are already listed once for its reps.
        const seen = new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}:${d.message}`));
        diagnostics.push(...loaded.diagnostics.filter((d) => !seen.has(`${d.file}:${d.line}:${d.column}:${d.message}`)));
      }
      if (opts.metrics) {
        const kpi = await loadKpi(opts.metrics);
        diagnostics.push(...kpi.diagnostics, ...checkKpi(opts.metrics, kpi.table, reps, opts.year === undefined ? undefined : Number(opts.year)));
      }
      reportDiagnostics(diagnostics, false);
      info(`${targets.repFolders.length} rep folder(s), ${notes} valid note(s); ${summarize(diagnostics)}`);
      if (hasErrors(diagnostics)) process.exitCode = EXIT.invalidInput;
    });
}
