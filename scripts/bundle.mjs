#!/usr/bin/env node
// Bundles the CLI and the batch worker into dist/bundle/ so a run loads a few files instead of a few
// hundred modules: about 100 ms less start-up on every command and every worker thread.
// The native rasteriser and the worker pool stay outside (they load files of their own).
//
// Start-up is cut further in two ways:
// - Code splitting: the commands import the rendering pipeline (PDF, fonts, DOCX, the rasteriser)
//   only when they render, so `--help`, `validate` and `templates` never load or compile it. Every
//   chunk sits beside bin.js, because modules find templates/ and worker.js relative to themselves.
// - The built-in templates (templates/*.md.hbs) are precompiled here into the bundle, so a run
//   binds them to its helpers instead of parsing and compiling them. Run after `tsc` (npm run build):
//   the compile options come from dist/template/compile-options.js, the ones used at run time.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

const root = join(import.meta.dirname, '..');
const { COMPILE_OPTIONS } = await import(join(root, 'dist', 'template', 'compile-options.js')).catch((error) => {
  throw new Error(`dist/template/compile-options.js is missing: run "tsc -p tsconfig.build.json" first (npm run build does)`, { cause: error });
});

/** The source of src/template/precompiled.ts for the bundle: every built-in template, compiled. */
function precompiledModule() {
  const dir = join(root, 'templates');
  const entries = readdirSync(dir).filter((n) => n.endsWith('.md.hbs')).sort().map((fileName) => {
    const source = readFileSync(join(dir, fileName), 'utf8');
    let spec;
    try {
      spec = Handlebars.precompile(source, COMPILE_OPTIONS);
    } catch (error) {
      throw new Error(`templates/${fileName}: ${error.message}`, { cause: error });
    }
    const sha256 = createHash('sha256').update(source).digest('hex');
    return `${JSON.stringify(fileName.slice(0, -'.md.hbs'.length))}: { sha256: ${JSON.stringify(sha256)}, spec: ${spec} }`;
  });
  return `export const precompiled = {\n${entries.join(',\n')}\n};\n`;
}

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]template[\\/]precompiled\.ts$/ }, () => ({ contents: precompiledModule(), loader: 'js', watchFiles: [join(root, 'templates')] }));
  },
};

const outdir = join(root, 'dist', 'bundle');
// Chunk names carry a content hash: clear out the previous build's chunks.
rmSync(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { bin: 'src/cli/bin.ts', worker: 'src/batch/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  external: ['@resvg/resvg-js', 'piscina'],
  // fontkit's Brotli decoder (for WOFF2 only) is replaced by node's own; see the shim.
  alias: { 'brotli/decompress.js': './scripts/shims/brotli-decompress.mjs' },
  plugins: [precompiledTemplates],
  // Bundled CommonJS packages still call require(); give every chunk one.
  banner: { js: "import { createRequire as __workplanRequire } from 'node:module'; const require = __workplanRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
// Which sources went into which chunk: the tests use it to check what a command loads.
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
