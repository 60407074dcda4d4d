/**
 * The space a Chinese typesetter puts between a Han character and a Latin letter or digit written
 * right next to it (`完整率从68%` reads `完整率从 68%`): room added after the first of the two,
 * never a character, so the text copies out as written.
 */
import { isIdeographic, isLatinOrDigit } from '../../document/script.js';
import type { Char } from './shape-text.js';

/**
 * Adds `em` (a share of the font size) after each character that meets the other script.
 * `isAsian` says which characters count as the Asian side: Han for the PDF's Chinese prose; the
 * DOCX measures what Word and LibreOffice add on their own, which counts Hangul too.
 */
export function addCjkLatinSpace(chars: Char[], em: number, isAsian: (cp: number) => boolean = isIdeographic): void {
  for (let k = 0; k + 1 < chars.length; k++) {
    const a = chars[k]!.cp;
    const b = chars[k + 1]!.cp;
    if ((isAsian(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && isAsian(b))) {
      const c = chars[k]!;
      // Inline code keeps its own spacing; its box would otherwise stretch over the gap.
      if (c.style.code || chars[k + 1]!.style.code) continue;
      const gap = em * c.style.size;
      c.gap = gap;
      c.width += gap;
    }
  }
}
