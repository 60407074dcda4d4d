/** team.md + every rep's rollup row → the team rollup document, for one team's year. */
import { basename } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import { parseNote } from '../notes/parse-note.js';
import { teamSchema, type Language } from '../notes/schema.js';
import { pickLocalized } from '../locale/index.js';
import { labelsFor } from '../template/label-files.js';
import { buildRollup, type RollupFailure, type RollupRow } from '../model/team-rollup.js';
import { buildDocument, renderAndWrite, type RenderOptions } from './compose.js';
import { documentMeta } from './document-meta.js';
import type { JobResult } from './monthly-plan-job.js';

export interface RollupJobOptions extends RenderOptions {
  year: number;
  locale?: Language;
}

/** `failures` are the team's reps whose summaries could not be made: the rollup lists them as left out. */
export async function runTeamRollup(teamFolder: string, rows: readonly RollupRow[], options: RollupJobOptions, failures: readonly RollupFailure[] = []): Promise<JobResult> {
  const diagnostics: Diagnostic[] = [];
  const teamFile = `${teamFolder}/team.md`;
  const parsed = await parseNote(teamFile, teamSchema);
  const team = parsed.ok ? parsed.note.data : undefined;
  // A team without team.md still gets its rollup, named after its folder; any other problem with team.md is reported.
  if (!parsed.ok && !(parsed.diagnostics.length === 1 && parsed.diagnostics[0]!.message === 'cannot be found')) diagnostics.push(...parsed.diagnostics);
  const locale = options.locale ?? team?.locale ?? options.defaultLocale ?? 'en';
  const { kit, diagnostics: labelWarnings } = await labelsFor(locale, options.templatesDir);
  diagnostics.push(...labelWarnings);
  const teamId = team?.id ?? basename(teamFolder);
  const teamName = team?.name ?? teamId;
  const shared = (team?.metrics ?? []).map((m) => ({ id: m.id, name: pickLocalized(m.name, locale), unit: m.unit, direction: m.direction }));
  const view = buildRollup(teamName, options.year, locale, shared, rows, failures);
  const meta = documentMeta(kit, { kind: 'rollup.title', who: teamName, period: String(options.year), date: `${options.year}-12-31`, sourceDateEpoch: options.sourceDateEpoch }, options.theme);
  const doc = await buildDocument('team-rollup', view, kit, meta, options.templatesDir);
  const written = await renderAndWrite(doc, { team: teamId, rep: '', name: `${options.year}-rollup` }, options);
  return { source: teamFolder, written, diagnostics, ok: true };
}
