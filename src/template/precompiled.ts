/**
 * The built-in templates compiled at build time. In the tsc output this is empty and every
 * template is compiled when first used; scripts/bundle.mjs replaces this module in the bundle with
 * one generated from templates/*.md.hbs, so a run of the CLI does not compile them. templates/
 * stays the source of truth: each entry carries the SHA-256 of the text it was compiled from, and
 * a template edited after the build is compiled at run time instead (see load-template.ts).
 */
export interface PrecompiledTemplate {
  /** SHA-256 (hex) of the template text the spec was compiled from. */
  sha256: string;
  spec: TemplateSpecification;
}

export const precompiled: Readonly<Record<string, PrecompiledTemplate>> = {};
