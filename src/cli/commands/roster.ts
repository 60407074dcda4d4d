import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { readNoteText } from '../../notes/read-text.js';
import { hasErrors, type Diagnostic } from '../../notes/diagnostic.js';
import { idFromName } from '../../scaffold/ids.js';
import { writeNewFiles } from '../../output/write-new.js';
import { EXIT } from '../exit-codes.js';
import { InputError } from '../errors.js';
import { reportDiagnostics, wrote } from '../verbosity.js';

export function rosterCommand(): Command {
  return new Command('roster')
    .summary("create a team's rep folders from a CSV")
    .description('Create a rep folder with its rep.md for every row of a CSV with the columns id, name, hired, left, manager, locale (id and name required; left only for a rep who has left). Bad rows are reported with their line and skipped; a rep whose folder already has a rep.md is left as it is.')
    .argument('<team-folder>', 'the team folder (with team.md)')
    .argument('<roster.csv>', 'the roster')
    .addHelpText('after', '\nExample roster.csv:\n  id,name,hired,manager,locale\n  li-na,李娜,2025-12-01,王强,zh-CN\n  kim-minji,김민지,2024-03-04,박서준,ko\n\n  workplan roster data/service-desk roster.csv\n')
    .action(async (teamFolder: string, csv: string) => {
      // Loaded here: the note schemas and the renderers are large, and --help does not need them.
      const [{ parseNote }, { teamSchema }, { readRoster }, { repProfileText }, { schemaFileName }] = await Promise.all([import('../../notes/parse-note.js'), import('../../notes/schema.js'), import('../../scaffold/roster.js'), import('../../scaffold/starter-notes.js'), import('../../notes/json-schema.js')]);
      const read = await readNoteText(csv);
      if (!read.ok) throw new InputError(`${csv} ${read.diagnostic.message}`);
      const { rows, diagnostics } = readRoster(csv, read.text);
      const team = existsSync(join(teamFolder, 'team.md')) ? await parseNote(join(teamFolder, 'team.md'), teamSchema) : undefined;
      const teamData = team?.ok ? team.note.data : undefined;
      const schemaDir = existsSync(join(teamFolder, 'schemas', schemaFileName('rep'))) ? '../schemas' : undefined;
      const skipped: Diagnostic[] = [];
      for (const row of rows) {
        const file = join(teamFolder, row.id, 'rep.md');
        if (existsSync(file)) {
          skipped.push({ file: csv, line: row.line, column: 0, field: 'id', input: JSON.stringify(row.id), message: `already has ${relative(process.cwd(), file)}, which is left as it is`, severity: 'warning' });
          continue;
        }
        const text = repProfileText({ id: row.id, name: row.name, hired: row.hired, left: row.left, manager: row.manager, locale: row.locale ?? teamData?.locale ?? 'en', team: teamData?.id ?? idFromName(basename(resolve(teamFolder))), schemaDir });
        writeNewFiles([{ file, text }]);
        wrote(relative(process.cwd(), file) || file);
      }
      const all = [...diagnostics, ...skipped];
      reportDiagnostics(all);
      if (hasErrors(all)) process.exitCode = EXIT.invalidInput;
    });
}
