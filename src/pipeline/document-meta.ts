/** The title, running header and footer of a document, in the document's language. */
import type { DocumentMeta } from '../document/types.js';
import type { LabelKey, LocaleKit } from '../locale/index.js';
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

export function documentMeta(kit: LocaleKit, m: MetaInput): DocumentMeta {
  const kind = kit.t(m.kind);
  return {
    title: `${kind} · ${m.who} · ${m.period}`,
    author: m.who,
    lang: kit.locale,
    header: [m.who, m.team, kind, m.period].filter(Boolean).join(' · '),
    footer: kit.t('footer'),
    date: documentDate(m.date, m.sourceDateEpoch),
  };
}
