/** What a template line shows a reader: filled, parsed as Markdown, its text joined. */
import { compileTemplate } from '../../src/template/environment.js';
import { parseMarkdown } from '../../src/document/from-markdown.js';
import { localeKit } from '../../src/locale/index.js';
import type { Locale } from '../../src/notes/schema.js';

export function shown(source: string, view: object, locale: Locale = 'en'): string {
  const markdown = compileTemplate(`inline-${source.length}.hbs`, source, localeKit(locale))(view);
  return JSON.stringify(parseMarkdown(markdown))
    .match(/"text":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(m.slice(7)) as string)
    .join('')
    .replace(/\u00a0/g, ' ');
}

/** A number as shown ("1,460", "−0.05", "4.6") read back, for comparisons. */
export function readNumber(text: string): number {
  return Number(text.replace(/\u2212/g, '-').replace(/[,\s%]/g, '').replace(/[^\d.+-].*$/, ''));
}
