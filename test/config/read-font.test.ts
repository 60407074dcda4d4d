import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkFont } from '../../src/config/read-font.js';
import { fontPath } from '../../src/render/pdf/fonts.js';

/** The first bytes of a font file: its version tag and a directory of the named tables (empty ones). */
function sfnt(version: string, tags: string[]): Buffer {
  const head = Buffer.alloc(12 + 16 * tags.length);
  head.write(version, 0, 'latin1');
  head.writeUInt16BE(tags.length, 4);
  tags.forEach((tag, i) => {
    head.write(tag.padEnd(4), 12 + 16 * i, 'latin1');
    head.writeUInt32BE(head.length, 12 + 16 * i + 8);
  });
  return head;
}

test('a static TrueType font is taken, with its family name', () => {
  expect(checkFont(readFileSync(fontPath('latin', 'regular')))).toEqual({ ok: true, family: 'Noto Sans' });
});

test('PostScript outlines, a variable font and a file that is no font are refused, each saying what to give instead', () => {
  expect(checkFont(sfnt('OTTO', ['CFF ', 'head']))).toEqual({ ok: false, problem: 'has PostScript (CFF) outlines, which workplan cannot embed', hint: 'use the TrueType version of the font (.ttf); most font families ship one' });
  expect(checkFont(sfnt('\x00\x01\x00\x00', ['fvar', 'glyf', 'head']))).toEqual({ ok: false, problem: 'is a variable font', hint: 'use the static file of one weight, e.g. …-Regular.ttf and …-Bold.ttf' });
  expect(checkFont(Buffer.from('not a font at all'))).toMatchObject({ ok: false, problem: 'is not a font file' });
});

test('a font without the characters of the script it is given for is refused, naming the ones it lacks', () => {
  const notoSans = readFileSync(fontPath('latin', 'regular'));
  expect(checkFont(notoSans, { script: 'Korean', text: '업무계획' })).toEqual({
    ok: false,
    problem: 'has no Korean characters (none for 업 무 계 획)',
    hint: 'give a font made for Korean text here, or name this font under the slot of its own script',
  });
  expect(checkFont(readFileSync(fontPath('sc', 'regular')), { script: 'Simplified Chinese', text: '工作计划总结' })).toEqual({ ok: true, family: 'Noto Sans SC' });
});

test('a web font is refused before it reaches a renderer, whatever its file is called', () => {
  for (const tag of ['wOFF', 'wOF2']) {
    expect(checkFont(Buffer.concat([Buffer.from(tag, 'latin1'), sfnt('\x00\x01\x00\x00', ['glyf', 'head'])]))).toEqual({
      ok: false,
      problem: 'is a web font (WOFF), compressed for browsers',
      hint: 'give the .ttf the web font was made from; font families ship it beside their web fonts',
    });
  }
});

const TTC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
test.skipIf(!existsSync(TTC))('a font collection is refused', () => {
  expect(checkFont(readFileSync(TTC))).toMatchObject({ ok: false, problem: 'is a font collection (several fonts in one file)' });
});
