/**
 * A rep's Markdown without the headings nothing was written under. `init` writes the four
 * reflection questions as headings to answer; a rep who answers two of them must not get a plan
 * with two empty headings, and one who answers none no "reflection" section at all.
 */

const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s|$)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** A line that prints nothing: blank, or an HTML comment on its own (the document leaves those out). */
const silent = (line: string) => line.trim() === '' || /^\s*<!--.*-->\s*$/.test(line);

/**
 * Drops every ATX heading (`## …`) whose section — the lines up to the next heading of the same or
 * a higher level — holds nothing but blank lines and other headings; returns '' when nothing is left.
 * Lines inside fenced code are text, never headings.
 */
export function withoutEmptyHeadings(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  // The heading level of each line (0: not a heading), read once with fences in mind.
  const levels = lines.map((line) => {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      return 0;
    }
    if (fence !== null) return 0;
    return ATX_HEADING.exec(line)?.[1]!.length ?? 0;
  });
  const empty = new Set<number>();
  levels.forEach((level, i) => {
    if (level === 0) return;
    for (let j = i + 1; j < lines.length; j++) {
      if (levels[j]! !== 0 && levels[j]! <= level) break;
      if (levels[j] === 0 && !silent(lines[j]!)) return;
    }
    empty.add(i);
  });
  if (empty.size === 0) return markdown;
  const kept = lines.filter((_, i) => !empty.has(i)).join('\n');
  return kept.trim() === '' ? '' : kept;
}
