/**
 * Fonts in the DOCX: which characters each weight draws, the subset as a standalone font (it must
 * install in Word and LibreOffice: character map, names, checksums), and the embedded files as
 * Word reads them back (fontTable.xml, obfuscated with the key it names).
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { usedText } from '../../../src/render/docx/embedded-fonts.js';
import { copiedTables, subsetFont } from '../../../src/render/docx/font-subset.js';
import { fontPath } from '../../../src/render/pdf/fonts.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { samples } from './documents.js';

const TC = fontPath('tc', 'regular');

/** The parts of a fontkit font read here (the project's fontkit typings cover what the PDF back end uses). */
interface ReadFont {
  familyName: string;
  numGlyphs: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number; path: { bbox: unknown } };
}
const open = (data: Uint8Array) => fontkit.create(data) as unknown as ReadFont;
const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!);
const chars = (set: Set<number>) => [...set].sort((a, b) => a - b).map((c) => String.fromCodePoint(c)).join('');

describe('usedText', () => {
  test('headings, table headers, chart titles and bar captions are bold; the rest regular', () => {
    const doc: Document = {
      meta: { ...samples.en.doc.meta, header: 'H', footer: 'p{page}/{pages}' },
      blocks: [
        { type: 'heading', level: 2, spans: [{ text: '目标' }] },
        { type: 'paragraph', spans: [{ text: 'ab' }, { text: 'c', bold: true }] },
        { type: 'table', header: [[{ text: 'T' }]], rows: [[[{ text: 'r' }]]], align: [] },
        { type: 'progress', label: 'L', value: 0.5, caption: '%', status: 'met' },
        { type: 'chart', title: '图', labels: ['x'], values: [1], target: null, unit: '' },
        { type: 'list', ordered: false, items: [[{ type: 'quote', blocks: [{ type: 'paragraph', spans: [{ text: 'q' }] }] }]] },
        { type: 'code', text: 'z z' },
      ],
    };
    const used = usedText(doc);
    // Page numbers, "." and the bullets in both weights: a list's number takes its item's look, which may be bold.
    expect(chars(used.bold)).toBe('%.0123456789Tc•◦图标目');
    // Header "H", footer "p" and "/" without the placeholders' letters, digits for PAGE/NUMPAGES, "." and the bullets of list numbering.
    expect(chars(used.regular)).toBe('./0123456789HLabpqrz•◦');
  });
});

describe('subsetFont', () => {
  const file = readFileSync(TC);
  const full = open(file);
  const subset = subsetFont(fontkit.create(file), copiedTables(file), cps('們客戶資料A們𡃁'));
  const font = open(subset);

  test('a standalone TrueType font: the asked characters with their advances, the names of the full face, nothing else', () => {
    expect(subset.readUInt32BE(0)).toBe(0x00010000);
    expect(font.familyName).toBe('Noto Sans TC');
    for (const ch of '們客戶資料A𡃁') {
      const cp = ch.codePointAt(0)!;
      expect(font.hasGlyphForCodePoint(cp), ch).toBe(true);
      expect(font.glyphForCodePoint(cp).advanceWidth, ch).toBe(full.glyphForCodePoint(cp).advanceWidth);
      // The same outline: the glyph's bounding box survives the cut.
      expect(font.glyphForCodePoint(cp).path.bbox, ch).toEqual(full.glyphForCodePoint(cp).path.bbox);
    }
    expect(font.hasGlyphForCodePoint(cps('的')[0]!)).toBe(false);
    // .notdef + 7 characters (們 twice is one glyph).
    expect(font.numGlyphs).toBe(8);
    expect(subset.length).toBeLessThan(file.length / 100);
  });

  test('character map for Windows (3,1) and, past U+FFFF, (3,10); checksums as the OpenType spec has them', () => {
    const tables = new Map<string, { checksum: number; offset: number; length: number }>();
    for (let i = 0; i < subset.readUInt16BE(4); i++) {
      const at = 12 + 16 * i;
      tables.set(subset.toString('latin1', at, at + 4), { checksum: subset.readUInt32BE(at + 4), offset: subset.readUInt32BE(at + 8), length: subset.readUInt32BE(at + 12) });
    }
    expect([...tables.keys()]).toEqual([...tables.keys()].sort());
    for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post']) expect(tables.has(tag), tag).toBe(true);
    const sum = (from: number, length: number) => {
      let s = 0;
      for (let i = from; i < from + Math.ceil(length / 4) * 4; i += 4) s = (s + subset.readUInt32BE(i)) >>> 0;
      return s;
    };
    for (const [tag, t] of tables) if (tag !== 'head') expect(sum(t.offset, t.length), tag).toBe(t.checksum);
    expect(sum(0, subset.length)).toBe(0xb1b0afba);
    const cmap = tables.get('cmap')!;
    const records = Array.from({ length: subset.readUInt16BE(cmap.offset + 2) }, (_, i) => [subset.readUInt16BE(cmap.offset + 4 + 8 * i), subset.readUInt16BE(cmap.offset + 6 + 8 * i)]);
    expect(records).toEqual([[3, 1], [3, 10]]);
    expect(subset.readUInt32BE(tables.get('post')!.offset)).toBe(0x00030000);
  });
});

/** Each embedded face of a DOCX as Word reads it: name, weight, and the font file with its obfuscation undone. */
async function embedded(buf: Buffer): Promise<{ name: string; weight: string; font: ReadFont }[]> {
  const zip = await JSZip.loadAsync(buf);
  const table = await zip.file('word/fontTable.xml')!.async('string');
  const rels = await zip.file('word/_rels/fontTable.xml.rels')!.async('string');
  const out = [];
  for (const [, name, body] of table.matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)) {
    for (const [tag, weight] of body!.matchAll(/<w:embed(Regular|Bold)\s[^>]*>/g)) {
      const id = /r:id="([^"]+)"/.exec(tag)![1];
      const key = /w:fontKey="\{([^}]+)\}"/.exec(tag)![1]!.replace(/-/g, '');
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      const data = Buffer.from(await zip.file(`word/${target}`)!.async('uint8array'));
      // ECMA-376 Part 2, 17.8.1: the first 32 bytes XORed with the key's bytes, last to first.
      const k = Array.from({ length: 16 }, (_, i) => parseInt(key.slice(2 * i, 2 * i + 2), 16)).reverse();
      for (let i = 0; i < 32; i++) data[i] = data[i]! ^ k[i % 16]!;
      out.push({ name: name!, weight: weight!, font: open(data) });
    }
  }
  return out;
}

describe('fonts in the DOCX', () => {
  test.each([
    ['zh-CN', 'Noto Sans SC', '们'],
    ['zh-TW', 'Noto Sans TC', '們'],
    ['ko', 'Noto Sans KR', '팀'],
  ] as const)('%s: the Latin face and %s, regular and bold, each the characters it draws', async (lang, eastAsia, sample) => {
    const doc = { ...samples[lang].doc, blocks: [...samples[lang].doc.blocks, { type: 'paragraph' as const, spans: [{ text: sample }] }] };
    const faces = await embedded(await renderDocx(doc, defaultTheme));
    expect(faces.map((f) => `${f.name} ${f.weight}`)).toEqual(['Noto Sans Regular', 'Noto Sans Bold', `${eastAsia} Regular`, `${eastAsia} Bold`]);
    for (const f of faces) expect(f.font.familyName).toBe(f.name);
    const cjk = faces.find((f) => f.name === eastAsia && f.weight === 'Regular')!.font;
    expect(cjk.hasGlyphForCodePoint(sample.codePointAt(0)!)).toBe(true);
    // The title is a bold heading: its characters are in the bold file only when nothing regular uses them.
    const title = samples[lang].doc.meta.title;
    const bold = faces.find((f) => f.name === eastAsia && f.weight === 'Bold')!.font;
    for (const ch of title.replace(/[\s·\d]/g, '')) expect(bold.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    expect(await JSZip.loadAsync(await renderDocx(doc, defaultTheme)).then((z) => z.file('word/settings.xml')!.async('string'))).toContain('<w:embedTrueTypeFonts/>');
  });

  test('an English document embeds the Latin face only; --no-embed-fonts embeds nothing', async () => {
    expect((await embedded(await renderDocx(samples.en.doc, defaultTheme))).map((f) => `${f.name} ${f.weight}`)).toEqual(['Noto Sans Regular', 'Noto Sans Bold']);
    const zip = await JSZip.loadAsync(await renderDocx(samples['zh-CN'].doc, defaultTheme, { embedFonts: false }));
    expect(Object.keys(zip.files).filter((n) => n.includes('fonts/'))).toEqual([]);
    expect(await zip.file('word/settings.xml')!.async('string')).not.toContain('embedTrueTypeFonts');
  });

  test('the key is the same whenever the font is: a document rendered twice has the same fontTable', async () => {
    const keys = async () => [...(await JSZip.loadAsync(await renderDocx(samples.ko.doc, defaultTheme)).then((z) => z.file('word/fontTable.xml')!.async('string'))).matchAll(/w:fontKey="([^"]+)"/g)].map((m) => m[1]);
    const first = await keys();
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
    expect(await keys()).toEqual(first);
  });
});
