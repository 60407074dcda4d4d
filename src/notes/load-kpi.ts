/**
 * KPI import: metric values exported from a call system as CSV (rep, month, metric, value). They
 * fill or override the actuals of the notes. Bad rows are diagnostics with their line numbers.
 */
import { parse } from 'csv-parse/sync';
import { readNoteText } from './read-text.js';
import type { Diagnostic } from './diagnostic.js';
import { closest } from './did-you-mean.js';

/** A value and the CSV line it came from, so a later check (an unknown metric) can point at it. */
export interface KpiValue {
  value: number;
  line: number;
}

/** rep id → measured month ("YYYY-MM", the month the value is for) → metric id → value. */
export type KpiTable = Map<string, Map<string, Record<string, KpiValue>>>;

export interface KpiResult {
  table: KpiTable;
  diagnostics: Diagnostic[];
  rows: number;
}

const COLUMNS = ['rep', 'month', 'metric', 'value'] as const;
const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loadKpi(file: string): Promise<KpiResult> {
  const read = await readNoteText(file);
  const table: KpiTable = new Map();
  if (!read.ok) return { table, diagnostics: [read.diagnostic], rows: 0 };
  const diagnostics: Diagnostic[] = [];
  const bad = (line: number, field: string, input: string | undefined, message: string, hint?: string) =>
    diagnostics.push({ file, line, column: 0, field, input: input === undefined ? undefined : JSON.stringify(input), message, hint, severity: 'error' });
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(read.text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, info: true, relax_column_count: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    bad(line, '', undefined, `CSV cannot be read: ${(error as Error).message.split('\n')[0]}`, 'check the quotes on that line');
    return { table, diagnostics, rows: 0 };
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (records.length && missing.length) {
    bad(1, '', header.join(','), `the header lacks ${missing.join(', ')}`, `the first line must name the columns: ${COLUMNS.join(',')}`);
    return { table, diagnostics, rows: 0 };
  }
  for (const { record, info } of records) {
    const line = info.lines;
    const unknownColumn = header.find((h) => !(COLUMNS as readonly string[]).includes(h));
    if (unknownColumn && record[unknownColumn]) {
      const guess = closest(unknownColumn, [...COLUMNS]);
      bad(line, unknownColumn, record[unknownColumn], `column "${unknownColumn}" is not one workplan reads`, guess ? `did you mean "${guess}"?` : undefined);
    }
    const { rep = '', month = '', metric = '', value = '' } = record;
    const n = Number(value.replace(/%$/, ''));
    const problems: [string, string, string, string][] = [];
    if (!ID.test(rep)) problems.push(['rep', rep, 'is not a rep id', 'use the id from rep.md, e.g. li-na']);
    if (!MONTH.test(month)) problems.push(['month', month, 'is not a month', 'write months as YYYY-MM, the month the value was measured']);
    if (!ID.test(metric)) problems.push(['metric', metric, 'is not a metric id', 'use the id from team.md or rep.md, e.g. completeness']);
    if (value === '' || !Number.isFinite(n)) problems.push(['value', value, 'is not a number', 'write plain numbers such as 76 or 76.5']);
    for (const [field, input, message, hint] of problems) bad(line, field, input, message, hint);
    if (problems.length) continue;
    let months = table.get(rep);
    if (!months) table.set(rep, (months = new Map()));
    const values = months.get(month) ?? {};
    // A later row for the same rep, month and metric wins, as a re-export from the call system would.
    values[metric] = { value: n, line };
    months.set(month, values);
  }
  return { table, diagnostics, rows: records.length };
}
