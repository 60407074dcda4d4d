/**
 * What a typesetter checks in laid-out lines, as one function: given the lines of a paragraph as
 * the renderer laid them out, every place where a line break is wrong.
 */
import { isDigit, isHangul, isIdeographic } from '../../../src/document/script.js';
import { NO_START } from '../../../src/render/pdf/break-lines.js';
import type { Paragraph } from '../../../src/render/pdf/flow.js';

const isLetter = (cp: number | undefined) => cp !== undefined && /\p{Script=Latin}/u.test(String.fromCodePoint(cp));
const isCjk = (cp: number | undefined) => cp !== undefined && (isIdeographic(cp) || isHangul(cp));
/** Units written after a number in the four languages' tables. */
const UNITS = /^(pts|s|min|分|秒|分钟|分鐘|초|분|점)(?![\p{L}])/u;

export function lineProblems(p: Paragraph): string[] {
  const problems: string[] = [];
  const text = (from: number, to: number) => p.chars.slice(from, to).map((c) => c.ch).join('');
  for (let i = 0; i + 1 < p.lines.length; i++) {
    const line = p.lines[i]!;
    const next = p.lines[i + 1]!;
    if (line.end === line.start) continue;
    const between = text(line.end, next.start);
    // A hard break (newline) ends a line where the author wanted; nothing to judge there.
    if (between.includes('\n')) continue;
    // A no-break space left at a line's end (the breaker never leaves one) still ties what is around it.
    let end = line.end;
    while (end > line.start + 1 && p.chars[end - 1]!.cp === 0xa0) end--;
    const last = p.chars[end - 1]!.cp;
    const first = p.chars[next.start]?.cp;
    const before = p.chars[end - 2]?.cp;
    const where = `"${text(line.start, line.end)}" | "${text(next.start, next.end)}"`;
    const joined = between === '';
    if (joined && isLetter(last) && isLetter(first) && !line.hyphen) problems.push(`Latin word split without a hyphen: ${where}`);
    if (joined && (isDigit(last) || last === 0x2e) && first !== undefined && isDigit(first)) problems.push(`number split: ${where}`);
    if (joined && isHangul(last) && isHangul(first!)) problems.push(`Korean word split: ${where}`);
    if (isDigit(last) && (isCjk(first) || UNITS.test(text(next.start, next.end)))) problems.push(`number parted from its unit: ${where}`);
    if (before !== undefined && isDigit(before) && /[年月년월]/u.test(String.fromCodePoint(last)) && first !== undefined && isDigit(first)) problems.push(`date split: ${where}`);
    if (first !== undefined && NO_START.has(String.fromCodePoint(first))) problems.push(`closing punctuation at a line start: ${where}`);
  }
  return problems;
}
