/**
 * Counted words in labels: `{n, plural, one {# month} other {# months}}`, the ICU message form, so a
 * label says "1 month" and "2 months". Only the plural selector is supported; `#` is the count as
 * the caller gave it. Chinese and Korean labels need no plural forms and simply write `{n}`.
 */
const rulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let r = rulesCache.get(locale);
  if (!r) rulesCache.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

/** Replaces every `{var, plural, …}` in `label` with the form `vars[var]` selects. */
export function selectPlurals(label: string, vars: Record<string, string | number>, locale: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = label.indexOf('{', i);
    const head = start < 0 ? null : /^\{(\w+), plural,/.exec(label.slice(start));
    if (start < 0) return out + label.slice(i);
    if (!head) {
      out += label.slice(i, start + 1);
      i = start + 1;
      continue;
    }
    const end = matchingBrace(label, start);
    const forms = parseForms(label.slice(start + head[0].length, end));
    const raw = vars[head[1]!];
    const n = typeof raw === 'number' ? raw : Number(raw);
    const form = forms.get(`=${n}`) ?? forms.get(pluralRules(locale).select(n)) ?? forms.get('other') ?? '';
    out += label.slice(i, start) + form.replaceAll('#', String(raw));
    i = end + 1;
  }
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j;
  }
  throw new Error(`unbalanced braces in label "${s}"`);
}

/** ` one {# month} other {# months}` → {one: "# month", other: "# months"}. */
function parseForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let j = 0;
  while (j < body.length) {
    const key = /^\s*(=?\w+)\s*\{/.exec(body.slice(j));
    if (!key) break;
    const open = j + key[0].length - 1;
    const close = matchingBrace(body, open);
    forms.set(key[1]!, body.slice(open + 1, close));
    j = close + 1;
  }
  return forms;
}
