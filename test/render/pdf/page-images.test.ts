/**
 * Page images: the first page of a plan and a summary in each language and of the rollup, rendered
 * to PNG with poppler's pdftoppm and compared with approved images (test/golden/pages/) within a
 * tolerance that absorbs anti-aliasing, not a moved line or a changed glyph. UPDATE_GOLDEN=1
 * approves the current pages. On a difference the page as drawn now and a diff picture (differing
 * pixels black over a faint copy of the page) are written to test/.output/pages/ for a reviewer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { readPng, writePng, type GreyImage } from '../../helpers/png.js';
import { sampleDocuments } from '../../helpers/sample-documents.js';

const GOLDEN = join(import.meta.dirname, '..', '..', 'golden', 'pages');
const OUTPUT = join(import.meta.dirname, '..', '..', '.output', 'pages');
/** Low resolution keeps the approved images small; a moved line or a changed glyph still shows. */
const DPI = 40;
/** A pixel differs when its grey level moved by more than this (anti-aliasing moves edges a little). */
const LEVEL = 48;
/** Share of a page's pixels that may differ: a few glyph edges, never a line of text (about 300 pixels at 40 dpi). */
const SHARE = 0.002;

const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
if (!hasPdftoppm) console.warn('page-image test skipped: pdftoppm (poppler-utils) is not installed — apt-get install poppler-utils');

function firstPage(pdf: Buffer): GreyImage {
  const dir = mkdtempSync(join(tmpdir(), 'workplan-page-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const r = spawnSync('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', '1', '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')]);
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return readPng(readFileSync(join(dir, 'page.png')));
}

function differing(a: GreyImage, b: GreyImage): Uint8Array {
  const diff = new Uint8Array(a.pixels.length);
  for (let i = 0; i < a.pixels.length; i++) diff[i] = Math.abs(a.pixels[i]! - b.pixels[i]!) > LEVEL ? 1 : 0;
  return diff;
}

describe.skipIf(!hasPdftoppm)('page images', async () => {
  const samples = await sampleDocuments();
  // One plan and one summary per language (the first rep of each), and the rollup.
  const key = samples.filter((s, i) => s.kind === 'rollup' || samples.findIndex((t) => t.kind === s.kind && t.lang === s.lang) === i);
  test.each(key.map((s) => [s.name, s] as const))('%s, page 1, looks as approved', async (name, s) => {
    const file = `${name.replaceAll(' ', '-')}.png`;
    const actual = firstPage(await renderPdf(s.doc, defaultTheme));
    const golden = join(GOLDEN, file);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(golden, writePng(actual));
      if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`approved page ${file} was missing; it has been written — look at it and commit it`);
      return;
    }
    const approved = readPng(readFileSync(golden));
    const sameSize = approved.width === actual.width && approved.height === actual.height;
    const diff = sameSize ? differing(approved, actual) : new Uint8Array(0);
    const count = diff.reduce((n, d) => n + d, 0);
    if (!sameSize || count > SHARE * actual.pixels.length) {
      mkdirSync(OUTPUT, { recursive: true });
      writePngPair(file, actual, diff);
    }
    expect(sameSize, `page size ${actual.width}×${actual.height}, approved ${approved.width}×${approved.height}`).toBe(true);
    expect(count, `${count} pixels differ; see test/.output/pages/${file.replace('.png', '-diff.png')}`).toBeLessThanOrEqual(SHARE * actual.pixels.length);
  });
});

function writePngPair(file: string, actual: GreyImage, diff: Uint8Array): void {
  writeFileSync(join(OUTPUT, file.replace('.png', '-actual.png')), writePng(actual));
  if (diff.length === 0) return;
  const pixels = actual.pixels.map((v, i) => (diff[i] ? 0 : 255 - ((255 - v) >> 2)));
  writeFileSync(join(OUTPUT, file.replace('.png', '-diff.png')), writePng({ ...actual, pixels }));
}
