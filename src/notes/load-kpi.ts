/**
 * KPI import: metric values exported from a call system as CSV (rep, month, metric, value). They
 * fill or override the actuals of the notes. Bad rows are diagnostics with their line numbers.
 */
import { parse } from 'csv-parse';
import { createReadStream, statSync } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import type { Diagnostic } from './diagnostic.js';
import { closest } from './did-you-mean.js';
import { writtenDigits } from './yaml-lint.js';

/** A value and the CSV line it came from, so a later check (an unknown metric) can point at it. */
export interface KpiValue {
  value: number;
  line: number;
  /** Decimals of a cell written with trailing zeros (76.50: 2), a precision the number has lost. */
  padded?: number;
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

/** A plain decimal number, as a call system writes one: no hex (0x10), exponents or Infinity. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)%?$/;
/** Bad rows reported one by one; past this a file is the wrong one, and the rest are counted. */
const MAX_REPORTED = 200;

/**
 * Reads the export as a stream, row by row: a centre's year is megabytes, and only the table of
 * values is kept, never the text or the parsed rows.
 */
export async function loadKpi(file: string): Promise<KpiResult> {
  const table: KpiTable = new Map();
  const diagnostics: Diagnostic[] = [];
  let more = 0;
  const bad = (line: number, field: string, input: string | undefined, message: string, hint?: string) => {
    if (diagnostics.length >= MAX_REPORTED) return void more++;
    diagnostics.push({ file, line, column: 0, field, input: input === undefined ? undefined : JSON.stringify(input), message, hint, severity: 'error' });
  };
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info?.isFile()) {
    bad(0, '', undefined, info ? 'is not a file' : 'cannot be found', 'give the CSV exported from the call system');
    return { table, diagnostics, rows: 0 };
  }
  if (info.size === 0) {
    bad(0, '', undefined, 'is empty', `the first line names the columns: ${COLUMNS.join(',')}`);
    return { table, diagnostics, rows: 0 };
  }
  let header: string[] | undefined;
  let rows = 0;
  let lastLine = 1;
  const seen = { lines: 1 };
  try {
    const parser = parse({ columns: (h: string[]) => (header = h.map((c) => c.trim().toLowerCase())), skip_empty_lines: true, trim: true, info: true, relax_column_count: true, bom: true });
    // pipeline, not pipe: a read or decoding error must reach the parser, or the loop below would wait forever.
    pipeline(createReadStream(file), strictUtf8(seen), parser, () => {});
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (rows++ === 0) {
        const missing = COLUMNS.filter((c) => !header!.includes(c));
        if (missing.length) {
          bad(1, '', header!.join(','), `the header lacks ${missing.join(', ')}`, `the first line must name the columns: ${COLUMNS.join(',')}`);
          parser.destroy();
          return { table, diagnostics, rows: 0 };
        }
      }
      readRow(record, info.lines, header!);
      lastLine = info.lines;
    }
  } catch (error) {
    const e = error as { lines?: number; code?: string; message: string };
    if (e instanceof NotTextError) bad(e.line, '', undefined, e.message, 'save the export as UTF-8 CSV');
    // The parser counts an unclosed quote's line at the end of the file; it opened in the row after the last good one.
    else if (e.code === 'CSV_QUOTE_NOT_CLOSED') bad(lastLine + 1, '', undefined, 'a quote (") opened on this line is never closed', 'close the quote, or remove it');
    else if (e.code === 'CSV_INVALID_CLOSING_QUOTE') bad(Math.min(e.lines ?? 0, seen.lines), '', undefined, 'a quote (") ends in the middle of a value', 'a value with quotes inside is quoted whole, each inner quote doubled: "say ""hi"""');
    else bad(Math.min(e.lines ?? 0, seen.lines), '', undefined, `CSV cannot be read: ${e.message.split('\n')[0]}`, 'check the quotes and commas on that line');
    return { table, diagnostics, rows: 0 };
  }
  if (more) diagnostics.push({ file, line: 0, column: 0, field: '', message: `has ${more} more bad rows, not listed`, hint: 'check that this is the call system\'s export, with columns rep,month,metric,value', severity: 'error' });
  return { table, diagnostics, rows };

  function readRow(record: Record<string, string>, line: number, header: string[]): void {
    const unknownColumn = header.find((h) => !(COLUMNS as readonly string[]).includes(h));
    if (unknownColumn && record[unknownColumn]) {
      const guess = closest(unknownColumn, [...COLUMNS]);
      bad(line, unknownColumn, record[unknownColumn], `column "${unknownColumn}" is not one workplan reads`, guess ? `did you mean "${guess}"?` : undefined);
    }
    const { rep = '', month = '', metric = '', value = '' } = record;
    const n = DECIMAL.test(value) ? Number(value.replace(/%$/, '')) : NaN;
    const problems: [string, string, string, string][] = [];
    if (!ID.test(rep)) problems.push(['rep', rep, 'is not a rep id', 'use the id from rep.md, e.g. li-na']);
    if (!MONTH.test(month)) problems.push(['month', month, 'is not a month', 'write months as YYYY-MM, the month the value was measured']);
    if (!ID.test(metric)) problems.push(['metric', metric, 'is not a metric id', 'use the id from team.md or rep.md, e.g. completeness']);
    if (value === '' || !Number.isFinite(n)) problems.push(['value', value, 'is not a number', 'write plain decimal numbers such as 76 or 76.5']);
    for (const [field, input, message, hint] of problems) bad(line, field, input, message, hint);
    if (problems.length) return;
    let months = table.get(rep);
    if (!months) table.set(rep, (months = new Map()));
    const values = months.get(month) ?? {};
    // A later row for the same rep, month and metric wins, as a re-export from the call system would.
    // 76.50: the last decimal typed is a zero the number has lost, read as a note's 76.50 is.
    const typed = writtenDigits(value.replace(/%$/, ''));
    values[metric] = typed.padded ? { value: n, line, padded: typed.decimals } : { value: n, line };
    months.set(month, values);
  }
}

class NotTextError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Decodes the bytes strictly as UTF-8, so a spreadsheet's other encoding is reported at its line,
 * not garbled. Counts the lines into `seen`. CR LF becomes LF on the way through, because the
 * parser counts a CR LF inside quotes as two lines and a row's line would then be past the file's end.
 */
function strictUtf8(seen: { lines: number }): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  // A CR at the end of a chunk may be the first half of a CR LF split across chunks.
  let heldCR = false;
  const unixLines = (text: string, last: boolean): string => {
    let t = (heldCR ? '\r' : '') + text;
    heldCR = !last && t.endsWith('\r');
    if (heldCR) t = t.slice(0, -1);
    return t.replace(/\r\n/g, '\n');
  };
  const fail = (message: string) => new NotTextError(line, message);
  const check = (text: string): string | Error => {
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
      line += countLines(text.slice(0, nul));
      return fail('contains NUL bytes and looks binary');
    }
    line += countLines(text);
    seen.lines = line;
    return text;
  };
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      let text: string;
      try {
        text = unixLines(decoder.decode(chunk, { stream: true }), false);
      } catch {
        line += badLineIn(chunk);
        return done(fail('is not valid UTF-8 text'));
      }
      const checked = check(text);
      if (checked instanceof Error) done(checked);
      else done(null, checked);
    },
    flush(done) {
      try {
        const checked = check(unixLines(decoder.decode(), true));
        if (checked instanceof Error) done(checked);
        else done(null, checked);
      } catch {
        done(fail('is not valid UTF-8 text'));
      }
    },
  });
}

/** Lines before the first line of `chunk` that is not UTF-8 on its own. */
function badLineIn(chunk: Buffer): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for (let start = 0; start < chunk.length; lines++) {
    const end = chunk.indexOf(0x0a, start);
    try {
      strict.decode(chunk.subarray(start, end === -1 ? chunk.length : end));
    } catch {
      return lines;
    }
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
