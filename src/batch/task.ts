/** What the main thread sends a pool worker: one document to render (kept apart from worker.ts, which loads the renderers). */
import type { RollupFailure, RollupRow } from '../model/team-rollup.js';
import type { SummaryJobOptions } from '../pipeline/annual-summary-job.js';
import type { PlanJobOptions } from '../pipeline/monthly-plan-job.js';
import type { TeamPlanJobOptions } from '../pipeline/team-plan-job.js';

export type WorkerTask =
  | { kind: 'plan'; note: string; options: Omit<PlanJobOptions, 'repCache'> }
  | { kind: 'summary'; repFolder: string; options: Omit<SummaryJobOptions, 'kpi' | 'framework'> }
  | { kind: 'rollup'; teamFolder: string; rows: RollupRow[]; failures: RollupFailure[]; options: Omit<SummaryJobOptions, 'kpi' | 'framework'> }
  | { kind: 'team-plan'; teamFolder: string; options: TeamPlanJobOptions };

export function sourceOf(task: WorkerTask): string {
  return task.kind === 'plan' ? task.note : task.kind === 'summary' ? task.repFolder : task.teamFolder;
}
