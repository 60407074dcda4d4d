/**
 * The tagged PDF's structure tree and the outline: what is drawn is marked as a heading, a
 * paragraph, a list, a table or a figure (with its alt text), and page furniture and rules as
 * artifacts, so screen readers and copy-paste follow the document's structure; each heading is
 * also a bookmark. Built with pdfkit's marked-content support, around the drawing code.
 */
import type { FontFace } from '../../theme/theme.js';
import type { Doc } from './pdf-doc.js';
import type { Char } from './shape-text.js';

/** pdfkit's structure element (its types do not describe it). */
interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
}

interface Outline {
  addItem(title: string, options?: { top?: number; left?: number; zoom?: number }): Outline;
}

/** The pdfkit API this module uses, typed where pdfkit's types are missing or too narrow. */
interface TaggingDoc {
  struct(type: string, options?: { alt?: string; lang?: string; title?: string; scope?: string }): StructElement;
  addStructure(el: StructElement): void;
  markStructureContent(tag: string): unknown;
  addContent(data: string): void;
  endMarkedContent(): void;
  outline: Outline;
  page: { width: number };
}

/** The language a face's text is in, for a span in a document of another language. */
const ARTIFACT = { Layout: '/Artifact <</Type /Layout>> BDC', Pagination: '/Artifact <</Type /Pagination>> BDC' } as const;

const FACE_LANG: Partial<Record<FontFace, string>> = { sc: 'zh-CN', tc: 'zh-TW', kr: 'ko' };
const isAsciiLetter = (cp: number) => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);

export class Tagger {
  private readonly doc: TaggingDoc;
  private readonly stack: StructElement[];
  /** The last bookmark of each heading level, so a level-3 heading nests under the last level 2. */
  private readonly bookmarks: (Outline | undefined)[] = [];

  constructor(
    doc: Doc,
    private readonly lang: string,
  ) {
    this.doc = doc as unknown as TaggingDoc;
    const root = this.doc.struct('Document');
    this.doc.addStructure(root);
    this.stack = [root];
  }

  /**
   * The language of a run that starts with `c`, where it is not the document's: Korean in a
   * Chinese plan, an English word in a Korean one. Digits and punctuation belong to every language.
   */
  readonly langOf = (c: Char): string | undefined => {
    const lang = c.face === 'latin' ? (isAsciiLetter(c.cp) ? 'en' : undefined) : FACE_LANG[c.face];
    if (!lang || lang === this.lang || (lang.startsWith('zh') && this.lang === 'ko' && c.face === 'kr')) return undefined;
    // Chinese text in a Chinese document is the document's language, whichever face drew it.
    if (lang.startsWith('zh') && this.lang.startsWith('zh')) return undefined;
    return lang;
  };

  private get parent(): StructElement {
    return this.stack[this.stack.length - 1]!;
  }

  /** An element holding other elements (a list, a table row): `fill` draws and tags its children. */
  group(type: string, fill: () => void, options?: { alt?: string; scope?: string }): void {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    this.stack.push(el);
    try {
      fill();
    } finally {
      this.stack.pop();
      el.end();
    }
  }

  /** An element whose content is what `draw` draws (on one page or several). */
  leaf(type: string, draw: () => void, options?: { alt?: string; scope?: string }): void {
    const el = this.doc.struct(type, options);
    this.parent.add(el);
    const content = this.doc.markStructureContent(type);
    try {
      draw();
    } finally {
      this.doc.endMarkedContent();
      el.add(content);
      el.end();
    }
  }

  /** Drawing that is not content (rules, backgrounds, running header and footer, a repeated table header). */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    // Written straight into the page: pdfkit's markContent converts the property list anew each time
    // and tracks the marking for page breaks, and nothing drawn as an artifact here breaks a page.
    // Artifacts are drawn between structure items here, never inside one's marked content.
    this.doc.addContent(ARTIFACT[type]);
    try {
      draw();
    } finally {
      this.doc.addContent('EMC');
    }
  }

  /** A bookmark for a heading at `top` on the current page, nested under the last heading one level up. */
  bookmark(level: number, title: string, top: number): void {
    let parent: Outline = this.doc.outline;
    for (let l = level - 1; l >= 1; l--) {
      const b = this.bookmarks[l];
      if (b) {
        parent = b;
        break;
      }
    }
    this.bookmarks[level] = parent.addItem(title, { top, left: this.doc.page.width, zoom: 0 });
    this.bookmarks.length = level + 1;
  }

  /** Closes the tree once everything is drawn. */
  end(): void {
    this.stack[0]!.end();
  }
}
