/**
 * Checks that span fields or files: things the schema of one file cannot see. They also run on
 * notes that failed their schema (on the raw data), so one `validate` shows every problem at once.
 */
import { basename } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { closest } from './did-you-mean.js';
import type { Framework, MetricDef, RepFront, TeamProfile } from './schema.js';
import type { Parsed, Partial } from './parse-note.js';

export const MONTH_FILE = /^(\d{4})-(0[1-9]|1[0-2])\.md$/;
export const YEAR_FILE = /^(\d{4})\.md$/;

type Emit = (d: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }) => void;

function emitter(out: Diagnostic[]): Emit {
  return (d) => out.push({ severity: 'error', ...d });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function checkProfiles(rep: Parsed<RepFront>, team: Parsed<TeamProfile> | undefined, folder: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit = emitter(out);
  for (const source of [team, rep]) {
    if (!source) continue;
    const seen = new Set<string>();
    source.data.metrics.forEach((m, i) => {
      if (seen.has(m.id)) emit({ file: source.file, ...source.at(['metrics', i, 'id']), field: `metrics[${i}].id`, input: m.id, message: 'is defined twice in this file', hint: 'give each metric its own id' });
      seen.add(m.id);
      checkPeriods(source, m, i, emit);
    });
  }
  if (team && rep.data.team !== undefined && rep.data.team !== team.data.id) {
    emit({ file: rep.file, ...rep.at(['team']), field: 'team', input: rep.data.team, message: `does not match the team folder's team.md (id ${team.data.id})`, hint: 'use the same team id in rep.md and team.md', severity: 'warning' });
  }
  const folderName = basename(folder);
  if (rep.data.id !== undefined && rep.data.id !== folderName) {
    emit({ file: rep.file, ...rep.at(['id']), field: 'id', input: rep.data.id, message: `differs from the folder name "${folderName}"`, hint: 'outputs are named after the id; rename one so they agree', severity: 'warning' });
  }
  return out;
}

/** A target period must end after it starts; otherwise it covers no month and silently grades nothing. */
function checkPeriods(source: Parsed<TeamProfile> | Parsed<RepFront>, m: MetricDef, i: number, emit: Emit): void {
  const periods: { from?: string; by?: string; path: (string | number)[] }[] = [{ from: m.from, by: m.by, path: ['metrics', i] }, ...(m.targets ?? []).map((t, j) => ({ from: t.from, by: t.by, path: ['metrics', i, 'targets', j] }))];
  for (const p of periods) {
    if (p.from && p.by && p.from > p.by) {
      const field = p.path.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`)).join('').slice(1);
      emit({ file: source.file, ...source.at([...p.path, 'by']), field: `${field}.by`, input: p.by, message: `is before from (${p.from})`, hint: 'a target period runs from its first month to its last: swap the two' });
    }
  }
  if (m.from && m.by === undefined && m.target === undefined) {
    emit({ file: source.file, ...source.at(['metrics', i, 'from']), field: `metrics[${i}].from`, input: m.from, message: 'dates a target, but the metric has none', hint: 'add "target:" beside it, or put the period in a "targets:" entry', severity: 'warning' });
  }
}

/** One monthly note, valid or not, in order; `previous` is the note before it when that is last month's. */
/**
 * What the checks of a note know of its metrics: the merged definitions, and whether team.md exists
 * but could not be read. Then a metric missing from rep.md may well be defined in team.md: its own
 * error is the one to act on, so "not defined" would only send the rep to the wrong fix.
 */
export interface MetricScope {
  metrics: readonly MetricDef[];
  teamUnreadable?: boolean;
}

export function checkMonth(note: Partial, scope: MetricScope, previous: Partial | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit = emitter(out);
  const raw = isRecord(note.raw) ? note.raw : {};
  const fileMonth = MONTH_FILE.exec(basename(note.file));
  if (fileMonth && typeof raw.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw.month) && `${fileMonth[1]}-${fileMonth[2]}` !== raw.month) {
    emit({ file: note.file, ...note.at(['month']), field: 'month', input: raw.month, message: `says ${raw.month} but the file is named ${basename(note.file)}`, hint: 'rename the file or correct the month' });
  }
  checkMetricRefs(note, raw, scope, emit);
  const outcomes = isRecord(raw.review) ? listOf(raw.review.goals) : [];
  const prev = previous && isRecord(previous.raw) ? previous.raw : undefined;
  const names = prev ? listOf(prev.goals).flatMap((g) => (isRecord(g) ? [g.title, g.id].filter((x): x is string => typeof x === 'string') : [])) : [];
  outcomes.forEach((o, i) => {
    if (!isRecord(o) || typeof o.goal !== 'string') return;
    const field = `review.goals[${i}].goal`;
    // Positions are looked up only for a problem: finding them means parsing the note a second time.
    const line = () => note.at(['review', 'goals', i, 'goal']);
    if (!prev) {
      emit({ file: note.file, ...line(), field, input: o.goal, message: "refers to last month's goals, but there is no note for last month", hint: 'the outcome is shown as written', severity: 'warning' });
    } else if (!names.includes(o.goal)) {
      const guess = closest(o.goal, names);
      emit({ file: note.file, ...line(), field, input: o.goal, message: "matches no goal in last month's note", hint: guess ? `did you mean "${guess}"?` : `use the title or id of a goal in ${basename(previous!.file)}` });
    }
  });
  return out;
}

export function checkAnnual(note: Partial, scope: MetricScope, framework?: Framework): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit = emitter(out);
  const raw = isRecord(note.raw) ? note.raw : {};
  const fileYear = YEAR_FILE.exec(basename(note.file));
  if (fileYear && typeof raw.year === 'number' && Number(fileYear[1]) !== raw.year) {
    emit({ file: note.file, ...note.at(['year']), field: 'year', input: String(raw.year), message: `says ${raw.year} but the file is named ${basename(note.file)}`, hint: 'rename the file or correct the year' });
  }
  checkMetricRefs(note, raw, scope, emit);
  if (framework && isRecord(raw.ratings)) {
    const ids = framework.groups.flatMap((g) => g.items.map((i) => i.id));
    for (const key of Object.keys(raw.ratings)) {
      if (ids.includes(key)) continue;
      const guess = closest(key, ids);
      emit({ file: note.file, ...note.at(['ratings', key]), field: `ratings.${key}`, input: key, message: `rates "${key}", which is not a competency of the framework "${framework.id}"`, hint: guess ? `did you mean "${guess}"?` : 'use the ids in the framework file (framework/competencies.yaml)', rootCause: { kind: 'competency', key: `${framework.id}:${key}` } });
    }
  }
  return out;
}

/** Every metric id a note uses must be defined in team.md or rep.md; a typo would drop a value silently. */
function checkMetricRefs(note: Partial, raw: Record<string, unknown>, { metrics, teamUnreadable }: MetricScope, emit: Emit): void {
  const ids = metrics.map((m) => m.id);
  const unknown = (path: (string | number)[], id: string) => {
    if (teamUnreadable) return;
    emit({ file: note.file, ...note.at(path), field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join(''), input: id, message: `names metric "${id}", which is not defined`, hint: metricHint(id, ids), rootCause: { kind: 'metric', key: id } });
  };
  for (const key of ['actuals', 'targets']) {
    const map = raw[key];
    if (isRecord(map)) for (const id of Object.keys(map)) if (!ids.includes(id)) unknown([key, id], id);
  }
  checkShares(note, raw, metrics, emit);
  const goalLists: [string[], unknown][] = [[['goals'], raw.goals], [['next', 'goals'], isRecord(raw.next) ? raw.next.goals : undefined]];
  for (const [base, goals] of goalLists) {
    listOf(goals).forEach((g, i) => {
      if (!isRecord(g)) return;
      if (typeof g.metric === 'string' && !ids.includes(g.metric)) unknown([...base, i, 'metric'], g.metric);
      if (g.target !== undefined && g.metric === undefined) {
        emit({ file: note.file, ...note.at([...base, i, 'target']), field: `${base.join('.')}[${i}].target`, input: String(g.target), message: 'has a target but no metric', hint: 'add "metric: <id>" so the target can be checked' });
      }
    });
  }
}

/** A count with its total is a share, shown in percent: on a metric measured otherwise it would mislead. */
function checkShares(note: Partial, raw: Record<string, unknown>, metrics: readonly MetricDef[], emit: Emit): void {
  // A valid note has its shares split out into `shares`; a note that failed its schema has them in `actuals`.
  const shares = isRecord(raw.shares) ? raw.shares : {};
  const actuals = isRecord(raw.actuals) ? raw.actuals : {};
  const given = new Map<string, unknown>([...Object.entries(actuals).filter(([, v]) => isRecord(v)), ...Object.entries(shares)]);
  for (const [id, value] of given) {
    const def = metrics.find((m) => m.id === id);
    if (!def || def.unit === 'percent') continue;
    emit({ file: note.file, ...note.at(['actuals', id]), field: `actuals.${id}`, input: JSON.stringify(value), message: `is a count with its total, but metric "${id}" is measured in ${def.unit}, not percent`, hint: "give the value as a plain number, or make the metric's unit percent" });
  }
}

export function metricHint(id: string, known: string[]): string {
  const guess = closest(id, known);
  if (guess) return `did you mean "${guess}"?`;
  return known.length ? `define it under metrics: in rep.md or team.md (known: ${known.join(', ')})` : 'define it under metrics: in rep.md or team.md';
}
