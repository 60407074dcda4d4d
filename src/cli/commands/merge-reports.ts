import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { mergeReports, type JsonReport } from '../../batch/merge-reports.js';
import { InputError } from '../errors.js';
import { info } from '../verbosity.js';
import { batchExitCode } from './batch.js';

export function mergeReportsCommand(): Command {
  return new Command('merge-reports')
    .summary("merge the --json reports of a sharded batch into one")
    .description('Merge the --json reports of the shards of one batch (--shard i/n) into one report on stdout: counts added, outputs, failures and diagnostics joined, the wall time of the slowest shard.')
    .argument('<reports...>', 'JSON reports written by batch --json')
    .addHelpText('after', '\nExample:\n  workplan merge-reports shard-*.json > report.json\n\nExit status: that of the merged batch: 0 when every rep rendered, 1, 2 or 3 as batch would.\n')
    .action((files: string[]) => {
      const reports = files.map((file): JsonReport => {
        let data: JsonReport;
        try {
          data = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
        } catch (error) {
          throw new InputError(`cannot read the report ${file}: ${(error as Error).message}`);
        }
        if (typeof data?.reps !== 'number' || !Array.isArray(data.outputs) || !Array.isArray(data.failed)) throw new InputError(`${file} is not a report of workplan batch --json`);
        return data;
      });
      let merged: JsonReport;
      try {
        merged = mergeReports(reports);
      } catch (error) {
        throw new InputError(`cannot merge ${files.join(', ')}: ${(error as Error).message}`);
      }
      process.stdout.write(`${JSON.stringify(merged, null, 2)}\n`);
      info(`${merged.rendered} of ${merged.reps} reps rendered${merged.skipped?.length ? ` (${merged.skipped.length} not on the team in ${merged.year})` : ''} in ${reports.length} shards, ${merged.outputs.length} files`);
      process.exitCode = batchExitCode({ failed: merged.failed.map((f) => ({ ...f, kind: f.kind ?? 'input' })), diagnostics: merged.diagnostics });
    });
}
