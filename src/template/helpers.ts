/**
 * Template helpers: how a template formats values. Everything a reader sees goes through the
 * locale kit, so a template never spells a date or a number by hand.
 */
import Handlebars from 'handlebars';
import type { LabelKey, LocaleKit } from '../locale/index.js';
import { fencedBlock } from './blocks.js';
import { adoptUserMarkdown } from './blocks.js';
import { escapeMarkdown } from './escape-markdown.js';
import { chineseNumeral } from '../locale/chinese-numerals.js';
import { periodName } from '../locale/period-name.js';

import { measureText, precisionOf, valueText, type Unit } from './value-text.js';
type HelperOptions = Handlebars.HelperOptions;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A progress fraction as it may be shown beside its status: 99.6% of the way is "99%", not "100%",
 * while the target is not reached (and a reached target never shows less than 100%).
 */
function progressShown(p: number, status: unknown): number {
  if (status === 'met') return Math.max(p, 1);
  if (status === undefined) return p;
  return p >= 0.995 ? 0.99 : p;
}

/** Section counters of one rendering, passed in the template's data (environment.ts). */
export interface Numbering {
  section: number;
  subsection: number;
}

function numbering(options: HelperOptions): Numbering {
  const data = options.data as { numbering?: Numbering; root?: object } | undefined;
  if (!data?.numbering) throw new Error('section numbers are counted per rendering: render through compileTemplate');
  return data.numbering;
}

export function registerHelpers(hb: typeof Handlebars, kit: LocaleKit): void {
  // Values are shown with the digits the model chose for their row (as written, or the metric's
  // `decimals:`); a template that passes none gets the digits the value itself has.
  const value = (v: unknown, unit: Unit, precision?: unknown) => valueText(kit, v, unit, precision);
  // Formatting a date through Intl costs microseconds, and a summary names the same dozen months
  // a hundred times; environments live per locale, so these caches do too.
  const monthNames = new Map<string, string>();
  const monthName = (m: string) => {
    let name = monthNames.get(m);
    if (name === undefined) monthNames.set(m, (name = kit.month(m)));
    return name;
  };
  hb.registerHelper({
    /** {{t "section.goals"}} or {{t "tenure.months" n=5}} */
    t: (key: string, options: HelperOptions) => {
      // A misspelt label must fail loudly, with the template line, not print its own name.
      if (!kit.has(key)) throw new Error(`there is no label "${key}" in ${kit.locale} (line ${(options as HelperOptions & { loc?: { start: { line: number } } }).loc?.start.line ?? "?"})`);
      return kit.t(key, options.hash as Record<string, string | number>);
    },
    /**
     * {{section}} before a section's title: its number in the language's style ("一、" in Chinese,
     * nothing in English and Korean, from the labels), counted per document; {{subsection}} numbers
     * the sub-points of the current section, "（一）（二）". A template that wants none leaves them out.
     */
    section: (options: HelperOptions) => {
      const count = numbering(options);
      count.section++;
      count.subsection = 0;
      return kit.t('number.section', { n: count.section, cn: chineseNumeral(count.section) });
    },
    subsection: (options: HelperOptions) => {
      const count = numbering(options);
      count.subsection++;
      return kit.t('number.subsection', { n: count.subsection, cn: chineseNumeral(count.subsection) });
    },
    month: (m: string) => (typeof m === 'string' ? monthName(m) : kit.month(m)),
    /** A month of the document's own year, as the charts label it: {{shortMonth "2026-07"}} → Jul, 7月, 7월. */
    shortMonth: (m: unknown) => (typeof m === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? kit.shortMonth(m) : '—'),
    /** A team plan's period: {{periodName "2026-H2"}} → "second half of 2026", "2026年下半年". */
    periodName: (p: unknown) => (typeof p === 'string' ? periodName(kit, p) : '—'),
    date: (d: unknown) => (typeof d === 'string' ? kit.date(d) : '—'),
    /** A metric value with its unit: {{value latest unit precision}} → 72%, 185, 4.55 分 */
    value: (v: unknown, unit: Unit, ...rest: unknown[]) => value(v, unit, rest.length > 1 ? rest[0] : undefined),
    /**
     * Change since last note, signed: +4 pp, −2, −0.05 pts. A percent metric moves in percentage
     * points (74% → 76% is +2 points; "+2%" would read as 2% of 74), as each language writes them.
     */
    delta: (v: unknown, unit: Unit, ...rest: unknown[]) => {
      if (!isNum(v)) return '—';
      const precision = rest.length > 1 ? rest[0] : undefined;
      const shown = (x: number) => (unit === 'percent' ? `${kit.number(x, precisionOf(precision, x))}${kit.t('unit.percentPoints')}` : value(x, unit, precision));
      if (v === 0) return `±${shown(0)}`;
      return `${v > 0 ? '+' : '\u2212'}${shown(Math.abs(v))}`;
    },
    /** Progress as a whole percent; {{percent progress status}} never rounds up to 100% for a target not reached. */
    percent: (f: unknown, ...rest: unknown[]) => (isNum(f) ? kit.percent(progressShown(f, rest.length > 1 ? rest[0] : undefined)) : '—'),
    /** What a progress bar says after it: the percentage, or the status where there is no way to go. */
    barCaption: (p: unknown, status: string) => (isNum(p) ? kit.percent(progressShown(p, status)) : kit.t(`status.${status}` as LabelKey)),
    status: (s: string) => kit.t(`status.${s}` as LabelKey),
    result: (r: string) => kit.t(`result.${r}` as LabelKey),
    stage: (s: unknown) => (typeof s === 'string' ? kit.t(`stage.${s}` as LabelKey) : '—'),
    stageFocus: (s: unknown) => (typeof s === 'string' ? kit.t(`stage.${s}.focus` as LabelKey) : ''),
    /** What a team lead can do for reps in a stage (the rollup's advice, not the rep's). */
    stageSupport: (s: unknown) => (typeof s === 'string' ? kit.t(`stage.${s}.manage` as LabelKey) : ''),
    /** {{measure latest unit latestShare}}: the value, or "993 / 1,460 (68%)" when it was given as a share. */
    measure: (v: unknown, unit: Unit, share: unknown, ...rest: unknown[]) => measureText(kit, v, unit, share, rest.length > 1 ? rest[0] : undefined),
    /** A schedule step's time: a date or a month (2026-08) in the locale's words, or the writer's own ("第1週") as written. */
    when: (w: unknown) => (typeof w !== 'string' ? '' : /^\d{4}-\d{2}-\d{2}$/.test(w) ? kit.date(w) : /^\d{4}-(0[1-9]|1[0-2])$/.test(w) ? monthName(w) : w),
    /**
     * Note text that may run to several paragraphs, kept as the rep wrote it: a blank line starts a
     * paragraph, a single line break stays a line break. Each line is made literal, as {{x}} is.
     */
    paragraphs: (text: unknown) => {
      if (typeof text !== 'string') return '';
      const paras = text.split(/\n[ \t]*\n\s*/).map((p) => p.split('\n').map((line) => escapeMarkdown(line.trim())).filter((line) => line !== ''));
      return new hb.SafeString(paras.filter((p) => p.length > 0).map((p) => p.join('\\\n')).join('\n\n'));
    },
    /** A blank to sign or write a date on by hand. */
    blank: (n: unknown) => new hb.SafeString('\\_'.repeat(isNum(n) ? n : 12)),
    direction: (d: string) => kit.t(`direction.${d}` as LabelKey),
    /** {{progressBar label=name value=bar caption=(percent progress) status=status}} → a drawn bar. */
    progressBar: (options: HelperOptions) => {
      const h = options.hash as { label?: unknown; value?: unknown; caption?: unknown; status?: unknown };
      return new hb.SafeString(
        fencedBlock('progress', { label: String(h.label ?? ''), value: isNum(h.value) ? h.value : 0, caption: String(h.caption ?? ''), status: String(h.status ?? 'none') }),
      );
    },
    /** The rep's own Markdown, kept as Markdown, its headings nested `shift` levels deeper. */
    markdown: (text: unknown, options: HelperOptions) => new hb.SafeString(adoptUserMarkdown(typeof text === 'string' ? text : '', Number((options.hash as { shift?: number }).shift ?? 0))),
    /** {{chart title=name values=series target=target unit=unit}} → a line chart by month; null values are gaps, and no value at all is no chart. */
    chart: (options: HelperOptions) => {
      const h = options.hash as { title?: unknown; values?: unknown; target?: unknown; unit?: unknown; labels?: unknown; year?: unknown; precision?: unknown };
      const values = Array.isArray(h.values) ? h.values.map((v) => (isNum(v) ? v : null)) : [];
      // A metric nobody reported in these months has no line to draw: an empty frame with a made-up
      // 0–1 axis would only take room, and the table beside it already says "—".
      if (!values.some((v) => v !== null)) return '';
      // Twelve values with a year are that year's months, named as the locale names them (Jan, 1月, 1월).
      // Labels given as months ("2026-07") are named as the locale names them too.
      const labels = Array.isArray(h.labels) ? h.labels.map((l) => (typeof l === 'string' && /^\d{4}-\d{2}$/.test(l) ? kit.shortMonth(l) : String(l))) : isNum(h.year) && values.length === 12 ? values.map((_, i) => kit.shortMonth(`${h.year}-${String(i + 1).padStart(2, '0')}`)) : values.map((_, i) => String(i + 1));
      // The unit as the tables write it (with its no-break space: "92 pts"); counts get whole-number ticks.
      const unit = typeof h.unit === 'string' ? kit.t(`unit.${h.unit}` as LabelKey) : '';
      const target = isNum(h.target) ? h.target : null;
      // With the row's precision, the legend and the spoken values read as the tables do (4.50, not 4.5).
      const texts = h.precision !== undefined && typeof h.unit === 'string' ? { ...(target !== null ? { targetText: value(target, h.unit as Unit, h.precision) } : {}), valueTexts: values.map((v) => (v === null ? null : value(v, h.unit as Unit, h.precision))) } : {};
      return new hb.SafeString(
        fencedBlock('chart', { title: String(h.title ?? ''), labels, values, target, unit, integer: h.unit === 'count', ...(target !== null ? { targetLabel: kit.t('chart.target') } : {}), ...texts }),
      );
    },
    /** A list of months as one localised phrase: "March 2026, July 2026". */
    months: (list: unknown) => (Array.isArray(list) ? list.map((m) => monthName(String(m))).join(kit.locale.startsWith('zh') ? '、' : ', ') : ''),
    /** Names or other text as one localised list: "박지우, 김민지", "李娜、陈雅婷". */
    list: (items: unknown) => (Array.isArray(items) ? items.map(String).join(kit.t('sep.list')) : ''),
    /** A rating 1-5 as digits with a bar of filled and empty dots. */
    rating: (r: unknown) => (isNum(r) ? `${'●'.repeat(r)}${'○'.repeat(Math.max(0, 5 - r))} ${r}` : '—'),
    pageBreak: () => new hb.SafeString(fencedBlock('pagebreak', {})),
    eq: (a: unknown, b: unknown) => a === b,
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
    inc: (n: unknown) => (isNum(n) ? n + 1 : n),
    /** {{#if (any list1 list2)}} — true when any argument is a non-empty list or truthy. */
    any: (...args: unknown[]) => args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))),
  });
}
