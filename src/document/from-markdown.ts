/**
 * Parses the filled template (Markdown) into the Document tree. Standard Markdown via `marked`'s
 * lexer; our own blocks arrive as fenced code tagged `workplan-progress`, `-chart`, `-pagebreak`.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, CellAlign, ChartBlock, ProgressBlock, Span, Status } from './types.js';

const STATUSES: readonly Status[] = ['met', 'on-track', 'behind', 'none'];

export function parseMarkdown(markdown: string): Block[] {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  return blocks(tokens);
}

function blocks(tokens: readonly Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token);
    if (block) out.push(block);
  }
  return out;
}

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
      return { type: 'list', ordered: t.ordered, items: t.items.map((item) => blocks(item.tokens)) };
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
    return block;
  }
  return undefined;
}

interface Style {
  bold?: boolean;
  italic?: boolean;
}

function inline(tokens: readonly Token[] | undefined, style: Style = {}): Span[] {
  const out: Span[] = [];
  const push = (text: string, extra: Partial<Span> = {}) => {
    if (text === '') return;
    const span: Span = { text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...extra };
    const last = out[out.length - 1];
    // Merge neighbours of the same style so back ends see few, long runs.
    if (last && last.bold === span.bold && last.italic === span.italic && last.code === span.code) last.text += span.text;
    else out.push(span);
  };
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inline((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'codespan':
        push((token as Tokens.Codespan).text, { code: true });
        break;
      case 'br':
        push('\n');
        break;
      case 'link':
      case 'del':
        out.push(...inline((token as Tokens.Link).tokens, style));
        break;
      case 'image':
        push((token as Tokens.Image).text);
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length) out.push(...inline(t.tokens, style));
        else push(decodeEntities(t.text));
        break;
      }
      default:
        push('text' in token && typeof token.text === 'string' ? token.text : token.raw);
    }
  }
  return mergeAdjacent(out);
}

function mergeAdjacent(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.bold === s.bold && last.italic === s.italic && last.code === s.code) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** marked leaves entities to its HTML renderer; we have none, so the common ones are decoded here. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
