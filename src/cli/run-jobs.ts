/** Runs one job per input in turn, prints what was written and every problem, and sets the exit code. */
import { relative } from 'node:path';
import type { Diagnostic } from '../notes/diagnostic.js';
import type { JobResult } from '../pipeline/monthly-plan-job.js';
import { EXIT } from './exit-codes.js';
import { formatDiagnostics, summarize } from './report.js';

export async function runJobs<T>(inputs: readonly T[], job: (input: T) => Promise<JobResult>, noun: string, hint = ''): Promise<void> {
  const diagnostics: Diagnostic[] = [];
  let failed = 0;
  for (const input of inputs) {
    const result = await job(input);
    diagnostics.push(...result.diagnostics);
    if (!result.ok) failed++;
    for (const w of result.written) process.stdout.write(`${relative(process.cwd(), w.file)}\n`);
  }
  if (diagnostics.length) process.stderr.write(`${formatDiagnostics(diagnostics)}\n${summarize(diagnostics)}\n`);
  if (failed) {
    process.stderr.write(`${failed} of ${inputs.length} ${noun} not rendered${hint}\n`);
    process.exitCode = EXIT.invalidInput;
  }
}
