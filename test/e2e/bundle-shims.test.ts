/**
 * The bundle leaves two packages out of start-up (scripts/shims): js-yaml, which gray-matter loads
 * but never calls with our inert engines, and pdfkit's AES, loaded on first use. The shims must keep
 * what pdfkit calls working, and the bundle must really leave them out.
 */
import { readFileSync } from 'node:fs';
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
});
