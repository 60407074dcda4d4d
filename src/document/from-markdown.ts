/**
 * Parses the filled template (Markdown) into the Document tree. Standard Markdown via `marked`'s
 * lexer; our own blocks arrive as fenced code tagged `workplan-progress`, `-chart`, `-pagebreak`.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, CellAlign, ChartBlock, ProgressBlock, Span, Status } from './types.js';
import { MarkdownTooDeepError, nestingProblem } from '../notes/markdown-nesting.js';
import { isIdeographic, isWidePunctuation } from './script.js';

const STATUSES: readonly Status[] = ['met', 'on-track', 'behind', 'none', 'untargeted', 'tracked'];

export function parseMarkdown(markdown: string): Block[] {
  // The lexer and the tree below recurse once per level: refuse absurd nesting before they run out of stack.
  const tooDeep = nestingProblem(markdown);
  if (tooDeep) throw new MarkdownTooDeepError(tooDeep);
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return blocks(tokens);
}

function blocks(tokens: readonly Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token);
    if (!block) continue;
    if (block.type === 'paragraph' && out[out.length - 1]?.type === 'paragraph' && isAttribution(block.spans)) block.keepWithPrevious = true;
    out.push(block);
  }
  return out;
}

/**
 * A paragraph that starts with a dash and a space (`— 王强`, `― 김팀장`) names who wrote the text
 * above it, as a quotation's attribution does in every one of our languages (the supervisor's
 * comment in the plan and summary templates ends with one).
 */
const isAttribution = (spans: readonly Span[]) => /^[\u2014\u2015]\s/.test(spans[0]?.text ?? '');

function toBlock(token: Token): Block | undefined {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      return { type: 'heading', level: Math.min(4, Math.max(1, t.depth)) as 1 | 2 | 3 | 4, spans: inline(t.tokens) };
    }
    case 'paragraph':
      return { type: 'paragraph', spans: inline((token as Tokens.Paragraph).tokens) };
    case 'text': {
      // Tight list items hold bare text tokens.
      const t = token as Tokens.Text;
      return { type: 'paragraph', spans: t.tokens ? inline(t.tokens) : [{ text: t.text }] };
    }
    case 'list': {
      const t = token as Tokens.List;
      const items = t.items.map((item) => blocks(item.tokens));
      return t.ordered && typeof t.start === 'number' && t.start !== 1 ? { type: 'list', ordered: true, start: t.start, items } : { type: 'list', ordered: t.ordered, items };
    }
    case 'table': {
      const t = token as Tokens.Table;
      return {
        type: 'table',
        header: t.header.map((c) => inline(c.tokens)),
        rows: t.rows.map((row) => row.map((c) => inline(c.tokens))),
        align: t.align.map((a): CellAlign => a ?? 'left'),
      };
    }
    case 'blockquote':
      return { type: 'quote', blocks: blocks((token as Tokens.Blockquote).tokens) };
    case 'hr':
      return { type: 'rule' };
    case 'code':
      return ourBlock(token as Tokens.Code) ?? { type: 'code', text: (token as Tokens.Code).text };
    case 'html': {
      const text = (token as Tokens.HTML).text.trim();
      if (/^<!--\s*page-?break\s*-->$/i.test(text)) return { type: 'pagebreak' };
      if (text.startsWith('<!--')) return undefined;
      // Raw HTML is shown as the text it is; it never becomes structure.
      return { type: 'paragraph', spans: [{ text }] };
    }
    case 'space':
    case 'def':
      return undefined;
    default:
      return 'text' in token && typeof token.text === 'string' ? { type: 'paragraph', spans: [{ text: token.text }] } : undefined;
  }
}

function ourBlock(token: Tokens.Code): Block | undefined {
  const lang = token.lang ?? '';
  if (!lang.startsWith('workplan-')) return undefined;
  const kind = lang.slice('workplan-'.length);
  if (kind === 'pagebreak') return { type: 'pagebreak' };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(token.text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (kind === 'progress') {
    const status = STATUSES.includes(data.status as Status) ? (data.status as Status) : 'none';
    const value = typeof data.value === 'number' && Number.isFinite(data.value) ? Math.min(1, Math.max(0, data.value)) : 0;
    const block: ProgressBlock = { type: 'progress', label: String(data.label ?? ''), value, caption: String(data.caption ?? ''), status };
    return block;
  }
  if (kind === 'chart') {
    const nums = (a: unknown) => (Array.isArray(a) ? a.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)) : []);
    const block: ChartBlock = {
      type: 'chart',
      title: String(data.title ?? ''),
      labels: Array.isArray(data.labels) ? data.labels.map(String) : [],
      values: nums(data.values),
      target: typeof data.target === 'number' ? data.target : null,
      unit: String(data.unit ?? ''),
    };
    if (typeof data.targetLabel === 'string' && data.targetLabel) block.targetLabel = data.targetLabel;
    if (typeof data.targetText === 'string' && data.targetText) block.targetText = data.targetText;
    if (Array.isArray(data.valueTexts)) block.valueTexts = data.valueTexts.map((t) => (typeof t === 'string' ? t : null));
    if (typeof data.integer === 'boolean') block.integer = data.integer;
    return block;
  }
  return undefined;
}

interface Style {
  bold?: boolean;
  italic?: boolean;
}

/**
 * Spans of inline tokens, appended to `out`. Neighbours of the same style are merged as they
 * arrive (so back ends see few, long runs); one array is shared down the nesting, so no
 * intermediate lists or span copies are made.
 */
function inline(tokens: readonly Token[] | undefined, style: Style = {}, out: Span[] = []): Span[] {
  const list = tokens ?? [];
  for (let k = 0; k < list.length; k++) {
    const token = list[k]!;
    switch (token.type) {
      case 'strong':
        inline((token as Tokens.Strong).tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        inline((token as Tokens.Em).tokens, { ...style, italic: true }, out);
        break;
      case 'codespan':
        push(out, (token as Tokens.Codespan).text, style, true);
        break;
      case 'br':
        push(out, '\n', style, false);
        break;
      case 'link':
      case 'del':
        inline((token as Tokens.Link).tokens, style, out);
        break;
      case 'image':
        push(out, (token as Tokens.Image).text, style, false);
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length) inline(t.tokens, style, out);
        else push(out, softBreaks(decodeEntities(t.text), lastChar(out), firstChar(list[k + 1])), style, false);
        break;
      }
      default:
        push(out, 'text' in token && typeof token.text === 'string' ? token.text : token.raw, style, false);
    }
  }
  return out;
}

/**
 * A single newline inside a paragraph is a soft line break (CommonMark): it reads as a space, or
 * as nothing between two Chinese or Japanese characters, which are written without spaces (the
 * CSS Text rule for segment breaks; Korean keeps the space, as it separates words). Spaces around
 * the newline go with it. Hard breaks (two trailing spaces, a backslash) arrive as `br` tokens.
 */
function softBreaks(text: string, before: string, after: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/[ \t]*\n[ \t]*/g, (m: string, at: number) => {
    const prev = at > 0 ? lastChar([{ text: text.slice(0, at) }]) : before;
    const next = text.slice(at + m.length) || after;
    return wide(prev) && wide(next) ? '' : ' ';
  });
}

const wide = (ch: string) => {
  const cp = ch.codePointAt(0);
  return cp !== undefined && (isIdeographic(cp) || isWidePunctuation(cp));
};

const lastChar = (spans: readonly Span[]) => {
  const text = spans[spans.length - 1]?.text ?? '';
  return String.fromCodePoint(text.codePointAt(text.length - 1 - (/[\udc00-\udfff]$/.test(text) ? 1 : 0)) ?? 0x20);
};

/** The first character a token shows, for the text before it to decide on a soft break. */
const firstChar = (token: Token | undefined) => (token ? ('text' in token && typeof token.text === 'string' ? token.text : token.raw) : '');

function push(out: Span[], text: string, style: Style, code: boolean): void {
  if (text === '') return;
  const bold = style.bold ? true : undefined;
  const italic = style.italic ? true : undefined;
  const last = out[out.length - 1];
  if (last && last.bold === bold && last.italic === italic && last.code === (code ? true : undefined)) {
    last.text += text;
    return;
  }
  // Keys only when set, in this order, as the back ends and snapshots see them.
  const span: Span = { text };
  if (bold) span.bold = true;
  if (italic) span.italic = true;
  if (code) span.code = true;
  out.push(span);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** marked leaves entities to its HTML renderer; we have none, so the common ones are decoded here. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
