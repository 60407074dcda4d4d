// Runs a CommonJS bundle with a V8 code cache beside it, made on its first run: the start-up help
// workplan's launcher (src/cli/launch.ts) gives the CLI, so the floor and workplan start alike.
// Usage: node run-cached.mjs <bundle.cjs> [arguments for the bundle...]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const bundle = process.argv[2];
const cachePath = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cachePath);
} catch {
  // no cache yet: this run makes it
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'latin1')}\n})`, { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeFileSync(cachePath, script.createCachedData()));
process.argv.splice(1, 1); // the bundle sees itself as the script, as under `node bundle.cjs`
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
