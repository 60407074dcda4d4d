/** The ZIP writer: readable by a ZIP library with CRCs checked, entries in order, one UTC time on every entry. */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { zip } from '../../../src/render/docx/zip.js';

describe('zip', () => {
  test('deflated and stored entries come back byte for byte, in order, with valid CRCs', async () => {
    const text = Buffer.from('<w:t>客户资料完整率 68% → 85%</w:t>'.repeat(200));
    const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 131) % 256);
    const out = zip([{ name: '[Content_Types].xml', data: text, deflate: true }, { name: 'word/media/image1.png', data: binary, deflate: false }, { name: 'empty.xml', data: new Uint8Array(0), deflate: true }], new Date('2026-12-31T23:59:58Z'));
    const z = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(z.files)).toEqual(['[Content_Types].xml', 'word/media/image1.png', 'empty.xml']);
    expect(Buffer.from(await z.file('[Content_Types].xml')!.async('uint8array')).equals(text)).toBe(true);
    expect([...(await z.file('word/media/image1.png')!.async('uint8array'))]).toEqual([...binary]);
    expect(await z.file('empty.xml')!.async('string')).toBe('');
    // Text is deflated, the PNG stored.
    expect(out.length).toBeLessThan(text.length / 4 + binary.length + 400);
    for (const f of Object.values(z.files)) expect(f.date.toISOString()).toBe('2026-12-31T23:59:58.000Z');
  });

  test('a date DOS cannot hold is clamped, not wrapped', async () => {
    const z = await JSZip.loadAsync(zip([{ name: 'a', data: Buffer.from('a'), deflate: false }], new Date(0)));
    expect(z.files.a!.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });
});
