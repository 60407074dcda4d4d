/**
 * The space a Chinese typesetter puts between a Han character and a Latin letter or digit written
 * right next to it (`完整率从68%` reads `完整率从 68%`): room added after the first of the two,
 * never a character, so the text copies out as written.
 */
import { isIdeographic, isLatinOrDigit } from '../../document/script.js';
import type { Char } from './shape-text.js';

/**
 * Marks written straight after a number or Latin word, as part of it: `80%的` reads `80% 的`, the
 * space after the mark, as for `85分`. Unicode's auto-spacing proposal (L2/24-057) gives `%` the
 * class Chinese resolves to a letter's; Word (a narrow character beside a wide one) and LibreOffice
 * (a neutral mark takes the script before it) both put their space after it too, so the DOCX,
 * which leaves this space to them, says the same. Only after a letter or digit: `%` alone is a sign.
 */
const SUFFIX = new Set([0x25, 0x2b, 0x23]); // % + #

/** Whether the character at k is Latin for spacing: a letter or digit, or a suffix mark ending a run of them. */
function latinAt(chars: readonly Char[], k: number): boolean {
  const cp = chars[k]!.cp;
  if (isLatinOrDigit(cp)) return true;
  if (!SUFFIX.has(cp)) return false;
  let j = k - 1;
  while (j >= 0 && SUFFIX.has(chars[j]!.cp)) j--;
  return j >= 0 && isLatinOrDigit(chars[j]!.cp);
}

/**
 * Adds `em` (a share of the font size) after each character that meets the other script.
 * `isAsian` says which characters count as the Asian side: Han for the PDF's Chinese prose; the
 * DOCX measures what Word and LibreOffice add on their own, which counts Hangul too.
 */
export function addCjkLatinSpace(chars: Char[], em: number, isAsian: (cp: number) => boolean = isIdeographic): void {
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = chars[k]!.cp;
    const b = chars[k + 1]!.cp;
    // A suffix mark is Latin only after a letter or digit, so `%` leads into Han only from there.
    if ((isAsian(a) && isLatinOrDigit(b)) || (isAsian(b) && (isLatinOrDigit(a) || (SUFFIX.has(a) && latinAt(chars, k))))) {
      const c = chars[k]!;
      // Inline code keeps its own spacing; its box would otherwise stretch over the gap.
      if (c.style.code || chars[k + 1]!.style.code) continue;
      const gap = em * c.style.size;
      c.gap = gap;
      c.width += gap;
    }
  }
}
