/** Spans to Word runs: bold, italic, code (monospace on a grey shade), and line breaks inside a paragraph. */
import { TextRun } from 'docx';
import type { Span } from '../../document/types.js';
import { CODE_SHADE, MONO } from './styles.js';

export interface RunExtras {
  bold?: boolean;
  /** RRGGBB */
  color?: string;
}

/**
 * XML 1.0 cannot carry U+FFFE/U+FFFF or unpaired surrogates, and Word refuses a file that has
 * them; docx already drops the C0 controls. Notes are typed by people, pasted from anywhere.
 */
export function clean(text: string): string {
  return text.replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export function runs(spans: readonly Span[], extra: RunExtras = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const span of spans) {
    clean(span.text)
      .split('\n')
      .forEach((part, i) => {
        out.push(
          new TextRun({
            text: part,
            break: i > 0 ? 1 : undefined,
            bold: span.bold || extra.bold || undefined,
            italics: span.italic || undefined,
            color: extra.color,
            font: span.code ? { ascii: MONO, hAnsi: MONO, cs: MONO } : undefined,
            shading: span.code ? { type: 'clear', fill: CODE_SHADE, color: 'auto' } : undefined,
          }),
        );
      });
  }
  return out;
}

/** One plain run (labels, captions), cleaned the same way. */
export function plainRun(text: string, extra: RunExtras = {}): TextRun {
  return new TextRun({ text: clean(text), bold: extra.bold, color: extra.color });
}
