import { Command } from 'commander';
import { relative } from 'node:path';
import type { Locale } from '../../notes/schema.js';
import { ExistsError, writeNewFiles } from '../../output/write-new.js';
import { InputError } from '../errors.js';
import { wrote } from '../verbosity.js';
import { noteLocaleOption, monthOption, thisMonth } from '../options.js';

interface InitOptions {
  team?: string;
  locale?: Locale;
  name?: string;
  month?: string;
  hired?: string;
  manager?: string;
}

export function initCommand(): Command {
  return new Command('init')
    .summary("start a rep folder (profile and this month's note), or a team")
    .description(
      "Write a rep folder — rep.md and this month's note — with every field explained as a comment in the chosen language and the reflection questions as headings to answer; or, with --team, a team folder with team.md and its metrics. JSON Schemas for editors are written to the team folder's schemas/. Nothing that exists is overwritten.",
    )
    .argument('[folder]', 'the rep folder to create, normally inside a team folder', '.')
    .option('--team <folder>', 'create a team folder instead (team.md with example metrics)')
    .addOption(noteLocaleOption().default(undefined, 'the team\'s, else en'))
    .option('--name <name>', "the rep's (or team's) name as documents show it; default: the folder name")
    .option('--hired <date>', 'hire date, YYYY-MM-DD (the career stage follows from it)')
    .option('--manager <name>', 'who reads and signs the plans')
    .addOption(monthOption("the first note's month, YYYY-MM; default: this month"))
    .addHelpText('after', '\nExamples:\n  workplan init --team data/service-desk --locale zh-CN --name "客服一组"\n  workplan init data/service-desk/li-na --name 李娜 --hired 2025-12-01\n  workplan plan data/service-desk/li-na\n')
    .action(async (folder: string, opts: InitOptions) => {
      if (opts.hired !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.hired)) throw new InputError(`--hired "${opts.hired}" is not a date; write YYYY-MM-DD`);
      // Loaded here: the note schemas are large, and --help does not need them.
      const { repFiles, teamFiles } = await import('../../scaffold/init-files.js');
      const files = opts.team ? teamFiles(opts.team, opts) : await repFiles(folder, { ...opts, month: opts.month ?? thisMonth() });
      writeOrRefuse(files);
      for (const f of files) wrote(relative(process.cwd(), f.file) || f.file);
    });
}

/** Writes new notes; anything already there is the user's and stops the command untouched. */
export function writeOrRefuse(files: readonly { file: string; text: string }[]): void {
  try {
    writeNewFiles(files);
  } catch (error) {
    if (error instanceof ExistsError) throw new InputError(`${error.files.map((f) => relative(process.cwd(), f) || f).join(', ')} already exist${error.files.length === 1 ? 's' : ''}; nothing was written (workplan never overwrites a note)`);
    throw error;
  }
}
