import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { addMonths } from '../../calendar/months.js';
import { InputError } from '../errors.js';
import { reportDiagnostics, wrote } from '../verbosity.js';
import { monthOption } from '../options.js';
import { writeOrRefuse } from './init.js';

export function newCommand(): Command {
  return new Command('new')
    .summary("start next month's note from the last one")
    .description(
      "Write the draft of next month's note in a rep folder, from the last monthly note: its metrics listed with their last values, left blank for you to fill in (`validate` reminds you until you do); its goals listed for your review; goals still open (long-term, or due after the new month starts) carried over. Nothing that exists is overwritten.",
    )
    .argument('[rep-folder]', 'the rep folder', '.')
    .addOption(monthOption("the new note's month, YYYY-MM; default: the month after the last note"))
    .addHelpText('after', '\nExample:\n  workplan new data/service-desk/li-na && $EDITOR data/service-desk/li-na/2026-10.md\n')
    .action(async (folder: string, opts: { month?: string }) => {
      // Loaded here: the note schemas and the renderers are large, and --help does not need them.
      const [{ loadRep }, { schemaFileName }, { monthNoteText }] = await Promise.all([import('../../notes/load-rep.js'), import('../../notes/json-schema.js'), import('../../scaffold/starter-notes.js')]);
      const loaded = await loadRep(folder);
      if (!loaded.notes) {
        reportDiagnostics(loaded.diagnostics, false);
        throw new InputError(`${folder} cannot be read as a rep folder; fix the problems above first`);
      }
      const { notes } = loaded;
      const last = notes.months[notes.months.length - 1]?.data;
      const month = opts.month ?? (last ? addMonths(last.month, 1) : undefined);
      if (!month) throw new InputError(`${folder} has no monthly note to start from; give --month, or use "workplan init"`);
      const previous = [...notes.months].reverse().find((m) => m.data.month < month)?.data;
      const schemaDir = existsSync(join(dirname(resolve(folder)), 'schemas', schemaFileName('month-note'))) ? '../schemas' : undefined;
      const file = join(folder, `${month}.md`);
      const history = notes.months.map((m) => m.data).filter((m) => m.month < month);
      writeOrRefuse([{ file, text: monthNoteText({ month, locale: notes.rep.data.locale, metrics: notes.metrics, schemaDir, last: previous, history }) }]);
      wrote(relative(process.cwd(), file) || file);
    });
}
