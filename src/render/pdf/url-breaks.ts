/**
 * Where a URL, an e-mail address, a file path or a long file name may break. UAX #14 sees such a
 * token as one or a few long words (`intranet.example.com/`, `li-na_recordings_final.xlsx`): in a
 * justified Chinese or Korean line the piece that cannot break moves whole to the next line and
 * leaves the line before it stretched. A typesetter breaks these where the reader sees the
 * structure (Chicago Manual of Style 14.18, as CSS `overflow-wrap` practice): after a slash or
 * backslash (never inside `//`), and before a dot, `?`, `#`, `&`, `=`, `_`, `-`, `~` or `@`, so the
 * mark starts the next line and cannot be read as the end of a sentence or as a hyphen added by
 * the breaking. No hyphen is ever added inside such a token.
 */

/** Printable ASCII without the space: what a URL, path or file name is written with. */
const isTokenChar = (cp: number) => cp > 0x20 && cp < 0x7f;
/** `/`, `\`, `.` and `@`: a token without any of them is no URL, path, address or file name. */
const isUrlMark = (cp: number) => cp === 0x2f || cp === 0x5c || cp === 0x2e || cp === 0x40;
/** A line may start right after these. */
const AFTER = new Set(['/', '\\']);
/** A line may start with these. */
const BEFORE = new Set(['.', '?', '#', '&', '=', '_', '-', '~', '@']);
/** Sentence punctuation after a token ends the sentence, not the token: `见 https://a.cn/x。` or `(see a.txt).` */
const TRAILING = /[.,;:!?)\]}'"]+$/;
/**
 * A scheme (`https://`), `www.`, a backslash (a Windows or share path), two slashes and a letter
 * (a path; `2026/08/01` is a date), an e-mail address, or a file name with an extension that is
 * long enough to be worth breaking (`e.g.`, `4.6`, `Node.js` are not).
 */
function isUrlLike(token: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\/|^www\.|\\/i.test(token) ||
    (/\/.*\//.test(token) && /[a-z]/i.test(token)) ||
    /^[^@]+@[^@]+\.[a-z]{2,}$/i.test(token) ||
    (token.length >= 12 && /^[\w-]+(\.[\w-]+)*\.[a-z][a-z0-9]{0,4}$/i.test(token))
  );
}

const isDigitCh = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * For each URL-like token in `text` (given as its characters), calls `mark(start, end, breaks)`
 * with its character range [start, end) and the indices inside it where a line may start.
 */
export function forEachUrlToken(chars: readonly { ch: string; cp: number }[], mark: (start: number, end: number, breaks: number[]) => void): void {
  const n = chars.length;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(chars[i]!.cp)) {
      i++;
      continue;
    }
    const start = i;
    let marked = false;
    for (; i < n && isTokenChar(chars[i]!.cp); i++) marked ||= isUrlMark(chars[i]!.cp);
    // Most tokens are words and numbers: only a token with a mark a URL or path needs is read.
    if (!marked) continue;
    let text = '';
    for (let k = start; k < i; k++) text += chars[k]!.ch;
    const body = text.replace(TRAILING, '');
    if (!isUrlLike(body)) continue;
    const end = start + body.length;
    const breaks: number[] = [];
    // The slashes a token starts with (`\\fs01`, `/srv`) stay with the name after them.
    let lead = start;
    while (lead < end && AFTER.has(chars[lead]!.ch)) lead++;
    for (let k = start + 1; k < end; k++) {
      const prev = chars[k - 1]!.ch;
      const ch = chars[k]!.ch;
      if (AFTER.has(prev)) {
        if (!AFTER.has(ch) && k > lead) breaks.push(k);
      } else if (BEFORE.has(ch) && !BEFORE.has(prev) && !(ch === '.' && isDigitCh(prev) && isDigitCh(chars[k + 1]?.ch))) {
        // A decimal point inside the token (`v1.2`) stays with its number; a run of marks (`..`) stays together.
        breaks.push(k);
      }
    }
    mark(start, end, breaks);
  }
}
