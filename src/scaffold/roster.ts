/**
 * A team's roster from a CSV (id, name, hired, left, manager, locale): one rep profile per good row, and
 * a diagnostic with its line for every bad one.
 */
import { parse } from 'csv-parse/sync';
import { LOCALES, type Locale } from '../notes/schema.js';
import type { Diagnostic } from '../notes/diagnostic.js';
import { closest } from '../notes/did-you-mean.js';

export interface RosterRow {
  line: number;
  id: string;
  name: string;
  hired?: string;
  left?: string;
  manager?: string;
  locale?: Locale;
}

const COLUMNS = ['id', 'name', 'hired', 'left', 'manager', 'locale'] as const;
const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isDate = (text: string) => DATE.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

export function readRoster(file: string, text: string): { rows: RosterRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bad = (line: number, field: string, input: string, message: string, hint?: string) => diagnostics.push({ file, line, column: 0, field, input: JSON.stringify(input), message, hint, severity: 'error' });
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, info: true, bom: true, relax_column_count: true });
  } catch (error) {
    diagnostics.push({ file, line: (error as { lines?: number }).lines ?? 0, column: 0, field: '', message: `CSV cannot be read: ${(error as Error).message.split('\n')[0]}`, hint: 'check the quotes on that line', severity: 'error' });
    return { rows: [], diagnostics };
  }
  const header = Object.keys(records[0]?.record ?? {});
  for (const h of header) {
    if (!(COLUMNS as readonly string[]).includes(h)) {
      const guess = closest(h, [...COLUMNS]);
      bad(1, h, h, `column "${h}" is not one workplan reads`, guess ? `did you mean "${guess}"?` : `the columns are ${COLUMNS.join(', ')}`);
    }
  }
  if (records.length && (!header.includes('id') || !header.includes('name'))) {
    bad(1, '', header.join(','), 'the header needs at least the columns id and name', `the first line names the columns: ${COLUMNS.join(',')}`);
    return { rows: [], diagnostics };
  }
  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const { id = '', name = '', hired = '', left = '', manager = '', locale = '' } = record;
    const before = diagnostics.length;
    if (!ID.test(id)) bad(line, 'id', id, 'is not an id', 'lower-case letters, digits and hyphens, e.g. li-na; it names the rep\'s folder');
    else if (seen.has(id)) bad(line, 'id', id, `is also on line ${seen.get(id)}`, 'each rep needs an id of their own');
    if (!name) bad(line, 'name', name, 'is empty', 'the name documents show, e.g. 李娜');
    if (hired && !isDate(hired)) bad(line, 'hired', hired, 'is not a date', 'write YYYY-MM-DD, e.g. 2025-12-01');
    if (left && !isDate(left)) bad(line, 'left', left, 'is not a date', 'write YYYY-MM-DD, the last day on the team, e.g. 2026-08-31');
    else if (left && hired && isDate(hired) && left < hired) bad(line, 'left', left, `is before the hire date ${hired}`, 'check the year of both dates: "left" is the last day on the team, "hired" the first');
    if (locale && !(LOCALES as readonly string[]).includes(locale)) bad(line, 'locale', locale, `must be one of ${LOCALES.join(', ')}`, closest(locale, [...LOCALES]) ? `did you mean "${closest(locale, [...LOCALES])}"?` : undefined);
    if (ID.test(id) && !seen.has(id)) seen.set(id, line);
    if (diagnostics.length > before) continue;
    rows.push({ line, id, name, hired: hired || undefined, left: left || undefined, manager: manager || undefined, locale: (locale || undefined) as Locale | undefined });
  }
  return { rows, diagnostics };
}
