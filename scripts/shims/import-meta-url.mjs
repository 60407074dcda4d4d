// import.meta.url for the CommonJS bundle (scripts/bundle.mjs defines import.meta.url as this):
// modules find templates/, fonts and worker.js relative to their own file. The bundle is CommonJS,
// where require and __filename are the module's own.
/* global require, __filename */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
