// The Unicode tables (UnicodeTrie data) that linebreak, unicode-properties and fontkit carry in their
// code as base64 of twice-deflated bytes. scripts/bundle.mjs unpacks each once at build time, and
// test/e2e/bundle-shims.test.ts checks the unpacked tables against the packages' own; both find them
// here. A table is a base64 literal given to base64-js's toByteArray (linebreak, unicode-properties)
// or to fontkit's own decoder right inside `new UnicodeTrie(…)`.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PACKAGES = ['linebreak', 'unicode-properties', 'fontkit'];
const LITERALS = [/\.toByteArray\("([A-Za-z0-9+/=]{200,})"\)/g, /unicodetrie[^"]{0,200}"([A-Za-z0-9+/=]{200,})"/gi];

/** Every packed table the packages hold, once each: its bytes and their SHA-1 (hex). */
export function packedTries(root) {
  const req = createRequire(join(root, 'package.json'));
  const found = new Map();
  for (const pkg of PACKAGES) {
    const dist = dirname(req.resolve(pkg));
    for (const file of readdirSync(dist).filter((n) => /\.(c|m)?js$/.test(n))) {
      const source = readFileSync(join(dist, file), 'utf8');
      for (const pattern of LITERALS) {
        for (const [, base64] of source.matchAll(pattern)) {
          const packed = Buffer.from(base64, 'base64');
          const sha1 = createHash('sha1').update(packed).digest('hex');
          if (!found.has(sha1)) found.set(sha1, { sha1, packed, from: `${pkg}/${file}` });
        }
      }
    }
  }
  return [...found.values()];
}
