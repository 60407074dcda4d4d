/**
 * The words for the config's own checks. The schema raises short codes (like the notes' "date"),
 * and zod's wording never reaches the user: each code becomes a sentence and a hint here.
 */
import type { Diagnostic } from '../notes/diagnostic.js';
import { FONT_SIZE, HEADER_FIELDS, PAGE_SIZES } from './schema.js';

const MESSAGES: Record<string, { message: string; hint: string }> = {
  length: { message: 'is not a length', hint: 'write a number with its unit: mm, cm, in or pt, e.g. "20mm"' },
  colour: { message: 'is not a colour', hint: 'write it as # and six hex digits, in quotes, e.g. "#0b5cad"' },
  'colour-comment': { message: 'is empty: YAML reads an unquoted # as the start of a comment', hint: 'put the colour in quotes, e.g. accent: "#0b5cad"' },
  'header-field': { message: 'names a field the header does not have', hint: `the header can show ${HEADER_FIELDS.map((f) => `{${f}}`).join(', ')}` },
};

/** Rewrites the codes of our own checks; zod's other issues were already put in words by explainIssues. */
export function wordConfigIssues(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    const words = MESSAGES[d.message];
    if (words) return { ...d, ...words };
    // "must be one of: A4, Letter" is right, but say why a lower-case "a4" is refused too.
    // The notes' hints for a number written as text speak of metrics ("e.g. 85"); a size is points.
    if (d.field.endsWith('theme.fontSize') && /^must be a (plain )?number/.test(d.message)) return { ...d, hint: `write the body text size in points as a bare number, e.g. fontSize: 11 (from ${FONT_SIZE.min} to ${FONT_SIZE.max}; no quotes, no "pt")` };
    // A language of one's own (labels/ja.yaml) works with --locale, but a config's locale is only
    // the fallback for notes that name none, and notes name built-in languages: say where it goes.
    if (/(^|\.)locale$/.test(d.field) && d.message.startsWith('must be one of')) return { ...d, hint: `${d.hint ? `${d.hint}; ` : ''}a language of your own (labels/<language>.yaml in a templates folder) is chosen with --locale on the command line` };
    if (d.field.endsWith('theme.page') && !d.hint) return { ...d, hint: `page sizes are written ${PAGE_SIZES.map((s) => `"${s}"`).join(' or ')}` };
    return d;
  });
}
