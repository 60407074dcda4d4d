/**
 * The date stamped into a document. Never the clock: SOURCE_DATE_EPOCH when the caller gives it,
 * else a date that follows from the notes, so the same notes give the same bytes.
 */
export function documentDate(fromNotes: string, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  return new Date(`${fromNotes}T00:00:00Z`);
}
