/**
 * Text for the SVG graphics, drawn as glyph outlines from Noto Sans rather than as <text>.
 *
 * Why outlines: resvg would otherwise have to load and parse a font file for every picture
 * (about 3.5 ms each, the largest cost of a chart), and Word would draw <text> with whatever font
 * the reader happens to have. As paths, the picture looks the same in Word, in LibreOffice and in
 * the PNG fallback, and resvg needs no fonts at all.
 *
 * Only the Latin face is loaded (once per process, lazily): chart text is digits, units and short
 * labels. Text with a character the face lacks (Chinese, Korean) is reported as unsupported so the
 * caller can choose something else to draw.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { fontPath } from '../font-files.js';

/**
 * The few parts of fontkit used here, typed locally: the shared fontkit typings belong to the PDF
 * back end and leave out glyph outlines.
 */
interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}
interface OutlineFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number; path: { commands: PathCommand[] } };
}

interface GlyphShape {
  advance: number;
  commands: PathCommand[];
}

interface LatinFace {
  font: OutlineFont;
  unitsPerEm: number;
  shapes: Map<number, GlyphShape | null>;
}

let face: LatinFace | undefined;

function latin(): LatinFace {
  if (!face) {
    const font = fontkit.create(readFileSync(fontPath('latin', 'regular'))) as unknown as OutlineFont;
    face = { font, unitsPerEm: font.unitsPerEm, shapes: new Map() };
  }
  return face;
}

function shape(f: LatinFace, cp: number): GlyphShape | null {
  let s = f.shapes.get(cp);
  if (s === undefined) {
    if (f.font.hasGlyphForCodePoint(cp)) {
      const glyph = f.font.glyphForCodePoint(cp);
      s = { advance: glyph.advanceWidth, commands: glyph.path.commands.map((c) => ({ command: c.command, args: [...c.args] })) };
    } else {
      s = null;
    }
    f.shapes.set(cp, s);
  }
  return s;
}

/** Whether every character of `text` can be drawn. */
export function canDraw(text: string): boolean {
  const f = latin();
  for (const ch of text) if (shape(f, ch.codePointAt(0)!) === null) return false;
  return true;
}

/** Advance width of `text` at `size`, in the same units as `size`. */
export function textWidth(text: string, size: number): number {
  const f = latin();
  let w = 0;
  for (const ch of text) w += shape(f, ch.codePointAt(0)!)?.advance ?? 0;
  return (w * size) / f.unitsPerEm;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();
/**
 * Outline points to a tenth of a point: at chart text sizes that is under a sixth of a pixel in the
 * PNG fallback, and it makes a chart's SVG about a quarter smaller to store and to parse.
 */
const n1 = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * Outlines of a text at a size, with its baseline start at (0, 0). Chart text repeats — the same
 * ticks, months and units in chart after chart, document after document — so each is built once
 * per process and placed with a translate.
 */
const outlines = new Map<string, string>();
/** Far more than the distinct labels of a batch; stops a long run growing without bound. */
const OUTLINE_CACHE_LIMIT = 5000;

function outline(f: LatinFace, text: string, size: number): string {
  const key = `${size}|${text}`;
  let d = outlines.get(key);
  if (d === undefined) {
    const k = size / f.unitsPerEm;
    let pen = 0;
    const parts: string[] = [];
    for (const ch of text) {
      const s = shape(f, ch.codePointAt(0)!);
      if (!s) continue;
      for (const { command, args } of s.commands) {
        const pts: string[] = [];
        for (let i = 0; i + 1 < args.length; i += 2) pts.push(`${n1(pen + args[i]! * k)} ${n1(-args[i + 1]! * k)}`);
        switch (command) {
          case 'moveTo':
            parts.push(`M${pts.join(' ')}`);
            break;
          case 'lineTo':
            parts.push(`L${pts.join(' ')}`);
            break;
          case 'quadraticCurveTo':
            parts.push(`Q${pts.join(' ')}`);
            break;
          case 'bezierCurveTo':
            parts.push(`C${pts.join(' ')}`);
            break;
          case 'closePath':
            parts.push('Z');
            break;
        }
      }
      pen += s.advance * k;
    }
    d = parts.join('');
    if (outlines.size >= OUTLINE_CACHE_LIMIT) outlines.clear();
    outlines.set(key, d);
  }
  return d;
}

/**
 * One <path> drawing `text` with its baseline at `y`; `anchor` says whether `x` is the start,
 * middle or end of the text, as SVG's text-anchor does. Characters the face lacks are skipped.
 */
export function textPath(text: string, x: number, y: number, size: number, fill: string, anchor: 'start' | 'middle' | 'end' = 'start'): string {
  const f = latin();
  const d = outline(f, text, size);
  if (!d) return '';
  const width = textWidth(text, size);
  const start = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return `<path transform="translate(${n(start)} ${n(y)})" d="${d}" fill="${fill}"/>`;
}
