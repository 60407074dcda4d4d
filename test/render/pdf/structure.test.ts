/**
 * The tagged PDF read back with pdfjs: the structure tree (headings, paragraphs, lists, tables,
 * figures with their alt text, a span's language where it differs) and the outline.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../src/document/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { contentStreams } from '../../helpers/pdf-streams.js';

interface Node {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  children?: Node[];
}

const p = (text: string): Block => ({ type: 'paragraph', spans: [{ text }] });
const doc = (lang: string, blocks: Block[]): Document => ({
  meta: { title: 'T', author: 'A', lang, header: '', footer: '{page} / {pages}', date: new Date('2026-12-31T00:00:00Z') },
  blocks,
});

async function read(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const trees: Node[] = [];
    for (let n = 1; n <= pdf.numPages; n++) trees.push((await (await pdf.getPage(n)).getStructTree()) as Node);
    const outline = await pdf.getOutline();
    return { trees, outline };
  } finally {
    await pdf.destroy();
  }
}

/** The roles of the tree, nested as lists: ['Document', ['H1', 'P', ['L', ['LI', …]]]] written as indented lines. */
function outlineOf(node: Node, depth = 0, out: string[] = []): string[] {
  if (node.role && node.role !== 'Root') out.push(`${'  '.repeat(depth)}${node.role}${node.alt ? ` alt="${node.alt}"` : ''}${node.lang ? ` lang=${node.lang}` : ''}`);
  for (const c of node.children ?? []) if (c.role) outlineOf(c, node.role && node.role !== 'Root' ? depth + 1 : depth, out);
  return out;
}

describe('tagged PDF', () => {
  test('headings, paragraphs, lists, tables and figures are in the structure tree, in reading order', async () => {
    const bytes = await renderPdf(
      doc('en', [
        { type: 'heading', level: 1, spans: [{ text: 'Plan' }] },
        p('Intro'),
        { type: 'heading', level: 2, spans: [{ text: 'Goals' }] },
        { type: 'list', ordered: false, items: [[p('One')], [p('Two')]] },
        { type: 'table', header: [[{ text: 'Metric' }], [{ text: 'Value' }]], rows: [[[{ text: 'Calls' }], [{ text: '190' }]]], align: ['left', 'right'] },
        { type: 'heading', level: 3, spans: [{ text: 'Trend' }] },
        { type: 'chart', title: 'Calls', labels: ['Jan', 'Feb'], values: [180, null], target: 190, unit: '', targetLabel: 'Target' },
        { type: 'progress', label: 'Completeness', value: 0.5, caption: '76%', status: 'behind' },
      ]),
      defaultTheme,
    );
    const { trees } = await read(bytes);
    expect(trees).toHaveLength(1);
    expect(outlineOf(trees[0]!)).toEqual([
      'Document',
      '  H1',
      '  P',
      '  H2',
      '  L',
      '    LI',
      '      Lbl',
      '      LBody',
      '        P',
      '    LI',
      '      Lbl',
      '      LBody',
      '        P',
      '  Table',
      '    TR',
      '      TH',
      '      TH',
      '    TR',
      '      TD',
      '      TD',
      '  H3',
      '  Figure alt="Calls: Jan 180, Feb —; Target 190"',
      '  Figure alt="Completeness: 76%"',
    ]);
  });

  test('a Korean name in an English document is marked as Korean, an English word in a Chinese one as English', async () => {
    // Marked content with a Lang entry (PDF 1.7, 14.9.2): pdfjs does not report it, so the stream is read.
    const spans = async (d: Document) => contentStreams(await renderPdf(d, defaultTheme)).join('\n').match(/\/Span <<\/Lang \([^)]*\)>> BDC/g) ?? [];
    expect(await spans(doc('en', [p('Rep 김민지 met 4 of 5 goals')]))).toEqual(['/Span <</Lang (ko)>> BDC']);
    expect(await spans(doc('zh-CN', [p('李娜所在的Service Desk团队')]))).toEqual(['/Span <</Lang (en)>> BDC']);
    expect(await spans(doc('zh-CN', [p('李娜 2026年12月')]))).toEqual([]);
  });

  test('headings become the outline, nested by level', async () => {
    const h = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, spans: [{ text }] });
    const bytes = await renderPdf(doc('zh-CN', [h(1, '年度总结'), h(2, '年度数据'), h(3, '客户资料完整率'), h(3, '每周接听量'), h(2, '反思')]), defaultTheme);
    const { outline } = await read(bytes);
    const titles = (items: { title: string; items: unknown[] }[]): unknown[] => items.map((i) => (i.items.length ? [i.title, titles(i.items as never)] : i.title));
    expect(titles(outline as never)).toEqual([['年度总结', [['年度数据', ['客户资料完整率', '每周接听量']], '反思']]]);
  });
});
