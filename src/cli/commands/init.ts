import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { LOCALES, teamSchema, type Locale } from '../../notes/schema.js';
import { parseNote } from '../../notes/parse-note.js';
import { jsonSchema, SCHEMA_KINDS, schemaFileName, type SchemaKind } from '../../notes/json-schema.js';
import { ExistsError, writeNewFiles } from '../../output/write-new.js';
import { idFromName } from '../../scaffold/ids.js';
import { monthNoteText, repProfileText, teamText } from '../../scaffold/starter-notes.js';
import { InputError } from '../errors.js';
import { monthOption, thisMonth } from '../options.js';

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
    .summary('start a rep folder (profile and this month\'s note), or a team')
    .description(
      'Write a rep folder — rep.md and this month\'s note — with every field explained as a comment in the chosen language and the reflection questions as headings to answer; or, with --team, a team folder with team.md and its metrics. JSON Schemas for editors are written to the team folder\'s schemas/. Nothing that exists is overwritten.',
    )
    .argument('[folder]', 'the rep folder to create, normally inside a team folder', '.')
    .option('--team <folder>', 'create a team folder instead (team.md with example metrics)')
    .addOption(new Option('-l, --locale <locale>', 'language of the notes and documents').choices([...LOCALES]))
    .option('--name <name>', 'the rep\'s (or team\'s) name as documents show it; default: the folder name')
    .option('--hired <date>', 'hire date, YYYY-MM-DD (the career stage follows from it)')
    .option('--manager <name>', 'who reads and signs the plans')
    .addOption(monthOption('the first note\'s month, YYYY-MM; default: this month'))
    .addHelpText('after', '\nExamples:\n  workplan init --team data/service-desk --locale zh-CN --name "客服一组"\n  workplan init data/service-desk/li-na --name 李娜 --hired 2025-12-01\n  workplan plan data/service-desk/li-na\n')
    .action(async (folder: string, opts: InitOptions) => {
      const written = opts.team ? initTeam(opts.team, opts) : await initRep(folder, opts);
      for (const f of written) process.stdout.write(`${relative(process.cwd(), f) || f}\n`);
    });
}

function initTeam(folder: string, opts: InitOptions): string[] {
  const id = idFromName(basename(resolve(folder)));
  const files = [{ file: join(folder, 'team.md'), text: teamText({ id, name: opts.name ?? basename(resolve(folder)), locale: opts.locale ?? 'en', schemaDir: 'schemas' }) }, ...schemaFiles(join(folder, 'schemas'))];
  writeOrRefuse(files);
  return files.map((f) => f.file);
}

async function initRep(folder: string, opts: InitOptions): Promise<string[]> {
  const teamFolder = dirname(resolve(folder));
  const team = await readTeam(join(teamFolder, 'team.md'));
  const locale = opts.locale ?? team?.locale ?? 'en';
  const month = opts.month ?? thisMonth();
  if (opts.hired !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.hired)) throw new InputError(`--hired "${opts.hired}" is not a date; write YYYY-MM-DD`);
  const schemasExist = existsSync(join(teamFolder, 'schemas', schemaFileName('month-note')));
  const rep = { id: idFromName(basename(resolve(folder))), name: opts.name ?? basename(resolve(folder)), team: team?.id ?? idFromName(basename(teamFolder)), locale, hired: opts.hired, manager: opts.manager, schemaDir: '../schemas' };
  const files = [
    { file: join(folder, 'rep.md'), text: repProfileText(rep) },
    { file: join(folder, `${month}.md`), text: monthNoteText({ month, locale, metrics: team?.metrics ?? [], schemaDir: '../schemas' }) },
    ...(schemasExist ? [] : schemaFiles(join(teamFolder, 'schemas'))),
  ];
  writeOrRefuse(files);
  return files.map((f) => f.file);
}

async function readTeam(file: string) {
  if (!existsSync(file)) return undefined;
  const parsed = await parseNote(file, teamSchema);
  // A broken team.md is reported by `validate`; a new rep folder can still be started.
  return parsed.ok ? parsed.note.data : undefined;
}

function schemaFiles(dir: string): { file: string; text: string }[] {
  return (Object.keys(SCHEMA_KINDS) as SchemaKind[]).map((kind) => ({ file: join(dir, schemaFileName(kind)), text: `${JSON.stringify(jsonSchema(kind), null, 2)}\n` }));
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
