/**
 * How much a command says: --quiet (errors only), the default, or --verbose (also what it used and
 * how long each step took). Every command prints through here, so the three levels mean the same
 * thing everywhere; warnings are counted even when they are not shown, so --fail-on-warnings still
 * sees them under --quiet.
 */
import type { Diagnostic } from '../notes/diagnostic.js';
import { dedupe, formatDiagnostics, summarize } from './report.js';

export type Level = 'quiet' | 'normal' | 'verbose';

let level: Level = 'normal';
let warnings = 0;

export interface VerbosityOptions {
  quiet?: boolean;
  verbose?: boolean;
}

/** Set once per run, from the command's flags, before its action starts. */
export function setVerbosity(opts: VerbosityOptions): void {
  level = opts.quiet ? 'quiet' : opts.verbose ? 'verbose' : 'normal';
  warnings = 0;
}

export function verbosity(): Level {
  return level;
}

/** Warnings reported in this run, shown or not. */
export function warningCount(): number {
  return warnings;
}

/** A file the command wrote, one per line on stdout, so a script can read the list. Hidden by --quiet. */
export function wrote(file: string): void {
  if (level !== 'quiet') process.stdout.write(`${file}\n`);
}

/** A line of progress or a summary on stderr. Hidden by --quiet. */
export function info(text: string): void {
  if (level !== 'quiet') process.stderr.write(`${text}\n`);
}

/** What only --verbose shows: which files were used, how long a step took. */
export function detail(text: string): void {
  if (level === 'verbose') process.stderr.write(`${text}\n`);
}

/** An error the user must see whatever the level. */
export function problem(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Diagnostics grouped by file with a summary line (or `summary` when given). Under --quiet only the
 * errors are printed, and no summary; the warnings are counted either way.
 */
export function reportDiagnostics(diags: readonly Diagnostic[], summary: string | false = summarize(diags)): void {
  const unique = dedupe(diags);
  warnings += unique.filter((d) => d.severity === 'warning').length;
  const shown = level === 'quiet' ? unique.filter((d) => d.severity === 'error') : unique;
  if (shown.length) process.stderr.write(`${formatDiagnostics(shown)}\n`);
  if (summary !== false && level !== 'quiet' && unique.length) process.stderr.write(`${summary}\n`);
}

/** A warning that is not about a file's contents (a lowered --jobs, a skipped team). */
export function warn(text: string): void {
  warnings++;
  info(text);
}
