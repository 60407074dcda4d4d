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
  hb.registerHelper({
    /** {{t "section.goals"}} or {{t "tenure.months" n=5}} */
    t: (key: string, options: HelperOptions) => kit.t(key as LabelKey, options.hash as Record<string, string | number>),
    month: (m: string) => kit.month(m),
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
    pageBreak: () => new hb.SafeString(fencedBlock('pagebreak', {})),
    eq: (a: unknown, b: unknown) => a === b,
    inc: (n: unknown) => (isNum(n) ? n + 1 : n),
    /** {{#if (any list1 list2)}} — true when any argument is a non-empty list or truthy. */
    any: (...args: unknown[]) => args.slice(0, -1).some((a) => (Array.isArray(a) ? a.length > 0 : Boolean(a))),
  });
}
