/** The shared middle of every job: fill a template with a view, parse it, render every format, write. */
import { createHash } from 'node:crypto';
import type { Document, DocumentMeta } from '../document/types.js';
import { parseMarkdown } from '../document/from-markdown.js';
import type { LocaleKit } from '../locale/index.js';
import type { Locale } from '../notes/schema.js';
import { outputPath, type Format } from '../output/paths.js';
import { writeAtomic } from '../output/write-atomic.js';
import { renderDocument } from '../render/index.js';
import { compileTemplate } from '../template/environment.js';
import { loadPartials, loadTemplate, type TemplateName } from '../template/load-template.js';
import { VIEW_SHAPES } from '../template/view-shapes.js';
import { defaultTheme, type Theme } from '../theme/theme.js';

export interface RenderOptions {
  formats: Format[];
  outDir: string;
  templatesDir?: string;
  theme?: Theme;
  /** The config file's language: used when neither the note, the profile nor the team gives one. */
  defaultLocale?: Locale;
  /** Embed the fonts in a DOCX; the theme decides when not given. */
  embedFonts?: boolean;
  /** SOURCE_DATE_EPOCH, passed in so nothing below reads the environment. */
  sourceDateEpoch?: string;
}

export interface Written {
  file: string;
  format: Format;
  bytes: number;
  sha256: string;
}

export async function buildDocument(template: TemplateName, view: object, kit: LocaleKit, meta: DocumentMeta, templatesDir?: string): Promise<Document> {
  const { file, source, spec } = await loadTemplate(template, templatesDir);
  const markdown = compileTemplate(file, source, kit, spec, VIEW_SHAPES[template], loadPartials(templatesDir))(view);
  return { meta, blocks: parseMarkdown(markdown) };
}

export async function renderAndWrite(doc: Document, where: { team: string; rep: string; name: string }, options: RenderOptions): Promise<Written[]> {
  const theme = options.theme ?? defaultTheme;
  const written: Written[] = [];
  for (const format of options.formats) {
    const bytes = await renderDocument(doc, format, theme, { embedFonts: options.embedFonts ?? theme.embedDocxFonts });
    const file = outputPath(options.outDir, where.team, where.rep, where.name, format);
    await writeAtomic(file, bytes);
    written.push({ file, format, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return written;
}
