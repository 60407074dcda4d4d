/**
 * The text of new notes: a rep's profile and first monthly note (`init`), a team (`init --team`),
 * next month's draft (`new`). Every field carries its explanation in the rep's language, and the
 * body asks the four reflection questions as headings to answer.
 */
import type { Goal, Locale, MetricDef, MonthFront } from '../notes/schema.js';
import { localeKit, pickLocalized } from '../locale/index.js';
import { schemaFileName, type SchemaKind } from '../notes/json-schema.js';
import { fieldComments } from './comments.js';
import { block, field, note, scalar } from './yaml-text.js';
import { metricPrecision } from '../model/precision.js';
import { writtenValues } from '../model/metric-view.js';
import { shareBehind } from '../model/plan-parts.js';
import { measureText } from '../template/value-text.js';

/**
 * The line that tells a YAML language server which schema the front matter follows. It goes right
 * after the opening ---: yaml-language-server reads it only above the first field.
 */
function modeline(schemaDir: string | undefined, kind: SchemaKind): string[] {
  return schemaDir ? [`# yaml-language-server: $schema=${schemaDir}/${schemaFileName(kind)}`] : [];
}

function reflectionBody(locale: Locale): string {
  const kit = localeKit(locale);
  return (['robot', 'posture', 'mistakes', 'expectations'] as const).map((k) => `## ${kit.t(`reflection.${k}`)}\n\n`).join('');
}

export interface RepStarter {
  id: string;
  name: string;
  team: string;
  locale: Locale;
  hired?: string;
  /** Only from a roster row that gives it: a new rep has not left. */
  left?: string;
  manager?: string;
  role?: string;
  schemaDir?: string;
}

export function repProfileText(rep: RepStarter): string {
  const c = fieldComments(rep.locale);
  const optional = (key: string, value: string | undefined, comment: string) => (value ? field(0, key, scalar(value), comment) : note(0, `${key}: …  ${comment}`));
  return [
    '---',
    ...modeline(rep.schemaDir, 'rep'),
    field(0, 'id', scalar(rep.id), c.id),
    field(0, 'name', scalar(rep.name), c.name),
    field(0, 'team', scalar(rep.team), c.team),
    optional('role', rep.role, c.role),
    optional('hired', rep.hired, c.hired),
    ...(rep.left ? [field(0, 'left', scalar(rep.left), c.left)] : []),
    optional('manager', rep.manager, c.manager),
    field(0, 'locale', rep.locale, c.profileLocale),
    field(0, 'metrics', '[]', c.metrics),
    '---',
    '',
  ].join('\n');
}

export interface MonthStarter {
  month: string;
  locale: Locale;
  metrics: readonly MetricDef[];
  schemaDir?: string;
  /** The last note, when this is next month's draft: its values are shown, its open goals carried over. */
  last?: MonthFront;
  /** The rep's notes up to the last, oldest first: the digits its values are shown with, as the plan shows them. */
  history?: readonly MonthFront[];
}

/** The last value of a metric as the plan printed it: "4.50 pts" under `decimals: 2`, "993 / 1,460 (68%)" for a share. */
function lastValueText(m: MetricDef, last: MonthFront, history: readonly MonthFront[], locale: Locale): string {
  const v = last.actuals[m.id]!;
  const precision = metricPrecision(m.decimals, writtenValues(m, history.length ? history : [last]), m.writtenDecimals);
  return measureText(localeKit(locale), v, m.unit, shareBehind(last.shares?.[m.id], v), precision);
}

export function monthNoteText(start: MonthStarter): string {
  const c = fieldComments(start.locale);
  const kit = localeKit(start.locale);
  const lines = ['---', ...modeline(start.schemaDir, 'month-note'), note(0, c.header.replace('{month}', kit.month(start.month))), field(0, 'month', start.month, c.month)];
  lines.push(note(0, c.actuals));
  const measured = start.metrics.filter((m) => !start.last || start.last.actuals[m.id] !== undefined);
  if (start.last && measured.length) {
    // Values are left for the rep: a blank value is reported by `validate` until it is filled in.
    lines.push('actuals:');
    for (const m of measured) lines.push(field(2, m.id, '', `${pickLocalized(m.name, start.locale)} — ${c.lastValue.replace('{value}', lastValueText(m, start.last, start.history ?? [], start.locale))}${start.locale.startsWith('zh') ? '；' : '; '}${c.actualsBlank}`));
  } else {
    lines.push('actuals: {}');
    for (const m of start.metrics) lines.push(note(2, `${`${m.id}:`.padEnd(16)} ${pickLocalized(m.name, start.locale)}`));
  }
  lines.push(note(0, `targets:  ${c.targets}`));
  lines.push(field(0, 'review', '', c.review), field(2, 'achievements', '[]', c.achievements), field(2, 'shortfalls', '[]', c.shortfalls), note(4, `- ${c.shortfallFields}`));
  const { carried, toReview } = splitGoals(start.last?.goals ?? [], start.month);
  if (toReview.length) {
    lines.push(field(2, 'goals', '[]', c.outcomes), note(4, c.lastGoals));
    for (const g of toReview) lines.push(note(4, `- {goal: ${scalar(g.id ?? g.title)}, result: }`));
  } else {
    lines.push(note(2, `goals:  ${c.outcomes}`));
  }
  if (carried.length) lines.push(field(0, 'goals', '', c.goals), ...block(2, carried));
  else lines.push(field(0, 'goals', '[]', c.goals));
  lines.push(note(2, `- ${c.goalFields}`));
  lines.push(field(0, 'study', '[]', c.study), note(0, `opening: |  ${c.opening}`), note(0, `closing: |  ${c.closing}`), note(0, `support: []  ${c.support}`));
  // The body's explanation stays in the front matter: a comment below it would be printed.
  lines.push(note(0, c.body), '---', '', reflectionBody(start.locale));
  return lines.join('\n');
}

/**
 * Which of last month's goals go into next month's draft: long-term goals, and goals due after the
 * new month starts (or with no due date). Those due by the end of last month are listed for review.
 */
export function splitGoals(goals: readonly Goal[], month: string): { carried: Goal[]; toReview: Goal[] } {
  const carried = goals.filter((g) => g.term === 'long' || !g.due || g.due >= `${month}-01`);
  return { carried: carried.map(dropDefaults), toReview: [...goals] };
}

/** A goal as the rep would write it: no empty lists the schema fills in by itself. */
function dropDefaults(goal: Goal): Goal {
  const out = { ...goal } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete out[k];
  return out as Goal;
}

export interface TeamStarter {
  id: string;
  name: string;
  locale: Locale;
  schemaDir?: string;
}

/** The metrics a new team starts with: the ones the seed documents name, to edit or remove. */
const STARTER_METRICS = [
  { id: 'completeness', name: { en: 'Record completeness', 'zh-CN': '客户资料完整率', 'zh-TW': '客戶資料完整率', ko: '고객 정보 완성도' }, unit: 'percent', direction: 'higher', baseline: 68, target: 85 },
  { id: 'weekly-calls', name: { en: 'Calls per week', 'zh-CN': '每周接听量', 'zh-TW': '每週接聽量', ko: '주간 응대 건수' }, unit: 'count', direction: 'higher', baseline: 150, target: 180 },
  { id: 'satisfaction', name: { en: 'SMS satisfaction', 'zh-CN': '短信满意度', 'zh-TW': '簡訊滿意度', ko: '문자 만족도' }, unit: 'percent', direction: 'higher', baseline: 88, target: 93 },
  { id: 'complaints', name: { en: 'Complaints per month', 'zh-CN': '月投诉量', 'zh-TW': '月投訴量', ko: '월 불만 건수' }, unit: 'count', direction: 'lower', baseline: 6, target: 2 },
] as const;

export function teamText(team: TeamStarter): string {
  const c = fieldComments(team.locale);
  return [
    '---',
    ...modeline(team.schemaDir, 'team'),
    field(0, 'id', scalar(team.id), c.teamId),
    field(0, 'name', scalar(team.name), c.teamName),
    field(0, 'locale', team.locale, c.teamLocale),
    field(0, 'metrics', '', c.teamMetrics),
    note(2, c.metricFields),
    ...block(2, STARTER_METRICS.map((m) => ({ ...m, name: m.name[team.locale] }))),
    '---',
    '',
  ].join('\n');
}
