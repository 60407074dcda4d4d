/**
 * Template helpers: how a template formats values. Everything a reader sees goes through the
 * locale kit, so a template never spells a date or a number by hand.
 */
import Handlebars from 'handlebars';
import type { LabelKey, LocaleKit } from '../locale/index.js';
import { fencedBlock } from './blocks.js';
import { adoptUserMarkdown } from './blocks.js';

type Unit = 'percent' | 'count' | 'score' | 'seconds' | 'minutes' | 'rate';
type HelperOptions = Handlebars.HelperOptions;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function registerHelpers(hb: typeof Handlebars, kit: LocaleKit): void {
  const value = (v: unknown, unit: Unit) => (isNum(v) ? `${kit.number(v)}${kit.t(`unit.${unit}` as LabelKey)}` : '—');
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
    t: (key: string, options: HelperOptions) => kit.t(key as LabelKey, options.hash as Record<string, string | number>),
    month: (m: string) => (typeof m === 'string' ? monthName(m) : kit.month(m)),
    date: (d: unknown) => (typeof d === 'string' ? kit.date(d) : '—'),
    /** A metric value with its unit: {{value latest unit}} → 72%, 185, 86 分 */
    value,
    /** Change since last note, signed: +4%, −2 */
    delta: (v: unknown, unit: Unit) => {
      if (!isNum(v)) return '—';
      if (v === 0) return `±${value(0, unit)}`;
      return `${v > 0 ? '+' : '−'}${value(Math.abs(v), unit)}`;
    },
    percent: (f: unknown) => (isNum(f) ? kit.percent(f) : '—'),
    /** What a progress bar says after it: the percentage, or the status where there is no way to go. */
    barCaption: (p: unknown, status: string) => (isNum(p) ? kit.percent(p) : kit.t(`status.${status}` as LabelKey)),
    status: (s: string) => kit.t(`status.${s}` as LabelKey),
    result: (r: string) => kit.t(`result.${r}` as LabelKey),
    stage: (s: string) => kit.t(`stage.${s}` as LabelKey),
    stageFocus: (s: string) => kit.t(`stage.${s}.focus` as LabelKey),
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
    /** {{chart title=name values=series target=target unit=unit}} → a line chart by month; null values are gaps. */
    chart: (options: HelperOptions) => {
      const h = options.hash as { title?: unknown; values?: unknown; target?: unknown; unit?: unknown; labels?: unknown };
      const values = Array.isArray(h.values) ? h.values.map((v) => (isNum(v) ? v : null)) : [];
      const labels = Array.isArray(h.labels) ? h.labels.map(String) : values.map((_, i) => String(i + 1));
      const unit = typeof h.unit === 'string' ? kit.t(`unit.${h.unit}` as LabelKey).trim() : '';
      return new hb.SafeString(fencedBlock('chart', { title: String(h.title ?? ''), labels, values, target: isNum(h.target) ? h.target : null, unit }));
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
