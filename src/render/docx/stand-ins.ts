/**
 * The large binary parts of a DOCX — its embedded fonts and its pictures — go to the docx package
 * as short stand-ins, and the pass that makes the package stable (stable-package.ts) puts the real
 * bytes in their place. The package names a picture by a SHA-1 of its bytes and deflates every part,
 * both in JavaScript (no option sets the level or turns it off): for a Chinese summary, whose font
 * subsets and pictures are most of its bytes, that was about half of the DOCX's time in a cold
 * process, spent mostly squeezing PNGs that are already compressed. The package still writes every
 * part's XML, relationship and content type, and obfuscates the fonts as usual; only the bytes it
 * never reads are swapped.
 *
 * A stand-in is the same for the same bytes (a SHA-256 of them), so a picture used twice is still
 * stored once, and the document's bytes stay the same from run to run.
 */
import { createHash } from 'node:crypto';

const MARK = 'workplan stand-in ';
/** Mark and hex digest: longer than the 32 bytes font obfuscation rewrites. */
export const STAND_IN_LENGTH = MARK.length + 64;

export class StandIns {
  private readonly real = new Map<string, Buffer>();

  /** The stand-in for `data`, to give the packer in its place. */
  for(data: Uint8Array | string): Buffer {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const text = MARK + createHash('sha256').update(bytes).digest('hex');
    this.real.set(text, bytes);
    return Buffer.from(text, 'latin1');
  }

  /** An embedded font with stand-ins for its files (regular and, if it has one, bold). */
  forFont<F extends { data: Uint8Array; bold?: Uint8Array }>(font: F): F {
    return { ...font, data: this.for(font.data), ...(font.bold ? { bold: this.for(font.bold) } : {}) };
  }

  /** The real bytes of a part whose data is `part`, when `part` is one of these stand-ins. */
  resolve(part: Uint8Array): Buffer | undefined {
    if (part.length !== STAND_IN_LENGTH) return undefined;
    return this.real.get(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('latin1'));
  }
}
