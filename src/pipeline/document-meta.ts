/** The title, running header and footer of a document, in the document's language. */
import { HEADER_SEPARATOR as SEPARATOR, type DocumentMeta } from '../document/types.js';
import type { LabelKey, LocaleKit } from '../locale/index.js';
import { defaultTheme, type Theme } from '../theme/theme.js';
import { documentDate } from './document-date.js';

export interface MetaInput {
  /** Label of the document kind, e.g. "plan.title". */
  kind: LabelKey;
  /** Whose document it is: a rep's name, or the team's for a rollup. */
  who: string;
  /** The team, shown in the header of a rep's document. */
  team?: string;
  /** The period covered, already formatted: "2026年9月", "2026". */
  period: string;
  /** The ISO date the document is stamped with when SOURCE_DATE_EPOCH is not set. */
  date: string;
  sourceDateEpoch?: string;
}

export function documentMeta(kit: LocaleKit, m: MetaInput, theme: Pick<Theme, 'header' | 'organisation'> = defaultTheme): DocumentMeta {
  const kind = kit.t(m.kind);
  return {
    title: `${kind} · ${m.who} · ${m.period}`,
    author: m.who,
    lang: kit.locale,
    header: fillHeader(theme.header, { org: theme.organisation, who: m.who, team: m.team, kind, period: m.period }),
    footer: kit.t('footer'),
    date: documentDate(m.date, m.sourceDateEpoch),
  };
}

/**
 * The theme's header with its fields filled in. A part between separators that comes out empty
 * (no organisation, a rollup's team) is dropped with its separator, so no " ·  · " is left; a
 * name the header does not know stays as written, so a slip shows on the page.
 */
export function fillHeader(template: string, fields: Record<'org' | 'who' | 'team' | 'kind' | 'period', string | undefined>): string {
  const known = fields as Record<string, string | undefined>;
  return template
    .split(SEPARATOR)
    .map((part) => part.replace(/\{(\w+)\}/g, (whole, name: string) => (name in known ? (known[name] ?? '') : whole)).trim())
    .filter((part) => part !== '')
    .join(SEPARATOR);
}
