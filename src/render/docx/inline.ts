/** Spans to Word runs: bold, italic, code, and line breaks inside a paragraph. */
import { TextRun } from 'docx';
import type { Span } from '../../document/types.js';

export function runs(spans: readonly Span[], extra: { bold?: boolean; color?: string } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const span of spans) {
    span.text.split('\n').forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          bold: span.bold || extra.bold || undefined,
          italics: span.italic || undefined,
          color: extra.color,
          font: span.code ? { ascii: 'Courier New', hAnsi: 'Courier New' } : undefined,
        }),
      );
    });
  }
  return out;
}
