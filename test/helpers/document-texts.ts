/**
 * A rendered document's text in both formats, white space removed (line breaks fall differently in
 * PDF and DOCX), and the two checks a reader's eye makes: a passage is in both, or in neither.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { pdfText } from './pdf-text.js';
import { docxText } from './docx-text.js';
import { comparable } from './same-text.js';

export interface DocumentTexts {
  pdf: string;
  docx: string;
  both: (text: string) => void;
  neither: (text: string) => void;
}

/** `base`: the output path without its extension (out/desk/ana/2026-summary). */
export async function documentTexts(base: string): Promise<DocumentTexts> {
  const pdf = comparable(await pdfText(readFileSync(`${base}.pdf`)));
  const docx = comparable(await docxText(readFileSync(`${base}.docx`)));
  return {
    pdf,
    docx,
    both: (text) => {
      expect(pdf, `PDF lacks ${text}`).toContain(comparable(text));
      expect(docx, `DOCX lacks ${text}`).toContain(comparable(text));
    },
    neither: (text) => {
      expect(pdf).not.toContain(comparable(text));
      expect(docx).not.toContain(comparable(text));
    },
  };
}
