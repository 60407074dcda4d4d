/** Axis ticks shared by both back ends' charts. */

/**
 * Round tick steps (1, 2, 2.5, 5 × 10ⁿ) that cover [min, max], so the axis reads naturally.
 * `integer`: whole-number steps only, for counts (no axis of "1.5 calls").
 */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * mag).filter((s) => !integer || Number.isInteger(s));
  const step = Math.max(integer ? 1 : 0, steps.find((s) => s >= raw) ?? 10 * mag);
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 0.001; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** A tick as text, with `digits` decimals (see `tickDigits`), or one where it has any. */
export function formatTick(v: number, digits?: number): string {
  if (digits !== undefined) return v.toFixed(digits);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** Decimals every tick of an axis needs so none is rounded to a neighbour's text (4.25 is not "4.3"). */
export function tickDigits(ticks: readonly number[]): number {
  let digits = 0;
  for (const t of ticks) {
    while (digits < 6 && Math.abs(Math.round(t * 10 ** digits) - t * 10 ** digits) > 1e-6) digits++;
  }
  return digits;
}

export interface Plot {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The y axis of a line chart: round ticks covering every value present and the target. Missing and
 * non-finite values are ignored. `integer` (whole-number ticks) defaults to whether every value and
 * the target are whole numbers: counts always are, and whole percentages read best on whole ticks too.
 */
export function chartTicks(values: readonly (number | null)[], target: number | null, integer?: boolean): number[] {
  const domain = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (target !== null && Number.isFinite(target)) domain.push(target);
  const whole = integer ?? domain.every(Number.isInteger);
  return niceTicks(domain.length ? Math.min(...domain) : 0, domain.length ? Math.max(...domain) : 1, 5, whole);
}

export interface ChartScale {
  /** y of a value inside the plot (values grow upwards). */
  yOf(v: number): number;
  /** x of the i-th category, centred in its slot. */
  xOf(i: number): number;
}

/** Maps values and categories onto the plot; shared by the PDF drawing and the SVG picture so both show the same chart. */
export function chartScale(ticks: readonly number[], categories: number, plot: Plot): ChartScale {
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  const n = Math.max(1, categories);
  return {
    yOf: (v) => plot.y + plot.h - ((v - lo) / (hi - lo || 1)) * plot.h,
    xOf: (i) => plot.x + ((i + 0.5) / n) * plot.w,
  };
}
