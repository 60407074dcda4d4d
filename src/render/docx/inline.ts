/** Spans to Word runs: bold, italic, code (monospace on a grey shade), and line breaks inside a paragraph. */
import { ShadingType, TextRun } from 'docx';
import type { Span } from '../../document/types.js';
import { CODE_SHADE, MONO } from './styles.js';
import { clean, half } from './xml.js';

export interface RunExtras {
  bold?: boolean;
  /** Points; the paragraph style's size when absent. */
  size?: number;
  /** RRGGBB */
  color?: string;
}

const CODE = { font: { ascii: MONO, hAnsi: MONO, cs: MONO }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: CODE_SHADE } } as const;

export function runs(spans: readonly Span[], extra: RunExtras = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const look = {
      ...(span.code ? CODE : {}),
      ...(span.bold || extra.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(span.italic ? { italics: true, italicsComplexScript: true } : {}),
      ...(extra.color ? { color: extra.color } : {}),
      ...(extra.size ? { size: half(extra.size), sizeComplexScript: half(extra.size) } : {}),
    };
    // A line break inside a span is a w:br at the start of the next line's run.
    clean(span.text)
      .split('\n')
      .forEach((line, i) => {
        // A span that starts with a line break has nothing before it to put in a run of its own.
        if (i > 0 || line) out.push(new TextRun({ ...look, ...(i > 0 ? { break: 1 } : {}), ...(line ? { text: line } : {}) }));
      });
  }
  return out;
}

/** One plain run (labels, captions). */
export function plainRun(text: string, extra: RunExtras = {}): TextRun[] {
  return runs([{ text }], extra);
}
