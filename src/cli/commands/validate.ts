import { Command } from 'commander';
import { expandPaths } from '../../notes/find-notes.js';
import { loadRep } from '../../notes/load-rep.js';
import { hasErrors, type Diagnostic } from '../../notes/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { existsSync } from 'node:fs';
import { loadFramework } from '../../notes/load-framework.js';
import type { Framework } from '../../notes/schema.js';
import { defaultFrameworkFile } from '../../pipeline/annual-summary-job.js';
import { InputError } from '../errors.js';
import { formatDiagnostics, summarize } from '../report.js';
import { basename, dirname } from 'node:path';
import { parseNote } from '../../notes/parse-note.js';
import { teamSchema } from '../../notes/schema.js';
import { checkProfileRanges } from '../../notes/value-range.js';
import { duplicateReps } from '../../batch/duplicate-reps.js';

export function validateCommand(): Command {
  return new Command('validate')
    .summary('check notes and report every problem at once')
    .description('Check every note in the files or folders given: front matter fields, values, unknown keys, metric ids and goal references. Every problem is listed with file, line, column, field, the value found and a hint.')
    .argument('<paths...>', 'note files or folders')
    .addHelpText('after', '\nExamples:\n  workplan validate data\n  workplan validate data/service-desk/li-na/2026-09.md\n  workplan validate data/service-desk/team.md\n\nExit status: 0 when no errors (warnings allowed), 1 when any note has an error.\n')
    .action(async (paths: string[]) => {
      // A team.md stands for its team: the file itself, and every rep whose notes read it.
      const teamFiles = paths.filter((p) => basename(p) === 'team.md' && existsSync(p));
      const targets = await expandPaths(paths.map((p) => (teamFiles.includes(p) ? dirname(p) : p)));
      if (targets.missing.length) throw new InputError(`cannot find ${targets.missing.join(', ')}`);
      const diagnostics: Diagnostic[] = [...targets.skipped];
      let notes = 0;
      for (const file of teamFiles) {
        const team = await parseNote(file, teamSchema);
        if (team.ok) notes++;
        diagnostics.push(...(team.ok ? checkProfileRanges(team.note) : team.diagnostics));
      }
      if (targets.repFolders.length === 0 && teamFiles.length === 0) throw new InputError(`no rep folders (folders with rep.md) in ${paths.join(', ')}`);
      diagnostics.push(...(await duplicateReps(targets.repFolders)).values());
      // Each data folder's competency framework is checked once, and annual ratings against it.
      const frameworks = new Map<string, Framework | undefined>();
      for (const folder of targets.repFolders) {
        const file = defaultFrameworkFile(folder);
        if (!frameworks.has(file)) {
          const loaded = existsSync(file) ? await loadFramework(file) : undefined;
          if (loaded && !loaded.ok) diagnostics.push(...loaded.diagnostics);
          frameworks.set(file, loaded?.ok ? loaded.framework : undefined);
        }
        const result = await loadRep(folder, { framework: frameworks.get(file) });
        diagnostics.push(...result.diagnostics);
        if (result.notes) notes += result.notes.months.length + result.notes.annuals.length + 1;
      }
      if (diagnostics.length) process.stderr.write(`${formatDiagnostics(diagnostics)}\n`);
      process.stderr.write(`${targets.repFolders.length} rep folder(s), ${notes} valid note(s); ${summarize(diagnostics)}\n`);
      if (hasErrors(diagnostics)) process.exitCode = EXIT.invalidInput;
    });
}
