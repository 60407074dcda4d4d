/**
 * What a workplan config file may say: the settings the commands read (language, formats, folders)
 * and the theme. Checked like a note: every key known, every value of the right kind, and a wrong
 * one reported at its line with a hint (see config-messages.ts for the words of our own checks).
 */
import { z } from 'zod';
import { LOCALES } from '../notes/schema.js';

/** A length with its unit: "20mm", "2cm", "0.75in", "54pt". A bare number is refused: 20 of what? */
export const LENGTH = /^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)\s*$/;
/** A colour as the documents write it. */
export const COLOUR = /^#[0-9a-fA-F]{6}$/;
/** The fields a header may name (see fillHeader). */
export const HEADER_FIELDS = ['org', 'who', 'team', 'kind', 'period'] as const;
export const PAGE_SIZES = ['A4', 'Letter'] as const;
/** The body text sizes a theme may ask for, in points. */
export const FONT_SIZE = { min: 7, max: 16 } as const;
export const FONT_SLOTS = ['latin', 'sc', 'tc', 'kr'] as const;

const length = z.unknown().superRefine((value, ctx) => {
  if (typeof value !== 'string' || !LENGTH.test(value)) ctx.addIssue({ code: 'custom', message: 'length', input: value });
});

const colour = z.unknown().superRefine((value, ctx) => {
  if (typeof value !== 'string' || !COLOUR.test(value)) ctx.addIssue({ code: 'custom', message: value === null ? 'colour-comment' : 'colour', input: value });
});

const header = z
  .string()
  .min(1)
  .max(200)
  .superRefine((value, ctx) => {
    for (const [, name] of value.matchAll(/\{([^}]*)\}/g)) {
      if (!(HEADER_FIELDS as readonly string[]).includes(name!)) ctx.addIssue({ code: 'custom', message: 'header-field', input: `{${name}}` });
    }
  });

const file = z.string().min(1).max(1000);

const fontFiles = z.strictObject({ regular: file, bold: file.optional() });

export const themeSchema = z.strictObject({
  organisation: z.string().min(1).max(200).optional(),
  logo: file.optional(),
  logoHeight: length.optional(),
  header: header.optional(),
  accent: colour.optional(),
  page: z.enum(PAGE_SIZES).optional(),
  margins: z.strictObject({ top: length.optional(), bottom: length.optional(), left: length.optional(), right: length.optional() }).optional(),
  fontSize: z.number().min(FONT_SIZE.min).max(FONT_SIZE.max).optional(),
  fonts: z.strictObject(Object.fromEntries(FONT_SLOTS.map((slot) => [slot, fontFiles.optional()])) as Record<(typeof FONT_SLOTS)[number], z.ZodOptional<typeof fontFiles>>).optional(),
});

export const settingsSchema = z.strictObject({
  /** The documents' language when neither the note, the profile nor the team gives one. */
  locale: z.enum(LOCALES).optional(),
  format: z.enum(['docx', 'pdf', 'both']).optional(),
  out: file.optional(),
  templates: file.optional(),
  framework: file.optional(),
  embedFonts: z.boolean().optional(),
  theme: themeSchema.optional(),
  // What `workplan build` reads from workplan.config.json (README, "Incremental builds"): accepted
  // here so one file can serve both, and checked by build itself.
  plans: z.unknown().optional(),
  summaries: z.unknown().optional(),
  rollups: z.unknown().optional(),
  year: z.unknown().optional(),
  jobs: z.unknown().optional(),
  metrics: z.unknown().optional(),
});

/** package.json: only its `workplan` key is ours. */
export const packageSchema = z.looseObject({ workplan: settingsSchema });

export type Settings = z.infer<typeof settingsSchema>;
export type ThemeSettings = z.infer<typeof themeSchema>;
