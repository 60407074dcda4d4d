// Stands in for js-yaml in the bundle. gray-matter loads it for its default YAML engine, but every
// engine is replaced by an inert one (src/notes/front-matter.ts) and YAML is read by the one reader
// (src/notes/read-yaml.ts), so it is never called. Loading it (and the JavaScript parser it pulls in
// for `!!js/function`) cost every command about 15 ms of start-up.
function notBundled() {
  throw new Error('js-yaml is not part of the workplan bundle: front matter is read by src/notes/read-yaml.ts');
}
module.exports = { load: notBundled, safeLoad: notBundled, dump: notBundled, safeDump: notBundled };
