/**
 * The bundle leaves two packages out of start-up (scripts/shims): js-yaml, which gray-matter loads
 * but never calls with our inert engines, and pdfkit's AES, loaded on first use. The shims must keep
 * what pdfkit calls working, and the bundle must really leave them out. It also decodes base64 with
 * Buffer, and takes the Unicode tables of linebreak and unicode-properties unpacked at build time
 * (scripts/bundle.mjs): those must be the packages' own tables, bit for bit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);

describe('bundle shims', () => {
  test('the lazy AES shim encrypts and decrypts as the real module does', () => {
    const shim = require(join(ROOT, 'scripts', 'shims', 'lazy-aes.cjs')) as { cbc: (k: Uint8Array, iv: Uint8Array) => { encrypt(d: Uint8Array): Uint8Array; decrypt(d: Uint8Array): Uint8Array } };
    const real = require('@noble/ciphers/aes') as typeof shim;
    const key = new Uint8Array(16).fill(7);
    const iv = new Uint8Array(16).fill(1);
    const text = new TextEncoder().encode('workplan');
    const sealed = shim.cbc(key, iv).encrypt(text);
    expect(Buffer.from(sealed).equals(Buffer.from(real.cbc(key, iv).encrypt(text)))).toBe(true);
    expect(new TextDecoder().decode(shim.cbc(key, iv).decrypt(sealed))).toBe('workplan');
  });

  test('the js-yaml stand-in refuses to parse, saying why', () => {
    const shim = require(join(ROOT, 'scripts', 'shims', 'no-js-yaml.cjs')) as { safeLoad: (s: string) => unknown };
    expect(() => shim.safeLoad('a: 1')).toThrow(/read-yaml/);
  });

  test('the built bundle carries neither js-yaml nor the JavaScript parser it loads', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'cli.js'), 'utf8');
    expect(bundle).not.toMatch(/esprima/i);
    expect(bundle).not.toContain('js-yaml/lib');
  });

  test('the base64 stand-in decodes and encodes as base64-js does', async () => {
    const shim = (await import(join(ROOT, 'scripts', 'shims', 'base64-js.mjs'))) as { toByteArray(s: string): Uint8Array; fromByteArray(b: Uint8Array): string; byteLength(s: string): number };
    const real = require('base64-js') as typeof shim;
    for (const text of ['', 'AA==', 'AAgOAAAAAAAQ4QAAAQ0P8vDt', 'd29ya3BsYW4=', 'aGVsbG8gd29ybGQ']) {
      expect([...shim.toByteArray(text)]).toEqual([...real.toByteArray(text.padEnd(Math.ceil(text.length / 4) * 4, '='))]);
      expect(shim.byteLength(text)).toBe(real.byteLength(text.padEnd(Math.ceil(text.length / 4) * 4, '=')));
    }
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253]);
    expect(shim.fromByteArray(bytes.subarray(1, 6))).toBe(real.fromByteArray(bytes.subarray(1, 6)));
  });

  test('every Unicode table the bundle takes unpacked is the one the package unpacks itself', async () => {
    const UnicodeTrie = require('unicode-trie') as new (data: Uint8Array) => { data: Uint32Array; highStart: number; errorValue: number };
    const { packedTries } = (await import(join(ROOT, 'scripts', 'unicode-tries.mjs'))) as { packedTries(root: string): { sha1: string; packed: Buffer; from: string }[] };
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'cli.js'), 'utf8');
    const tablesDir = join(ROOT, 'dist', 'bundle', 'unicode-tries');
    const tables = packedTries(ROOT);
    for (const { sha1, packed } of tables) {
      const own = new UnicodeTrie(packed);
      const unpacked = readFileSync(join(tablesDir, `${sha1}.bin`));
      expect(unpacked.equals(Buffer.from(own.data.buffer, own.data.byteOffset, own.data.byteLength))).toBe(true);
      // The bundle knows the table by the hash of its packed bytes, with the package's own header values.
      expect(bundle).toContain(`"${sha1}":{highStart:${own.highStart},errorValue:${own.errorValue}}`);
    }
    // linebreak's line-break classes, unicode-properties' character data, fontkit's Arabic, Indic
    // and Universal shaping tables.
    expect(tables.map((t) => t.from.split('/')[0]).sort()).toEqual(['fontkit', 'fontkit', 'fontkit', 'linebreak', 'unicode-properties']);
    expect(readdirSync(tablesDir).sort()).toEqual(tables.map((t) => `${t.sha1}.bin`).sort());
  });

  test('a rendering run takes every table unpacked', () => {
    // A preload that notes each table file the run reads (the bundle calls fs.readFileSync through
    // the module object, so the wrapper sees it).
    const dir = mkdtempSync(join(tmpdir(), 'workplan-tries-'));
    const spy = join(dir, 'spy.cjs');
    writeFileSync(spy, `const fs = require('node:fs'); const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) { if (/unicode-tries/.test(String(file))) process.stderr.write('table ' + file + '\\n'); return read.call(this, file, ...rest); };`);
    const run = spawnSync(process.execPath, ['-r', spy, join(ROOT, 'dist', 'bundle', 'bin.js'), 'plan', '--no-config', join(ROOT, 'data', 'service-desk', 'li-na', '2026-09.md'), '--format', 'pdf', '--out', dir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const read = new Set([...run.stderr.matchAll(/unicode-tries[\\/]([0-9a-f]{40})\.bin/g)].map((m) => m[1]));
    // linebreak and unicode-properties load with the PDF code, fontkit's shaping tables with fontkit.
    expect(read.size).toBe(5);
  });
});
