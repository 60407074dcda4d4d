/**
 * The files `init` writes: a team (team.md and the editors' schemas) or a rep folder (rep.md and
 * the first monthly note), as text; the command writes them, refusing to overwrite.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { teamSchema, type Locale } from '../notes/schema.js';
import { parseNote } from '../notes/parse-note.js';
import { SCHEMA_KINDS, schemaFileName, type SchemaKind } from '../notes/json-schema.js';
import { describedSchema } from './schema-descriptions.js';
import { idFromName } from './ids.js';
import { monthNoteText, repProfileText, teamText } from './starter-notes.js';

export interface NewFile {
  file: string;
  text: string;
}

export interface InitRequest {
  locale?: Locale;
  name?: string;
  month: string;
  hired?: string;
  manager?: string;
}

export function teamFiles(folder: string, req: Omit<InitRequest, 'month'>): NewFile[] {
  const id = idFromName(basename(resolve(folder)));
  return [{ file: join(folder, 'team.md'), text: teamText({ id, name: req.name ?? basename(resolve(folder)), locale: req.locale ?? 'en', schemaDir: 'schemas' }) }, ...schemaFiles(join(folder, 'schemas'), req.locale ?? 'en')];
}

export async function repFiles(folder: string, req: InitRequest): Promise<NewFile[]> {
  const teamFolder = dirname(resolve(folder));
  const team = await readTeam(join(teamFolder, 'team.md'));
  const locale = req.locale ?? team?.locale ?? 'en';
  const schemasExist = existsSync(join(teamFolder, 'schemas', schemaFileName('month-note')));
  const rep = { id: idFromName(basename(resolve(folder))), name: req.name ?? basename(resolve(folder)), team: team?.id ?? idFromName(basename(teamFolder)), locale, hired: req.hired, manager: req.manager, schemaDir: '../schemas' };
  return [
    { file: join(folder, 'rep.md'), text: repProfileText(rep) },
    { file: join(folder, `${req.month}.md`), text: monthNoteText({ month: req.month, locale, metrics: team?.metrics ?? [], schemaDir: '../schemas' }) },
    ...(schemasExist ? [] : schemaFiles(join(teamFolder, 'schemas'), locale)),
  ];
}

async function readTeam(file: string) {
  if (!existsSync(file)) return undefined;
  const parsed = await parseNote(file, teamSchema);
  // A broken team.md is reported by `validate`; a new rep folder can still be started.
  return parsed.ok ? parsed.note.data : undefined;
}

/** The schemas, their fields described in the team's language (an editor shows it as you type). */
function schemaFiles(dir: string, locale: Locale): NewFile[] {
  return (Object.keys(SCHEMA_KINDS) as SchemaKind[]).map((kind) => ({ file: join(dir, schemaFileName(kind)), text: `${JSON.stringify(describedSchema(kind, locale), null, 2)}\n` }));
}
