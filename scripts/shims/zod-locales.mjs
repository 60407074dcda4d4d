// Stands in for zod's index of error-message languages in the bundle. zod re-exports every language
// it ships (about 250 kB of the bundle's 1.9 MB) as `z.locales`, which workplan never uses: its
// messages are its own (src/notes/explain.ts), and zod itself configures English by importing
// en.js directly. Parsing that dead weight cost every command's start-up.
export { default as en } from '../../node_modules/zod/v4/locales/en.js';
