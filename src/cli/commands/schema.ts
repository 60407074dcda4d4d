import { Command } from 'commander';
import { join, relative } from 'node:path';
import type { SchemaKind } from '../../notes/json-schema.js';
import type { Locale } from '../../notes/schema.js';
import { writeAtomic } from '../../output/write-atomic.js';
import { wrote } from '../verbosity.js';
import { noteLocaleOption } from '../options.js';

/** The kinds of file a schema is written for (checked against the schemas' own list in the tests). */
export const KINDS: readonly SchemaKind[] = ['month-note', 'annual-note', 'rep', 'team', 'team-plan', 'framework'];

export function schemaCommand(): Command {
  return new Command('schema')
    .summary('write JSON Schemas of the note files, for editors')
    .description(
      'Write a JSON Schema for each kind of file workplan reads — the monthly note, the annual note, rep.md, team.md, a team plan (plans/<period>.md) and the competency framework — generated from the same definitions `validate` uses. An editor that hands a note\'s front matter to yaml-language-server (Neovim, set up as in the README) uses them to complete fields and underline mistakes while you type; VS Code\'s YAML extension does not read front matter in .md files.',
    )
    .option('-o, --out <dir>', 'folder to write the schemas to', 'schemas')
    .addOption(noteLocaleOption('the language the fields are explained in (completion and hover show it)').default('en'))
    .addHelpText('after', `\nFiles written: ${KINDS.map((k) => `${k}.schema.json`).join(', ')}\n\nA note finds its schema by a line right after its opening ---, above the first field:\n  # yaml-language-server: $schema=../schemas/month-note.schema.json\n\nExample (where "init --team desk --locale zh-CN" writes them, fields explained in Chinese):\n  workplan schema --out desk/schemas --locale zh-CN\n`)
    .action(async (opts: { out: string; locale: Locale }) => {
      // Loaded here: the note schemas are large, and --help does not need them.
      const [{ schemaFileName }, { describedSchema }] = await Promise.all([import('../../notes/json-schema.js'), import('../../scaffold/schema-descriptions.js')]);
      for (const kind of KINDS) {
        const file = join(opts.out, schemaFileName(kind));
        await writeAtomic(file, `${JSON.stringify(describedSchema(kind, opts.locale), null, 2)}\n`);
        wrote(relative(process.cwd(), file) || file);
      }
    });
}
