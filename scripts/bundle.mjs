#!/usr/bin/env node
// Bundles the CLI and the batch worker into dist/bundle/ so a run loads two files instead of a few
// hundred modules: about 100 ms less start-up on every command and every worker thread.
// The native rasteriser and the worker pool stay outside (they load files of their own).
import { build } from 'esbuild';

await build({
  entryPoints: { bin: 'src/cli/bin.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  // A map beside each bundle (without the sources, to stay small): a bug's stack trace is
  // translated to src/ lines when it is printed (src/cli/stack-map.ts), at no start-up cost.
  sourcemap: 'linked',
  sourcesContent: false,
  external: ['@resvg/resvg-js', 'piscina'],
  // fontkit's Brotli decoder (for WOFF2 only) is replaced by node's own; see the shim.
  alias: { 'brotli/decompress.js': './scripts/shims/brotli-decompress.mjs' },
  // Bundled CommonJS packages still call require(); give them one.
  banner: { js: "import { createRequire as __workplanRequire } from 'node:module'; const require = __workplanRequire(import.meta.url);" },
  logLevel: 'warning',
});
