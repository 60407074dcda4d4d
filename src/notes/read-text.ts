/**
 * Reads a note's bytes and decodes them strictly, so a non-UTF-8 file is reported, not garbled.
 * The reads are synchronous: notes are a few KiB, and a promise-based stat and read go through
 * libuv's thread pool, which cost several times the read itself for a folder of small files.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostic.js';

/** Notes are short; anything larger is almost certainly the wrong file. */
export const MAX_NOTE_BYTES = 512 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export async function readNoteText(file: string): Promise<ReadResult> {
  const fail = (message: string, hint?: string, line = 0): ReadResult => ({
    ok: false,
    diagnostic: { file, line, column: 0, field: '', message, hint, severity: 'error' },
  });
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) return fail('is not a file', 'give a note file (.md) or a folder of notes');
    size = info.size;
  } catch {
    return fail('cannot be found', 'check the path; notes are Markdown files such as data/<team>/<rep>/2026-09.md');
  }
  if (size > MAX_NOTE_BYTES) {
    return fail(`is ${Math.round(size / 1024)} KiB, more than a note can be (${MAX_NOTE_BYTES / 1024} KiB)`, 'split it, or check that this is the right file');
  }
  const bytes = readFileSync(file);
  if (bytes.length === 0) return fail('is empty', 'a note starts with a front matter block between two --- lines');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const line = firstBadLine(bytes);
    return fail('is not valid UTF-8 text', 'save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8)', line);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return fail('contains a NUL byte and looks binary', 'give a Markdown text file, or remove the NUL byte at this line', text.slice(0, nul).split('\n').length);
  return { ok: true, text };
}

/** The line holding the first byte sequence that is not UTF-8, to point the user at it. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 0;
}
