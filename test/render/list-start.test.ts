/**
 * An ordered list that does not start at 1 keeps its numbers in the Document and in both back
 * ends: a plan's long-term goals after eight others are goals 9 and 10, as the model numbers them.
 */
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import type { Document, ListBlock } from '../../src/document/types.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { defaultTheme } from '../../src/theme/theme.js';
import { docxXml } from '../helpers/docx-text.js';
import { pdfText } from '../helpers/pdf-text.js';

const doc = (markdown: string): Document => ({
  meta: { title: 'T', author: 'A', lang: 'en', header: '', footer: '{page}', date: new Date('2026-12-31T00:00:00Z') },
  blocks: parseMarkdown(markdown),
});
const GROUPS = '1. First goal\n2. Second goal\n\n### Long term\n\n9. Ninth goal\n10. Tenth goal\n    1. A step\n';

describe('an ordered list starting after 1', () => {
  test('the Document carries its first number; a list from 1 carries none', () => {
    const [first, , second] = parseMarkdown(GROUPS) as [ListBlock, unknown, ListBlock];
    expect(first.start).toBeUndefined();
    expect(second).toMatchObject({ type: 'list', ordered: true, start: 9 });
    expect(second.items[1]![1]).toMatchObject({ type: 'list', ordered: true });
    expect((second.items[1]![1] as ListBlock).start).toBeUndefined();
  });

  test('the PDF numbers it 9, 10, and the list nested in it from 1', async () => {
    const text = await pdfText(await renderPdf(doc(GROUPS), defaultTheme));
    expect(text).toMatch(/9\.\s*Ninth goal/);
    expect(text).toMatch(/10\.\s*Tenth goal/);
    expect(text).toMatch(/1\.\s*A step/);
    expect(text).not.toMatch(/1\.\s*Ninth goal/);
  });

  test('the DOCX gives it a numbering instance that starts at 9; the others start at 1', async () => {
    const buf = await renderDocx(doc(GROUPS), defaultTheme);
    const numbering = await docxXml(buf, 'word/numbering.xml');
    const body = await docxXml(buf);
    // The numId of each numbered paragraph, in order, and the first number each instance starts at.
    const numIds = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]!);
    const startOf = new Map([...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="\d+"\/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\d+)"\/>/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(numIds).toHaveLength(5);
    expect(numIds.map((id) => startOf.get(id))).toEqual([1, 1, 9, 9, 1]);
    // The two goals of the first list share one instance, the two long-term goals another.
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).toBe(numIds[3]);
    expect(numIds[2]).not.toBe(numIds[0]);
    // The list reaching "10." hangs its numbers 18 pt (360 twips) out, the others 13 pt, so "10."
    // keeps its text in line instead of being pushed on to the next tab stop.
    const hangingFrom = (start: number) => [...numbering.matchAll(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="(\d+)"\/>(?:(?!<\/w:lvl>).)*?w:hanging="(\d+)"/g)].filter((m) => m[1] === String(start)).map((m) => m[2]);
    expect(hangingFrom(9)).toEqual(['360']);
    expect(hangingFrom(1)).toContain('260');
  });
});
