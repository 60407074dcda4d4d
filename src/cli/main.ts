/** The workplan command: one thin file per command under commands/, no logic of its own here. */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { planCommand } from './commands/plan.js';
import { validateCommand } from './commands/validate.js';
import { templatesCommand } from './commands/templates.js';
import { summaryCommand } from './commands/summary.js';
import { batchCommand } from './commands/batch.js';
import { schemaCommand } from './commands/schema.js';
import { initCommand } from './commands/init.js';
import { newCommand } from './commands/new.js';
import { rosterCommand } from './commands/roster.js';
import { watchCommand } from './commands/watch.js';
import { buildCommand } from './commands/build.js';
import { teamPlanCommand } from './commands/team-plan.js';
import { mergeReportsCommand } from './commands/merge-reports.js';
import { reportFailure } from './errors.js';
import { EXIT } from './exit-codes.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export function program(): Command {
  const cli = new Command('workplan')
    .description("Turn customer-service reps' notes into monthly work plans and annual summaries (DOCX and PDF).")
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 success, 1 invalid input (notes, paths, options), 2 template error, 3 internal error.\n');
  for (const cmd of [initCommand(), newCommand(), rosterCommand(), planCommand(), summaryCommand(), teamPlanCommand(), batchCommand(), buildCommand(), mergeReportsCommand(), validateCommand(), watchCommand(), templatesCommand(), schemaCommand()]) cli.addCommand(cmd);
  cli.exitOverride();
  for (const cmd of cli.commands) cmd.exitOverride();
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes are invalid input.
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
    }
    return reportFailure(error);
  }
}
