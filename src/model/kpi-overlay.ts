/** Lays KPI values from a call-system export over what the notes measured: the export wins. */
import type { KpiValue } from '../notes/load-kpi.js';

export type Measured = Map<string, Record<string, number>>;

export function overlayKpi(measured: Measured, kpi: ReadonlyMap<string, Record<string, KpiValue>> | undefined): Measured {
  if (!kpi) return measured;
  const out: Measured = new Map(measured);
  for (const [month, values] of kpi) {
    const merged = { ...out.get(month) };
    for (const [metric, v] of Object.entries(values)) merged[metric] = v.value;
    out.set(month, merged);
  }
  return out;
}
