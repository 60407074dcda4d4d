/** Raw PDF internals for tests that look below the text: the page content streams. */
import { inflateSync } from 'node:zlib';

/** The page content streams, inflated (pdfkit compresses them). */
export function contentStreams(buf: Buffer): string[] {
  const raw = buf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Filter \/FlateDecode[^>]*>>\nstream\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('\nendstream', start);
    const text = inflateSync(buf.subarray(start, end)).toString('latin1');
    if (/\s(re|BT)\s/.test(text)) out.push(text);
  }
  return out;
}
