/** Runs one job per input in turn, prints what was written and every problem, and sets the exit code. */
import { relative } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { JobResult } from '../pipeline/monthly-plan-job.js';
import { EXIT } from './exit-codes.js';
import { detail, problem, reportDiagnostics, wrote } from './verbosity.js';

export async function runJobs<T>(inputs: readonly T[], job: (input: T) => Promise<JobResult>, noun: string, hint = '', found: readonly Diagnostic[] = [], afterAll?: () => Diagnostic[]): Promise<void> {
  // `found`: what was noticed while finding the inputs (folders not searched), shown with the rest;
  // `afterAll`: checks that need every job done (a KPI export's rows against the reps read).
  const diagnostics: Diagnostic[] = [...found];
  let failed = 0;
  for (const input of inputs) {
    const started = performance.now();
    const result = await job(input);
    diagnostics.push(...result.diagnostics);
    if (!result.ok) failed++;
    for (const w of result.written) wrote(relative(process.cwd(), w.file));
    detail(`${relative(process.cwd(), String(result.source)) || result.source}: ${result.ok ? `${result.written.length} file(s)` : 'not rendered'} in ${Math.round(performance.now() - started)} ms`);
  }
  if (afterAll) diagnostics.push(...afterAll());
  reportDiagnostics(diagnostics);
  if (failed) problem(`${failed} of ${inputs.length} ${noun} not rendered${hint}`);
  // An error printed is an exit of 1 even when every document was written: a plan made without
  // last month's note (left out for its errors) is still a run with a note that is wrong.
  if (failed || diagnostics.some((d) => d.severity === 'error')) process.exitCode = EXIT.invalidInput;
}

/**
 * Wraps a job so that inputs from rep folders sharing an id with another folder fail with that
 * error instead of rendering: both would write the same documents over each other.
 */
export async function refusingDuplicates<T>(folders: readonly string[], folderOf: (input: T) => string, job: (input: T) => Promise<JobResult>): Promise<(input: T) => Promise<JobResult>> {
  // Loaded here: it reads profiles, and --help does not need the note schemas.
  const { duplicateReps } = await import('../batch/duplicate-reps.js');
  const refused = await duplicateReps(folders);
  return async (input) => {
    const diagnostic = refused.get(folderOf(input));
    return diagnostic ? { source: String(input), written: [], diagnostics: [diagnostic], ok: false } : job(input);
  };
}
