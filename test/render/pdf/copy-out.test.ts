import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfText } from '../../helpers/pdf-text.js';

// Its own file, so these are the first documents the process renders (vitest isolates files).
const doc = (text: string): Document => ({
  meta: { title: 'T', author: 'A', lang: 'en', header: '', footer: '{page}/{pages}', date: new Date('2026-01-01T00:00:00Z') },
  blocks: [{ type: 'paragraph', spans: [{ text }] }],
});

describe('what copies out does not depend on earlier documents', () => {
  test('"e" still copies out after a document that used it only inside "é"', async () => {
    // é is a composite glyph built from e: subsetting the first document touches e's glyph first.
    const first = await renderPdf(doc('é'), defaultTheme);
    const second = await renderPdf(doc('settled fee'), defaultTheme);
    expect(await pdfText(first)).toContain('é');
    expect(await pdfText(second)).toContain('settled fee');
    expect((await renderPdf(doc('settled fee'), defaultTheme)).equals(second)).toBe(true);
  });
});
