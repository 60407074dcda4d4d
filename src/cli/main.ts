/** The workplan command: one thin file per command under commands/, no logic of its own here. */
import { Command, CommanderError, Option } from 'commander';
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
import { problem, setVerbosity, warningCount } from './verbosity.js';
import { readConfig, readsConfig } from './options.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** --fail-on-warnings of the command that ran. */
let failOnWarnings = false;

export function program(): Command {
  const cli = new Command('workplan')
    .description("Turn customer-service reps' notes into monthly work plans and annual summaries (DOCX and PDF).")
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExit codes: 0 success, 1 invalid input (notes, paths, options), 2 template error, 3 internal error.\n');
  for (const cmd of [initCommand(), newCommand(), rosterCommand(), planCommand(), summaryCommand(), teamPlanCommand(), batchCommand(), buildCommand(), mergeReportsCommand(), validateCommand(), watchCommand(), templatesCommand(), schemaCommand()]) cli.addCommand(cmd);
  cli.exitOverride();
  for (const cmd of leaves(cli)) {
    cmd.exitOverride();
    // The same three flags on every command, so a CI script can add them to any call.
    cmd.addOption(new Option('-v, --verbose', 'also print which templates and labels are used and how long each document took').conflicts('quiet'));
    cmd.addOption(new Option('-q, --quiet', 'print only errors: no list of files written, no warnings, no progress'));
    cmd.addOption(new Option('--fail-on-warnings', 'exit with 1 when any warning was found (for CI), even under --quiet'));
  }
  cli.hook('preAction', async (_root, action) => {
    setVerbosity(action.opts());
    failOnWarnings = Boolean(action.opts().failOnWarnings);
    // After the verbosity is set: the config's warnings are counted and shown as it says.
    if (readsConfig(action)) await readConfig(action);
  });
  return cli;
}

/** The commands that run an action: every command, and the subcommands of a group such as `templates`. */
function leaves(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => {
    c.exitOverride();
    return c.commands.length ? leaves(c) : [c];
  });
}

/** The run's exit code, raised to 1 when --fail-on-warnings was given and a warning was found. */
function withWarnings(code: number): number {
  const n = warningCount();
  if (!failOnWarnings || code !== EXIT.ok || n === 0) return code;
  problem(`workplan: ${n} warning${n === 1 ? '' : 's'} found and --fail-on-warnings was given`);
  return EXIT.invalidInput;
}

export async function main(argv: string[]): Promise<number> {
  failOnWarnings = false;
  try {
    await program().parseAsync(argv, { from: 'user' });
    return withWarnings(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes are invalid input.
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalidInput;
    }
    return reportFailure(error);
  }
}
