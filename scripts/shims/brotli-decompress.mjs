// Stands in for the `brotli` package's decoder in the bundle. fontkit needs Brotli only for WOFF2
// fonts; the package is a 475 kB JavaScript decoder whose dictionary is unpacked when the module
// loads, which cost every command and every worker thread about 50 ms of start-up. Node has the
// same decoder built in.
import { brotliDecompressSync } from 'node:zlib';

export default function decompress(buffer) {
  return new Uint8Array(brotliDecompressSync(buffer));
}
