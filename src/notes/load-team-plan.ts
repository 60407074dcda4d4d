/**
 * Loads a team's plan for a period (plans/<period>.md), the plan of the period before it when there
 * is one (its objectives are judged now), and team.md for the metric ids, with the cross checks.
 */
import { join } from 'node:path';
import { parseNote, parseSharedNote, type Parsed, type ParseResult, type Partial } from './parse-note.js';
import { teamPlanSchema, teamSchema, type TeamPlanFront, type TeamProfile } from './schema.js';
import type { Diagnostic } from './diagnostic.js';
import { checkTeamPlan } from './check-team-plan.js';
import { checkBody } from './body-check.js';
import { parsePeriod, previousPeriod } from '../calendar/plan-period.js';

export interface TeamPlanNotes {
  team?: Parsed<TeamProfile>;
  plan: Parsed<TeamPlanFront>;
  /** The previous period's plan, when it exists and is valid. */
  previous?: Parsed<TeamPlanFront>;
}

export interface TeamPlanLoad {
  /** Absent when the plan (or team.md) has errors: nothing is rendered from half a plan. */
  notes?: TeamPlanNotes;
  diagnostics: Diagnostic[];
}

export function planFile(teamFolder: string, period: string): string {
  return join(teamFolder, 'plans', `${period}.md`);
}

const missing = (r: ParseResult<unknown>) => !r.ok && r.diagnostics.length === 1 && r.diagnostics[0]!.message === 'cannot be found';

export async function loadTeamPlan(teamFolder: string, period: string): Promise<TeamPlanLoad> {
  const parsedPeriod = parsePeriod(period);
  if (!parsedPeriod) throw new Error(`loadTeamPlan: "${period}" is not a period`);
  const file = planFile(teamFolder, period);
  const [teamResult, planResult, previousResult] = await Promise.all([
    parseSharedNote(join(teamFolder, 'team.md'), teamSchema),
    parseNote(file, teamPlanSchema),
    parseNote(planFile(teamFolder, previousPeriod(parsedPeriod).id), teamPlanSchema),
  ]);
  const diagnostics: Diagnostic[] = [];
  // team.md is optional (a team without one has no metrics); any other problem with it is reported.
  if (!missing(teamResult)) diagnostics.push(...(teamResult.ok ? teamResult.warnings : teamResult.diagnostics));
  if (missing(planResult)) {
    diagnostics.push({ ...(planResult as { diagnostics: Diagnostic[] }).diagnostics[0]!, message: `is missing: there is no team plan for ${period}`, hint: `write the plan in ${file}, with "period: ${period}" between two "---" lines (see "Team plan" in the README)` });
    return { diagnostics };
  }
  // The previous plan is read for its objectives; its own problems are its own validate's business.
  const previous = previousResult.ok ? previousResult.note : undefined;
  diagnostics.push(...(planResult.ok ? [...planResult.warnings, ...checkBody(planResult.note)] : planResult.diagnostics));
  const partial: Partial | undefined = planResult.ok ? { file, raw: planResult.note.data, at: planResult.note.at } : planResult.partial;
  const previousPartial = previous ? { file: previous.file, raw: previous.data, at: previous.at } : undefined;
  if (partial) diagnostics.push(...checkTeamPlan(partial, teamResult.ok ? teamResult.note.data.metrics : [], previousPartial));
  const bad = diagnostics.some((d) => d.severity === 'error');
  if (bad || !planResult.ok) return { diagnostics };
  return { notes: { team: teamResult.ok ? teamResult.note : undefined, plan: planResult.note, previous }, diagnostics };
}
