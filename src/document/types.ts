/**
 * The Document tree: the one contract between the template stage and the back ends.
 * Both renderers take only this, so DOCX and PDF always carry the same text.
 */

/** A run of text with its inline style. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

/** Status of a metric or goal; back ends colour it from the theme. */
/**
 * `untargeted`: a value with no target in force this period (next year's target, or one that
 * ended); `tracked`: a metric with no target at all, only followed.
 */
export type Status = 'met' | 'on-track' | 'behind' | 'none' | 'untargeted' | 'tracked';

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  spans: Span[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  spans: Span[];
  /**
   * Set on an attribution line (`— 王强 · 2026年9月2日`) right after the paragraph it signs: it is
   * never set at the top of a page away from that paragraph's last lines.
   */
  keepWithPrevious?: true;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /**
   * The number of an ordered list's first item when it is not 1: goals grouped by term are
   * numbered across the groups, so the long-term list after eight goals starts at 9.
   */
  start?: number;
  /** Each item is a sequence of blocks (usually one paragraph, maybe a nested list). */
  items: Block[][];
}

export type CellAlign = 'left' | 'center' | 'right';

export interface TableBlock {
  type: 'table';
  header: Span[][];
  rows: Span[][][];
  align: CellAlign[];
}

/** A horizontal progress bar drawn as graphics: `value` is 0..1 of the way from baseline to target. */
export interface ProgressBlock {
  type: 'progress';
  label: string;
  /** Fraction of the way to the target, clamped to 0..1 for drawing. */
  value: number;
  /** Text shown after the bar, e.g. "76%". */
  caption: string;
  status: Status;
}

/** A line chart of one series by month; `null` values are gaps, never zeros. */
export interface ChartBlock {
  type: 'chart';
  title: string;
  /** Category labels along the x axis (e.g. month numbers). */
  labels: string[];
  values: (number | null)[];
  target: number | null;
  /** Written after each value, as in the tables (`%`, ` pts` with a no-break space, `초`). */
  unit: string;
  /** The target line's name in the legend ("Target"); without it the line is labelled with its value only. */
  targetLabel?: string;
  /** The target and each value as the tables write them (4.50 pts: the digits they were written with); the ticks' digits without them. */
  targetText?: string;
  valueTexts?: (string | null)[];
  /** Whole-number ticks only (counts); by default, when every value and the target are whole numbers. */
  integer?: boolean;
}

export interface QuoteBlock {
  type: 'quote';
  blocks: Block[];
}

export interface CodeBlock {
  type: 'code';
  text: string;
}

export interface RuleBlock {
  type: 'rule';
}

export interface PageBreakBlock {
  type: 'pagebreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ProgressBlock
  | ChartBlock
  | QuoteBlock
  | CodeBlock
  | RuleBlock
  | PageBreakBlock;

/** Everything a back end needs that is not body content. */
/** Between the running header's parts; a PDF header too long for its line drops whole parts at it. */
export const HEADER_SEPARATOR = ' · ';

export interface DocumentMeta {
  title: string;
  author: string;
  /** BCP 47 tag of the document's language: en, zh-CN, zh-TW or ko. */
  lang: string;
  /** Running header text, shown on every page: parts joined by HEADER_SEPARATOR. */
  header: string;
  /** Footer template with {page} and {pages} placeholders, already localised. */
  footer: string;
  /** Fixed creation date so the same input gives the same bytes. */
  date: Date;
}

export interface Document {
  meta: DocumentMeta;
  blocks: Block[];
}
