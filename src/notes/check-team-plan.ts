/**
 * Checks of a team plan that its schema cannot see: the period against the file's name, metric ids
 * against team.md, dates in order, and the review against the previous period's objectives. Like
 * cross-check.ts they run on the raw data too, so a plan with schema errors shows every problem.
 */
import { basename } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { closest } from './did-you-mean.js';
import { metricHint } from './cross-check.js';
import type { MetricDef } from './schema.js';
import type { Partial } from './parse-note.js';
import { parsePeriod } from '../calendar/plan-period.js';

/** plans/2026-09.md, plans/2026-Q3.md, plans/2026-H2.md */
export const PLAN_FILE = /^(\d{4}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))\.md$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function checkTeamPlan(note: Partial, metrics: readonly MetricDef[], previous: Partial | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit = (path: (string | number)[], d: Omit<Diagnostic, 'file' | 'line' | 'column' | 'field' | 'severity'> & { severity?: Diagnostic['severity'] }) =>
    out.push({ file: note.file, ...note.at(path), field: fieldOf(path), severity: 'error', ...d });
  const raw = isRecord(note.raw) ? note.raw : {};
  const named = PLAN_FILE.exec(basename(note.file))?.[1];
  // A period of the wrong shape is the schema's to report; only a real period can disagree with the name.
  if (named && typeof raw.period === 'string' && parsePeriod(raw.period) && raw.period !== named) {
    emit(['period'], { input: raw.period, message: `says ${raw.period} but the file is named ${basename(note.file)}`, hint: 'rename the file or correct the period' });
  }
  const ids = metrics.map((m) => m.id);
  listOf(raw.objectives).forEach((o, i) => {
    if (!isRecord(o)) return;
    if (typeof o.metric === 'string' && !ids.includes(o.metric)) {
      emit(['objectives', i, 'metric'], { input: o.metric, message: `names metric "${o.metric}", which is not defined in team.md`, hint: metricHint(o.metric, ids).replace('rep.md or team.md', 'team.md') });
    }
    if (o.target !== undefined && o.metric === undefined) {
      emit(['objectives', i, 'target'], { input: String(o.target), message: 'has a target but no metric', hint: 'add "metric: <id>" (one of team.md\'s metrics) so the next period\'s plan can judge it' });
    }
    const start = textOf(o.start);
    const due = textOf(o.due);
    if (start && due && due < start) emit(['objectives', i, 'due'], { input: due, message: `is before start (${start})`, hint: 'swap the two dates' });
  });
  const prev = previous && isRecord(previous.raw) ? previous.raw : undefined;
  const names = prev ? listOf(prev.objectives).flatMap((g) => (isRecord(g) ? [g.title, g.id].filter((x): x is string => typeof x === 'string') : [])) : [];
  listOf(raw.review).forEach((r, i) => {
    if (!isRecord(r) || typeof r.goal !== 'string') return;
    if (!prev) {
      emit(['review', i, 'goal'], { input: r.goal, message: "refers to the previous period's objectives, but there is no plan for that period", hint: 'the outcome is shown as written', severity: 'warning' });
    } else if (!names.includes(r.goal)) {
      const guess = closest(r.goal, names);
      emit(['review', i, 'goal'], { input: r.goal, message: "matches no objective of the previous period's plan", hint: guess ? `did you mean "${guess}"?` : `use the title or id of an objective in ${basename(previous!.file)}` });
    }
  });
  return out;
}

/** YAML reads an unquoted date as a Date; the raw data of a failed plan may hold either. */
function textOf(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : undefined;
}

function fieldOf(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}
