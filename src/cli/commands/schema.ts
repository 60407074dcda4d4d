import { Command } from 'commander';
import { join, relative } from 'node:path';
import { jsonSchema, SCHEMA_KINDS, schemaFileName, type SchemaKind } from '../../notes/json-schema.js';
import { writeAtomic } from '../../output/write-atomic.js';

export function schemaCommand(): Command {
  return new Command('schema')
    .summary('write JSON Schemas of the note files, for editors')
    .description(
      'Write a JSON Schema for each kind of file workplan reads — the monthly note, the annual note, rep.md, team.md and the competency framework — generated from the same definitions `validate` uses. An editor with a YAML language server (VS Code with the YAML extension) uses them to complete fields and underline mistakes while you type.',
    )
    .option('-o, --out <dir>', 'folder to write the schemas to', 'schemas')
    .addHelpText('after', `\nFiles written: ${Object.keys(SCHEMA_KINDS).map((k) => schemaFileName(k as SchemaKind)).join(', ')}\n\nExample:\n  workplan schema --out .vscode/workplan\n`)
    .action(async (opts: { out: string }) => {
      for (const kind of Object.keys(SCHEMA_KINDS) as SchemaKind[]) {
        const file = join(opts.out, schemaFileName(kind));
        await writeAtomic(file, `${JSON.stringify(jsonSchema(kind), null, 2)}\n`);
        process.stdout.write(`${relative(process.cwd(), file) || file}\n`);
      }
    });
}
