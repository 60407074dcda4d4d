#!/usr/bin/env node
// Usage: node scripts/check-unit-breaks.mjs <docx> <pdf> [<docx> <pdf> …]   (after npm run build)
//
// Finds where a reader's rendering of a DOCX (the PDF LibreOffice makes of it) parts a number from
// its unit or a date from its parts ("2026年10|月", "90 | 分以上", "2026년 | 12월"): a line end in the
// PDF's text, inside one paragraph of the DOCX, with a digit beside it, at a place where the PDF back
// end's own line breaker (breakOpportunities, the rule the PDF keeps them whole by) has no break.
// In a table cell that is a failure: cell-lines.ts gives such cells the PDF's line ends. In running
// text it is reported and counted, not failed: LibreOffice 7.4 breaks before any Chinese character
// that its lists of forbidden line starts and ends allow, lists a DOCX cannot change, so nothing in
// the DOCX keeps it from breaking there (README, "The DOCX back end", has what was tried and measured).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { breakOpportunities } from '../dist/render/pdf/break-lines.js';
import { decode } from './check-word-breaks.mjs';

const DIGIT = /[0-9]/;
/**
 * Characters pdftotext and the DOCX may differ by: spaces (pdftotext writes the gap LibreOffice
 * draws between Chinese text and digits as one) and invisible format characters (a word joiner is
 * in the DOCX's text, not in the PDF's).
 */
const SPACE = /[\s\p{Cf}]/u;
/** How many characters either side of a line end must match the DOCX's paragraph for the line end to be placed in it. */
const SIDE = 10;

/** Each paragraph of a WordprocessingML part: its text (a line break is a newline) and whether it sits in a table cell. */
export function paragraphs(xml) {
  const out = [];
  let depth = 0;
  // Table cells can nest; a paragraph is in a table when more cells are open than closed before it.
  for (const m of xml.matchAll(/<w:tc>|<w:tc\s[^>]*>|<\/w:tc>|<w:p(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    if (m[0].startsWith('</w:tc')) depth--;
    else if (m[0].startsWith('<w:tc')) depth++;
    else {
      let text = '';
      for (const r of (m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:br\s[^>]*\/>|<w:tab\/>/g)) {
        text += r[1] !== undefined ? decode(r[1]) : r[0].startsWith('<w:br') ? '\n' : '\t';
      }
      out.push({ text, inTable: depth > 0 });
    }
  }
  return out;
}

/** Format characters (a word joiner) are invisible: a paragraph is judged by what is left without them. */
const FORMAT = /\p{Cf}/u;

/** A paragraph's characters (without format characters), and those that are not spaces, each with its index among them. */
function squashed(text) {
  const chars = [...text].filter((ch) => !FORMAT.test(ch));
  const kept = [];
  chars.forEach((ch, i) => {
    if (!SPACE.test(ch)) kept.push({ ch, at: i });
  });
  return { chars, kept, flat: kept.map((k) => k.ch).join('') };
}

/**
 * The line ends of `pdfText` (pdftotext's output) that part a number from its unit or a date from
 * its parts in one of `paras` (from paragraphs()): each as "…before | after…" with whether its
 * paragraph is in a table. A line end whose text on both sides is not in one paragraph (the end of
 * a heading and the paragraph after it, a running head and the body) is no break inside a paragraph.
 */
export function unitBreaks(paras, pdfText) {
  const prepared = paras.map((p) => ({ ...p, ...squashed(p.text) }));
  const lines = pdfText.split('\n').map((l) => [...l].filter((ch) => !SPACE.test(ch)));
  const found = [];
  for (let l = 0; l + 1 < lines.length; l++) {
    const tail = lines[l].slice(-SIDE);
    const head = lines[l + 1].slice(0, SIDE);
    if (!tail.length || !head.length || !(DIGIT.test(tail.at(-1)) || DIGIT.test(head[0]))) continue;
    const joined = tail.join('') + head.join('');
    for (const p of prepared) {
      const unit = p.flat.indexOf(joined);
      if (unit < 0) continue;
      // indexOf counts UTF-16 units, `kept` characters.
      const from = [...p.flat.slice(0, unit)].length;
      const start = p.kept[from + tail.length].at;
      const measured = p.chars.map((ch) => ({ ch, cp: ch.codePointAt(0), width: 0 }));
      if (breakOpportunities(measured)[start]) break;
      found.push({ around: `${tail.join('')} | ${head.join('')}`, inTable: p.inTable });
      break;
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  let bad = 0;
  let running = 0;
  for (let i = 0; i + 1 < files.length; i += 2) {
    const [docx, pdf] = [files[i], files[i + 1]];
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml').async('string');
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const found = unitBreaks(paragraphs(xml), pdfText);
    const inTables = found.filter((f) => f.inTable);
    if (inTables.length) {
      bad++;
      console.log(`FAIL LibreOffice parts a number from its unit in a table cell of ${docx}:\n  ${inTables.map((f) => f.around).join('\n  ')}`);
    }
    const inText = found.filter((f) => !f.inTable);
    running += inText.length;
    if (inText.length) console.log(`note: in running text of ${docx} (LibreOffice 7.4 breaks before any Chinese character):\n  ${inText.map((f) => f.around).join('\n  ')}`);
  }
  console.log(`checked ${files.length / 2} DOCX files for numbers parted from their units: ${bad ? `${bad} in a table cell` : 'none in a table cell'}, ${running} in running text`);
  process.exit(bad ? 1 : 0);
}
