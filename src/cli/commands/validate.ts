import { Command } from 'commander';
import { hasErrors, type Diagnostic } from '../../notes/diagnostic.js';
import { EXIT } from '../exit-codes.js';
import { existsSync } from 'node:fs';
import type { Framework } from '../../notes/schema.js';
import { defaultFrameworkFile } from '../../pipeline/framework-file.js';
import { InputError } from '../errors.js';
import { formatDiagnostics, summarize } from '../report.js';

export function validateCommand(): Command {
  return new Command('validate')
    .summary('check notes and report every problem at once')
    .description('Check every note in the files or folders given: front matter fields, values, unknown keys, metric ids and goal references. Every problem is listed with file, line, column, field, the value found and a hint.')
    .argument('<paths...>', 'note files or folders')
    .addHelpText('after', '\nExamples:\n  workplan validate data\n  workplan validate data/service-desk/li-na/2026-09.md\n\nExit status: 0 when no errors (warnings allowed), 1 when any note has an error.\n')
    .action(async (paths: string[]) => {
      const { expandPaths } = await import('../../notes/find-notes.js');
      const targets = await expandPaths(paths);
      if (targets.missing.length) throw new InputError(`cannot find ${targets.missing.join(', ')}`);
      if (targets.repFolders.length === 0) throw new InputError(`no rep folders (folders with rep.md) in ${paths.join(', ')}`);
      // Loaded here, not at the top: the note schemas are large and --help does not need them.
      const [{ loadRep }, { loadFramework }] = await Promise.all([import('../../notes/load-rep.js'), import('../../notes/load-framework.js')]);
      const diagnostics: Diagnostic[] = [];
      let notes = 0;
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
