/**
 * Loads everything the documents need about one rep: team and rep profiles, every monthly and
 * annual note in the rep's folder, with cross-file checks. The only code that reads notes is here.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { namedFolder } from './named-folder.js';
import { annualSchema, monthSchema, repSchema, teamSchema, type AnnualFront, type Framework, type MetricDef, type MonthFront, type RepFront, type RepProfile, type TeamProfile, type Locale } from './schema.js';
import { parseNote, parseSharedNote, type Parsed, type ParseResult, type Partial } from './parse-note.js';
import type { Diagnostic } from './diagnostic.js';
import { checkAnnual, checkMonth, checkProfiles, MONTH_FILE, YEAR_FILE } from './cross-check.js';
import { addMonths } from '../calendar/months.js';
import { checkBody } from './body-check.js';
import { checkNoteRanges, checkProfileRanges } from './value-range.js';
import { checkHireDate } from './hire-date.js';
import { afterLeavingWarnings, annualAfterLeaving, checkLeftAfterHired, notesAfterLeaving } from './leaving-date.js';
import { noteDigits, profileDigits, withDigits } from './written-digits.js';

export { MONTH_FILE, YEAR_FILE };

export interface RepNotes {
  folder: string;
  team?: Parsed<TeamProfile>;
  rep: Parsed<RepProfile>;
  /** Valid monthly notes, oldest first. */
  months: Parsed<MonthFront>[];
  /** Valid annual notes, oldest first. */
  annuals: Parsed<AnnualFront>[];
  /** Team metrics merged with the rep's own (the rep's win on the same id). */
  metrics: MetricDef[];
}

export interface LoadResult {
  /** Absent when the profiles themselves are broken: nothing can be rendered for this rep. */
  notes?: RepNotes;
  /** Every problem found, in every note. */
  diagnostics: Diagnostic[];
  /** Notes that had errors and were left out. */
  skipped: string[];
}

/**
 * Lists the note files of a rep folder by kind, sorted by name (= by date). Undefined when the
 * folder cannot be read. Synchronous, like the note reads: one small listing is quicker than a
 * round trip through the thread pool.
 */
function listRepFolder(folder: string, upTo?: string, only?: ReadonlySet<string>): { months: string[]; annuals: string[]; other: string[] } | undefined {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return undefined;
  }
  // YYYY-MM.md sorts as its month does.
  const before = (n: string) => `${addMonths(n.slice(0, 7), -1)}.md`;
  const onlyWith = only && new Set([...only, ...[...only].filter((n) => MONTH_FILE.test(n)).map(before)]);
  const wanted = (n: string) => (upTo === undefined || n <= `${upTo}.md`) && (!onlyWith || onlyWith.has(n));
  const some = upTo !== undefined || only !== undefined;
  return {
    months: names.filter((n) => MONTH_FILE.test(n) && wanted(n)).map((n) => join(folder, n)),
    annuals: some ? [] : names.filter((n) => YEAR_FILE.test(n)).map((n) => join(folder, n)),
    other: only ? [] : names.filter((n) => n.endsWith('.md') && n !== 'rep.md' && !MONTH_FILE.test(n) && !YEAR_FILE.test(n)),
  };
}

export interface LoadOptions {
  /** When given, annual ratings are checked against its competency ids. */
  framework?: Framework;
  /**
   * Read only the monthly notes up to this month (YYYY-MM) and no annual notes: all a monthly plan
   * looks at. Later notes are neither parsed nor reported, so one plan does not pay for, or
   * complain about, months it never shows.
   */
  upTo?: string;
  /**
   * Check only these monthly notes (file paths), as `validate` does for notes named one by one:
   * each is read with the month before it (its goal references are checked against that one),
   * no annual notes are read, and problems are reported for these notes and the profiles only.
   */
  only?: readonly string[];
  /** The language of a rep whose profile and team give none (the config file's); English without it. */
  defaultLocale?: Locale;
}

export async function loadRep(given: string, options: LoadOptions = {}): Promise<LoadResult> {
  const folder = namedFolder(given);
  const diagnostics: Diagnostic[] = [];
  const only = options.only && new Set(options.only.map((f) => basename(f)));
  const listing = listRepFolder(folder, options.upTo, only);
  if (!listing) {
    diagnostics.push({ file: folder, line: 0, column: 0, field: '', message: 'is not a readable folder', hint: 'a rep folder holds rep.md and notes such as 2026-09.md', severity: 'error' });
    return { diagnostics, skipped: [] };
  }
  const [repResult, teamResult, allMonthResults, annualResults] = await Promise.all([
    parseNote(join(folder, 'rep.md'), repSchema),
    parseSharedNote(join(dirname(folder), 'team.md'), teamSchema),
    Promise.all(listing.months.map((f) => parseNote(f, monthSchema))),
    Promise.all(listing.annuals.map((f) => parseNote(f, annualSchema))),
  ]);
  const team = teamResult.ok ? teamResult.note : undefined;
  // Notes for months after the rep left are not theirs to count: left out with one warning each,
  // and not checked further (their other problems cannot change a figure).
  // A `left` before `hired` is an error of its own: neither date can be trusted to drop a note by.
  const left = repResult.ok && checkLeftAfterHired(repResult.note).length === 0 ? repResult.note.data.left : undefined;
  const gone = new Set(notesAfterLeaving(left, listing.months));
  const monthFiles = listing.months.filter((f) => !gone.has(f));
  const monthResults = allMonthResults.filter((_, i) => !gone.has(listing.months[i]!));
  if (left) diagnostics.push(...afterLeavingWarnings(left, [...gone]));
  // team.md is optional; any other problem with it is reported.
  if (teamResult.ok) diagnostics.push(...teamResult.warnings);
  else if (!isMissing(teamResult.diagnostics)) diagnostics.push(...teamResult.diagnostics);
  if (repResult.ok) diagnostics.push(...repResult.warnings);
  if (!repResult.ok) {
    // A missing profile is the usual first mistake: say what the file is for.
    diagnostics.push(...repResult.diagnostics.map((d) => (d.message === 'cannot be found' ? { ...d, message: 'is missing: every rep folder needs a profile', hint: 'create rep.md with at least "name: …" between two "---" lines; role, hired, manager and locale are optional (see the README)' } : d)));
  }
  for (const r of [...monthResults, ...annualResults]) diagnostics.push(...(r.ok ? [...r.warnings, ...checkBody(r.note)] : r.diagnostics));
  for (const name of listing.other) {
    diagnostics.push({ file: join(folder, name), line: 0, column: 0, field: '', message: 'is not a note workplan reads, and is ignored', hint: 'monthly notes are named YYYY-MM.md, annual notes YYYY.md', severity: 'warning' });
  }

  // Each definition keeps the digits typed in its own file (a rep's own definition replaces the team's).
  const metrics = mergeMetrics(team ? profileDigits(team.data.metrics, team.written) : [], repResult.ok ? profileDigits(repResult.note.data.metrics, repResult.note.written) : []);
  const scope = { metrics, teamUnreadable: !teamResult.ok && !isMissing(teamResult.diagnostics) };
  if (repResult.ok) diagnostics.push(...checkProfiles(repResult.note, team, folder), ...checkHireDate(repResult.note, monthFiles), ...checkLeftAfterHired(repResult.note));
  for (const profile of [team, repResult.ok ? repResult.note : undefined]) if (profile) diagnostics.push(...checkProfileRanges(profile));
  const partials = monthResults.map(partialOf);
  partials.forEach((p, i) => {
    if (!p) return;
    const before = partials[i - 1];
    const previous = before && monthOfFile(before.file) === addMonths(monthOfFile(p.file), -1) ? before : undefined;
    diagnostics.push(...checkMonth(p, scope, previous), ...checkNoteRanges(p, metrics));
  });
  for (const p of annualResults.map(partialOf)) if (p) diagnostics.push(...checkAnnual(p, scope, options.framework), ...checkNoteRanges(p, metrics));
  for (const r of annualResults) if (r.ok) diagnostics.push(...annualAfterLeaving(left, r.note));

  if (only) {
    // The month before a named note was read for its references, not to be checked.
    const unasked = new Set(monthFiles.filter((f) => !only.has(basename(f))));
    const kept = diagnostics.filter((d) => !unasked.has(d.file));
    diagnostics.length = 0;
    diagnostics.push(...kept);
  }
  const bad = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const skipped = [...monthFiles, ...listing.annuals].filter((f) => bad.has(f));
  // A team.md that is there but cannot be read leaves the rep's metrics unknown: no document from it.
  if (!repResult.ok || bad.has(repResult.note.file) || (team && bad.has(team.file)) || scope.teamUnreadable) return { diagnostics, skipped };
  // A note with any error is left out whole, so it never renders half-right.
  const months = monthResults.flatMap((r) => (r.ok && !bad.has(r.note.file) ? [r.note] : []));
  const annuals = annualResults.flatMap((r) => (r.ok && !bad.has(r.note.file) ? [r.note] : []));
  const digits = new Map<string, number>();
  for (const n of [...months, ...annuals]) noteDigits(n.data, n.written, digits);
  const rep = { ...repResult.note, data: withDefaults(repResult.note.data, folder, team?.data, options.defaultLocale) };
  return { notes: { folder, team, rep, months, annuals, metrics: withDigits(metrics, digits) }, diagnostics, skipped };
}

/** A file that is not there, as parseNote reports it (team.md is optional). */
const isMissing = (diagnostics: readonly Diagnostic[]) => diagnostics.length === 1 && diagnostics[0]!.message === 'cannot be found';

/**
 * Only the name is required of a profile. The id is the folder's name, the team is team.md's id
 * (else the team folder's name), the language is the team's (else English). Role, manager and hire
 * date stay unknown rather than invented: the documents leave them out.
 */
export function withDefaults(rep: RepFront, folder: string, team: TeamProfile | undefined, defaultLocale: Locale = 'en'): RepProfile {
  return {
    ...rep,
    id: rep.id ?? basename(folder),
    team: rep.team ?? team?.id ?? basename(dirname(folder)),
    locale: rep.locale ?? team?.locale ?? defaultLocale,
  };
}

function partialOf<T>(r: ParseResult<T>): Partial | undefined {
  return r.ok ? { file: r.note.file, raw: r.note.data, at: r.note.at } : r.partial;
}

function monthOfFile(file: string): string {
  return basename(file).slice(0, 7);
}

function mergeMetrics(team: MetricDef[], rep: MetricDef[]): MetricDef[] {
  const byId = new Map<string, MetricDef>();
  for (const m of team) byId.set(m.id, m);
  for (const m of rep) byId.set(m.id, m);
  return [...byId.values()];
}
