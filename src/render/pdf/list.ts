/** Bulleted and numbered lists, nested, with a hanging indent: wrapped lines align with the text, not the marker. */
import type { ListBlock } from '../../document/types.js';
import { drawBlockAt, startHeight, tagged, taggedGroup } from './blocks.js';
import type { Flow } from './flow.js';
import { textWidth } from './shape-text.js';

const MIN_INDENT = 16;
const MARKER_GAP = 4;
const ITEM_GAP = 1.5;
/** Nested bullets alternate so the levels stay apart when the indent is small. */
const BULLETS = ['•', '◦'];

/** Lists nest by passing through drawBlocks, so depth is read from how far in the list starts. */
const depthOf = new WeakMap<ListBlock, number>();

function marker(list: ListBlock, i: number): string {
  return list.ordered ? `${(list.start ?? 1) + i}.` : BULLETS[(depthOf.get(list) ?? 0) % BULLETS.length]!;
}

/** Room for the widest marker, so "10." lines up with "9.". */
function indentOf(flow: Flow, list: ListBlock): number {
  const size = flow.theme.size.body;
  const widest = list.ordered ? marker(list, list.items.length - 1) : marker(list, 0);
  const w = textWidth(flow.layout([{ text: widest }], 1e6, { size }).chars);
  return Math.max(MIN_INDENT, w + MARKER_GAP + 2);
}

export function drawList(flow: Flow, list: ListBlock, x: number): void {
  const size = flow.theme.size.body;
  const indent = indentOf(flow, list);
  for (const item of list.items) {
    for (const b of item) if (b.type === 'list') depthOf.set(b, (depthOf.get(list) ?? 0) + 1);
  }
  const drawItem = (item: ListBlock['items'][number], i: number) => {
    // The marker stays with the first lines of its item.
    flow.ensure(startHeight(flow, item, 0, x + indent));
    const m = flow.layout([{ text: marker(list, i) }], indent, { size });
    tagged(flow, 'Lbl', () => flow.drawLines(m, x, flow.y, indent - MARKER_GAP, 'right'));
    const before = flow.y;
    taggedGroup(flow, 'LBody', () =>
      item.forEach((b, k) => {
        // Paragraphs in an item sit tighter than body paragraphs, so the list reads as one unit.
        if (b.type !== 'paragraph') return drawBlockAt(flow, item, k, x + indent);
        tagged(flow, 'P', () => flow.proseParagraph(b.spans, x + indent, flow.right - x - indent));
        if (k < item.length - 1) flow.y += ITEM_GAP * 2;
      }),
    );
    if (flow.y === before) flow.y += m.height;
    flow.y += ITEM_GAP;
  };
  taggedGroup(flow, 'L', () => list.items.forEach((item, i) => taggedGroup(flow, 'LI', () => drawItem(item, i))));
  flow.y += 3;
}

export function listStartHeight(flow: Flow, list: ListBlock, x: number): number {
  const first = list.items[0];
  if (!first) return 0;
  return Math.max(flow.theme.size.body * flow.theme.lineHeight, startHeight(flow, first, 0, x + indentOf(flow, list)));
}
