// Stands in for the `base64-js` package in the bundle. linebreak and unicode-properties decode their
// Unicode tables from base64 when they load; base64-js does it byte by byte in JavaScript that has
// not been optimised yet at start-up (about 15 ms for 18 kB). Node's Buffer decodes natively and
// gives the same bytes (a Buffer is a Uint8Array).
import { Buffer } from 'node:buffer';

export function toByteArray(text) {
  return Buffer.from(text, 'base64');
}

export function fromByteArray(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function byteLength(text) {
  return Buffer.byteLength(text, 'base64');
}

export default { toByteArray, fromByteArray, byteLength };
