/**
 * A metric value as every document and draft writes it: the row's digits and the unit, or a count
 * with its total ("993 / 1,460 (68%)"). The templates' `value` and `measure` helpers and the draft
 * `workplan new` writes share it, so a draft's "last: 4.50 pts" reads as the plan printed it.
 */
import type { LabelKey, LocaleKit } from '../locale/index.js';
import { decimalsOf, type Precision } from '../model/precision.js';

export type Unit = 'percent' | 'count' | 'score' | 'seconds' | 'minutes' | 'rate';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The precision given, or the digits the value was written with. */
export function precisionOf(p: unknown, v: number): Precision {
  if (p && typeof p === 'object' && isNum((p as Precision).min) && isNum((p as Precision).max)) return p as Precision;
  return { min: 0, max: decimalsOf(v) };
}

/** The value with its unit ("4.50 pts", "245 秒"), or "—" when there is none. */
export function valueText(kit: LocaleKit, v: unknown, unit: Unit, precision?: unknown): string {
  return isNum(v) ? `${kit.number(v, precisionOf(precision, v))}${kit.t(`unit.${unit}` as LabelKey)}` : '—';
}

/** The value, or "993 / 1,460 (68%)" when it was given as a count with its total. */
export function measureText(kit: LocaleKit, v: unknown, unit: Unit, share: unknown, precision?: unknown): string {
  const s = share as { count?: unknown; of?: unknown } | undefined;
  if (!s || !isNum(s.count) || !isNum(s.of) || s.of <= 0) return valueText(kit, v, unit, precision);
  // The share itself goes through the row's digits, so 84.96% never reads 85% beside a target of 85%.
  return kit.t('value.share', { count: kit.number(s.count, { min: 0, max: 0 }), of: kit.number(s.of, { min: 0, max: 0 }), share: valueText(kit, v, 'percent', precision ?? { min: 0, max: 0 }) });
}
