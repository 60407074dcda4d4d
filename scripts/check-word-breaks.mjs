#!/usr/bin/env node
// Usage: node scripts/check-word-breaks.mjs <docx> <pdf> [<docx> <pdf> …]
//
// Checks that a reader's rendering of a DOCX (the PDF LibreOffice makes of it) splits no Latin word
// across lines: the DOCX carries no hyphenation, so a word LibreOffice had to break (a column too
// narrow for it: "Targe|t", "Taylo|r") comes out of pdftotext as pieces that are not words of the
// document. Every run of Latin letters in the PDF's text must therefore be a whole word of the
// DOCX's body, header or footer. Prints each piece with the text around it; exits 1 if any.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const LATIN_WORD = /\p{Script=Latin}+/gu;

/** The text of the DOCX's body, headers and footers: one line per paragraph, runs joined as they are. */
async function docxText(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  let text = '';
  for (const part of parts) {
    const xml = await zip.file(part).async('string');
    for (const p of xml.split(/<\/w:p>/)) {
      text += p.replace(/<w:(tab|br)\b[^>]*\/>/g, ' ').replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t) => t ?? '') + '\n';
    }
  }
  return decode(text).normalize('NFKC');
}

/** XML text with its entities (named and numeric) decoded. */
export function decode(xmlText) {
  return xmlText.replace(/&(lt|gt|amp|quot|apos|#x?[0-9a-fA-F]+);/g, (m, e) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** Runs of Latin letters in `pdfText` that are no word of `docText`, each with the text around it. */
export function brokenWords(docText, pdfText) {
  const words = new Set(docText.match(LATIN_WORD) ?? []);
  // A line may break after a hyphen the text has ("long-|term"); pdftotext joins such a line end
  // back up without its hyphen, so the joined word counts as a word of the document.
  for (const [, a, b] of docText.matchAll(/(\p{Script=Latin}+)-(?=(\p{Script=Latin}+))/gu)) words.add(a + b);
  const found = [];
  for (const m of pdfText.matchAll(LATIN_WORD)) {
    if (words.has(m[0])) continue;
    const around = pdfText.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' ');
    found.push(`"${m[0]}" in "…${around}…"`);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  let bad = 0;
  for (let i = 0; i + 1 < files.length; i += 2) {
    const [docx, pdf] = [files[i], files[i + 1]];
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFKC');
    const found = brokenWords(await docxText(docx), pdfText);
    if (found.length) {
      bad++;
      console.log(`FAIL LibreOffice splits a Latin word in ${docx}:\n  ${found.join('\n  ')}`);
    }
  }
  console.log(`checked ${files.length / 2} DOCX files as LibreOffice lays them out: ${bad ? `${bad} split a Latin word` : 'no Latin word split'}`);
  process.exit(bad ? 1 : 0);
}
