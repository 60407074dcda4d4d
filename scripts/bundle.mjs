#!/usr/bin/env node
// Bundles the CLI and the batch worker into dist/bundle/ so a run loads two files instead of a few
// hundred modules: about 100 ms less start-up on every command and every worker thread.
// The native rasteriser and the worker pool stay outside (they load files of their own).
//
// Start-up is cut further in three ways:
// - The commands import the rendering pipeline (PDF, fonts, DOCX, the rasteriser) inside their
//   action, which in the bundle is a lazy initialiser: `--help`, `validate` and `templates` never run it.
// - bin.js is a launcher that runs the CLI bundle (cli.js) with a V8 code cache (src/cli/launch.ts).
// - The built-in templates (templates/*.md.hbs) are precompiled here into the bundle, so a run
//   binds them to its helpers instead of parsing and compiling them. Run after `tsc` (npm run build):
//   the compile options come from dist/template/compile-options.js, the ones used at run time.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packedTries } from './unicode-tries.mjs';

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

// zod's index of every message language it ships, resolved from inside zod, becomes English only.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: join(root, 'scripts', 'shims', 'zod-locales.mjs') } : undefined));
  },
};

const outdir = join(root, 'dist', 'bundle');
// A clean folder: the code caches of the previous build would only be rejected.
rmSync(outdir, { recursive: true, force: true });

// linebreak, unicode-properties and fontkit build Unicode tables (UnicodeTrie) when they load, from
// data compressed twice with DEFLATE that tiny-inflate unpacks in JavaScript: about 50 ms of every
// rendering process and worker thread, before any of that code is optimised. Here each table is
// unpacked once, with the package's own code, into dist/bundle/unicode-tries/<sha1 of the packed
// bytes>.bin; in the bundle, `unicode-trie` is a subclass that takes the unpacked table when one
// matches the bytes it is given and unpacks as before when none does (a new version of a
// package, a big-endian machine, a missing file), so the tables are always the packages' own.
const trieDir = join(outdir, 'unicode-tries');
function inflatedTries() {
  const UnicodeTrie = createRequire(join(root, 'package.json'))('unicode-trie');
  const index = {};
  mkdirSync(trieDir, { recursive: true });
  for (const { sha1, packed } of packedTries(root)) {
    const trie = new UnicodeTrie(packed);
    writeFileSync(join(trieDir, `${sha1}.bin`), new Uint8Array(trie.data.buffer, trie.data.byteOffset, trie.data.byteLength));
    index[sha1] = { highStart: trie.highStart, errorValue: trie.errorValue };
  }
  if (Object.keys(index).length === 0) throw new Error('no Unicode tables found in linebreak, unicode-properties or fontkit: check the patterns in scripts/unicode-tries.mjs');
  return index;
}
const unpackedTries = {
  name: 'unpacked-unicode-tries',
  setup(b) {
    const index = inflatedTries();
    b.onResolve({ filter: /^unicode-trie$/ }, (args) => (args.namespace === 'unpacked-trie' ? undefined : { path: 'unicode-trie', namespace: 'unpacked-trie' }));
    b.onLoad({ filter: /.*/, namespace: 'unpacked-trie' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: `import { readFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { join } from 'node:path';
import UnicodeTrie from 'unicode-trie';
const UNPACKED = ${JSON.stringify(index)};
function unpacked(data) {
  if (!(data instanceof Uint8Array) || endianness() !== 'LE') return data;
  const sha1 = createHash('sha1').update(data).digest('hex');
  const known = UNPACKED[sha1];
  if (!known) return data;
  let bytes;
  try {
    bytes = readFileSync(join(__dirname, 'unicode-tries', sha1 + '.bin'));
  } catch {
    return data; // an install without the tables: unpack as the package does
  }
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  return { data: new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4), highStart: known.highStart, errorValue: known.errorValue };
}
export default class UnpackedUnicodeTrie extends UnicodeTrie {
  constructor(data) {
    super(unpacked(data));
  }
}
`,
    }));
  },
};

// CommonJS, so the launcher can run the CLI with a V8 code cache (see src/cli/launch.ts). Modules find
// templates/, fonts and worker.js from import.meta.url, which CommonJS lacks: each file gets its own.
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'linked',
  // A map beside each bundle (without the sources, to stay small): a bug's stack trace is
  // translated to src/ lines when it is printed (src/cli/stack-map.ts), at no start-up cost.
  sourcemap: 'linked',
  sourcesContent: false,
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['./scripts/shims/import-meta-url.mjs'],
  logLevel: 'warning',
};
const shims = { 'base64-js': './scripts/shims/base64-js.mjs', 'brotli/decompress.js': './scripts/shims/brotli-decompress.mjs', 'js-yaml': './scripts/shims/no-js-yaml.cjs', '@noble/ciphers/aes': './scripts/shims/lazy-aes.cjs' };
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts', worker: 'src/batch/worker.ts' },
  external: ['@resvg/resvg-js', 'piscina'],
  // fontkit's Brotli decoder (for WOFF2 only) is replaced by node's own; see the shim.
  // js-yaml (gray-matter's default engine, never called) and pdfkit's AES tables (encryption only)
  // are left out of start-up; see each shim.
  alias: shims,
  plugins: [precompiledTemplates, zodEnglishOnly, unpackedTries],
  // import() of our own modules becomes a lazy initialiser, of piscina a require(): the launcher runs
  // cli.js as a plain script, which has no module loader for import().
  supported: { 'dynamic-import': false },
});
// help.js: the same command tree for `--help`, `--version` and usage errors, without what any
// command's action loads (everything a command imports inside its action is left out). The
// launcher runs it only for those, so they parse about a tenth of cli.js.
const actionsLeftOut = {
  name: 'actions-left-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'left-out' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`help.js runs no command (it left out ${args.path}); run cli.js`)});`,
      loader: 'js',
    }));
  },
};
await build({ ...common, entryPoints: { help: 'src/cli/bin.ts' }, plugins: [actionsLeftOut], supported: { 'dynamic-import': false } });
// check.js: the whole CLI without the rendering pipeline (the document jobs, PDF, DOCX, fonts, the
// rasteriser, the worker pool), for the commands that never render: validate, schema, init, new,
// roster, templates, merge-reports (src/cli/launch.ts names them). About half of cli.js to read on
// every such run.
const RENDERING = /[\\/]src[\\/](pipeline[\\/][a-z-]+-job|batch[\\/]run-(batch|build))\.ts$/;
const renderingLeftOut = {
  name: 'rendering-left-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.namespace === 'left-out') return undefined;
      const resolved = await b.resolve(args.path, { kind: 'import-statement', importer: args.importer, resolveDir: args.resolveDir, pluginData: { checked: true } });
      return RENDERING.test(resolved.path) ? { path: args.path, namespace: 'left-out' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`check.js renders nothing (it left out ${args.path}); run cli.js`)});`,
      loader: 'js',
    }));
  },
};
await build({ ...common, entryPoints: { check: 'src/cli/bin.ts' }, external: ['@resvg/resvg-js', 'piscina'], alias: shims, plugins: [precompiledTemplates, zodEnglishOnly, unpackedTries, renderingLeftOut], supported: { 'dynamic-import': false } });
await build({ ...common, entryPoints: { bin: 'src/cli/launch.ts' } });
// A single non-ASCII character (esbuild leaves those in regular expressions as they are) makes V8
// hold the whole bundle as two-byte text: twice the memory, and slower to read and check on every
// start. Write such characters as \u escapes in the source.
for (const name of readdirSync(outdir).filter((n) => n.endsWith('.js'))) {
  const text = readFileSync(join(outdir, name), 'latin1');
  const at = text.search(/[\u0080-\u00ff]/); // read as latin1: a byte over 127 is one of these
  if (at !== -1) throw new Error(`dist/bundle/${name} is not ASCII at offset ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
}
chmodSync(join(outdir, 'bin.js'), 0o755);
// dist/bundle is CommonJS whatever package.json says.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
