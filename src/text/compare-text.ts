/**
 * Order for text that is not language: file paths, ids, months. `localeCompare` would sort by the
 * machine's language (two machines could list the same report in two orders, and a manifest would
 * differ byte for byte), and its first call builds ICU's collator, about 140 million instructions.
 * People's names are still sorted with `localeCompare` in their document's language.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
