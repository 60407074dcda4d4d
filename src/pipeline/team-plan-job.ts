/** plans/<period>.md + team.md + the team's rep notes → the team plan document, for one team and period. */
import { basename, dirname, resolve } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { Language } from '../notes/schema.js';
import { loadTeamPlan } from '../notes/load-team-plan.js';
import { loadRep } from '../notes/load-rep.js';
import { profileDigits } from '../notes/written-digits.js';
import { findRepFolders } from '../notes/find-notes.js';
import { labelsFor } from '../template/label-files.js';
import { periodName } from '../locale/period-name.js';
import { parsePeriod } from '../calendar/plan-period.js';
import { buildTeamPlan } from '../model/team-plan.js';
import type { PlanRep } from '../model/team-plan-figures.js';
import type { LeftOut } from '../model/team-plan.js';
import { problemPlaces } from './problem-places.js';
import { checkRepFolders } from '../batch/duplicate-reps.js';
import { buildDocument, renderAndWrite, type RenderOptions } from './compose.js';
import { documentMeta } from './document-meta.js';
import type { JobResult } from './monthly-plan-job.js';

export interface TeamPlanJobOptions extends RenderOptions {
  /** 2026-09, 2026-Q3 or 2026-H2 (checked by the caller). */
  period: string;
  /** --locale: wins over the plan and team.md. */
  locale?: Language;
  /** False when the reps' own problems are reported elsewhere (a batch's summaries), so they are not listed twice. */
  repDiagnostics?: boolean;
}

/** The team's own reps: rep folders directly in the team folder, with their notes. A note with errors is left out, and reported. */
async function teamReps(teamFolder: string, diagnostics: Diagnostic[], report: boolean): Promise<{ reps: PlanRep[]; leftOut: LeftOut[] }> {
  // A batch has searched the folders already and reported what it found (a note saved outside a rep folder, say).
  const folders = (await findRepFolders(teamFolder, report ? diagnostics : [])).filter((f) => dirname(resolve(f)) === resolve(teamFolder));
  const reps: PlanRep[] = [];
  const leftOut: LeftOut[] = [];
  // Two folders with one id are left out as the batch leaves them out, not counted as two people.
  const { refused } = await checkRepFolders(folders);
  for (const { diagnostic, name, where } of refused.values()) {
    if (report) diagnostics.push(diagnostic);
    leftOut.push({ name, where: [where], reason: 'duplicate-id' });
  }
  for (const folder of folders.filter((f) => !refused.has(f))) {
    const loaded = await loadRep(folder);
    if (report) diagnostics.push(...loaded.diagnostics);
    // The document says which notes it could not use, so a missing month never passes for a real figure.
    const where = problemPlaces(loaded.diagnostics);
    if (where.length) leftOut.push({ name: loaded.notes?.rep.data.name ?? basename(folder), where });
    if (!loaded.notes) continue;
    const { rep, metrics, months } = loaded.notes;
    reps.push({ id: rep.data.id, name: rep.data.name, hired: rep.data.hired, left: rep.data.left, metrics, months: months.map((m) => m.data) });
  }
  return { reps, leftOut };
}

export async function runTeamPlan(teamFolder: string, options: TeamPlanJobOptions): Promise<JobResult> {
  const period = parsePeriod(options.period);
  if (!period) throw new Error(`runTeamPlan: "${options.period}" is not a period`);
  const loaded = await loadTeamPlan(teamFolder, period.id);
  const diagnostics = [...loaded.diagnostics];
  if (!loaded.notes) return { source: teamFolder, written: [], diagnostics, ok: false };
  const { team, plan, previous } = loaded.notes;
  const { reps, leftOut } = await teamReps(teamFolder, diagnostics, options.repDiagnostics !== false);
  const locale = options.locale ?? plan.data.locale ?? team?.data.locale ?? options.defaultLocale ?? 'en';
  const { kit, diagnostics: labelWarnings } = await labelsFor(locale, options.templatesDir);
  diagnostics.push(...labelWarnings);
  const teamId = team?.data.id ?? basename(resolve(teamFolder));
  const teamName = team?.data.name ?? teamId;
  const view = buildTeamPlan({ period, locale, teamName, shared: team ? profileDigits(team.data.metrics, team.written) : [], plan: plan.data, body: plan.body, previous: previous?.data, reps, leftOut });
  // Dated the day the period starts: a plan is written for what comes, and the date must not follow the clock.
  const meta = documentMeta(kit, { kind: 'teamPlan.title', who: teamName, period: periodName(kit, period.id), date: `${period.first}-01`, sourceDateEpoch: options.sourceDateEpoch });
  const doc = await buildDocument('team-plan', view, kit, meta, options.templatesDir);
  const written = await renderAndWrite(doc, { team: teamId, rep: '', name: `${period.id}-team-plan` }, options);
  return { source: teamFolder, written, diagnostics, ok: true };
}
