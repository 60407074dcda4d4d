/** Mean of the values present; null when none are. Missing values are skipped, never zeros. */
export function average(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** The mean to one decimal, as a rating average is shown. */
export function mean(values: readonly (number | null)[]): number | null {
  const m = average(values);
  return m === null ? null : Math.round(m * 10) / 10;
}
