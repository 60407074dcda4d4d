/**
 * Every XML part of every sample DOCX against ECMA-376's child order (test/helpers/ooxml-order.ts):
 * the docx package writes most elements in schema order, but nothing in its API promises it, and
 * Word refuses a file where one element is out of place.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { elements, orderProblems } from '../../helpers/ooxml-order.js';
import { samples } from './documents.js';

describe('the order checker', () => {
  test('finds children out of sequence, unknown children and misplaced leading properties', () => {
    expect(orderProblems('<w:pPr><w:jc w:val="left"/><w:spacing w:after="0"/></w:pPr>')).toEqual(['w:pPr: w:spacing comes after w:jc']);
    expect(orderProblems('<w:rPr><w:b/><w:rFonts w:ascii="A"/></w:rPr>')).toEqual(['w:rPr: w:rFonts comes after w:b']);
    expect(orderProblems('<w:tcPr><w:vAlign w:val="center"/><w:shd w:fill="FFFFFF"/></w:tcPr>')).toEqual(['w:tcPr: w:shd comes after w:vAlign']);
    expect(orderProblems('<w:tblPr><w:tblBorders/><w:tblW w:w="1"/></w:tblPr>')).toEqual(['w:tblPr: w:tblW comes after w:tblBorders']);
    expect(orderProblems('<w:sectPr><w:pgSz/><w:headerReference/></w:sectPr>')).toEqual(['w:sectPr: w:headerReference comes after w:pgSz']);
    expect(orderProblems('<w:pPr><w:made-up/></w:pPr>')).toHaveLength(1);
    expect(orderProblems('<w:p><w:r/><w:pPr/></w:p>')).toEqual(['w:p: w:pPr is not at the start']);
    expect(orderProblems('<w:body><w:sectPr/><w:p/></w:body>')).toEqual(['w:body: w:sectPr is not last']);
    expect(orderProblems('<w:pPr><w:pStyle w:val="a"/><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing/><w:jc/></w:pPr>')).toEqual([]);
  });
});

describe.each(Object.keys(samples) as (keyof typeof samples)[])('%s sample', (name) => {
  test('every XML part keeps the schema order of every element', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(samples[name].doc, defaultTheme));
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'word/header1.xml', 'word/footer1.xml', 'word/fontTable.xml']));
    let checked = 0;
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      expect(orderProblems(xml), part).toEqual([]);
      checked += elements(xml).length;
    }
    // The checker saw the document, not an empty shell: paragraphs, runs, tables, pictures.
    const doc = elements(await zip.file('word/document.xml')!.async('string')).map((e) => e.name);
    for (const e of ['w:pPr', 'w:rPr', 'w:tblPr', 'w:tcPr', 'w:trPr', 'w:sectPr', 'w:numPr', 'wp:inline', 'pic:pic']) expect(doc, e).toContain(e);
    expect(checked).toBeGreaterThan(500);
  });
});
