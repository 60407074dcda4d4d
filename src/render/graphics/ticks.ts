/** Axis ticks shared by both back ends' charts. */

/** Round tick steps (1, 2, 2.5, 5 × 10ⁿ) that cover [min, max], so the axis reads naturally. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 0.001; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

export function formatTick(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export interface Plot {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ChartScale {
  ticks: number[];
  /** y of a value inside the plot (values grow upwards). */
  yOf(v: number): number;
  /** x of the i-th category, centred in its slot. */
  xOf(i: number): number;
}

/** The axes of a line chart, shared by the PDF drawing and the SVG picture so both show the same chart. */
export function chartScale(values: readonly (number | null)[], target: number | null, categories: number, plot: Plot): ChartScale {
  const present = values.filter((v): v is number => v !== null);
  const domain = [...present, ...(target !== null ? [target] : [])];
  const ticks = niceTicks(domain.length ? Math.min(...domain) : 0, domain.length ? Math.max(...domain) : 1);
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const n = Math.max(1, categories);
  return {
    ticks,
    yOf: (v) => plot.y + plot.h - ((v - lo) / (hi - lo || 1)) * plot.h,
    xOf: (i) => plot.x + ((i + 0.5) / n) * plot.w,
  };
}
