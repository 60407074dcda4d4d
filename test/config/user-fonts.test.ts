/**
 * A theme's own fonts reach both back ends, and only the documents of that theme: the faces are
 * chosen per document, so one rendered after it with the default theme is in Noto again.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdfDocument } from '../../src/render/pdf/render-document.js';
import { defaultTheme, type Theme } from '../../src/theme/theme.js';
import { docxParts, docxXml } from '../helpers/docx-text.js';
import { samples } from '../render/docx/documents.js';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const regular = `${DEJAVU}/DejaVuSans.ttf`;
const bold = `${DEJAVU}/DejaVuSans-Bold.ttf`;

/** The default theme with DejaVu Sans as its Latin face, as themeFromConfig makes it. */
const dejaVu: Theme = {
  ...defaultTheme,
  fontFiles: { latin: { regular, bold } },
  faceNames: { ...defaultTheme.faceNames, latin: 'DejaVu Sans' },
  docxFonts: Object.fromEntries(Object.entries(defaultTheme.docxFonts).map(([lang, f]) => [lang, { ...f, ascii: 'DejaVu Sans' }])),
};

/** The base font names of a PDF: pdfkit writes font dictionaries uncompressed. */
const baseFonts = (pdf: Buffer) => [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))].sort();

describe.skipIf(!existsSync(regular) || !existsSync(bold))('the user\'s fonts', () => {
  test('PDF: DejaVu for the Latin text of a themed document, Noto again for the next default one', async () => {
    const { doc } = samples['zh-CN'];
    expect(baseFonts(await renderPdfDocument(doc, dejaVu))).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'NotoSansSC-Bold', 'NotoSansSC-Regular']);
    expect(baseFonts(await renderPdfDocument(doc, defaultTheme))).toEqual(['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansSC-Bold', 'NotoSansSC-Regular']);
  });

  test('DOCX: the styles name DejaVu Sans, and the face embedded is the DejaVu subset; the next default document embeds Noto', async () => {
    const { doc } = samples.en;
    const themed = await renderDocx(doc, dejaVu);
    expect(await docxXml(themed, 'word/styles.xml')).toContain('w:ascii="DejaVu Sans"');
    expect(await docxXml(themed, 'word/fontTable.xml')).toMatch(/<w:font w:name="DejaVu Sans">[^]*?<w:embedRegular [^>]*\/>[^]*?<w:embedBold [^>]*\/>/);
    expect((await docxParts(themed)).filter((p) => p.startsWith('word/fonts/'))).toHaveLength(2);
    const plain = await renderDocx(doc, defaultTheme);
    const table = await docxXml(plain, 'word/fontTable.xml');
    expect(table).toContain('w:name="Noto Sans"');
    expect(table).not.toContain('DejaVu');
  });
});
