/**
 * Our own blocks inside Markdown. A template asks for a progress bar or chart with a helper, which
 * writes a fenced block tagged `workplan-…` holding JSON; src/document turns it into a typed block.
 */
export const BLOCK_PREFIX = 'workplan-';

export function fencedBlock(kind: 'progress' | 'chart' | 'pagebreak', data: object): string {
  // JSON never contains a line with three backticks, so the fence cannot be closed early.
  return `\n\`\`\`${BLOCK_PREFIX}${kind}\n${JSON.stringify(data)}\n\`\`\`\n`;
}

/**
 * Keeps a rep's own Markdown from producing our blocks, and nests its headings under the
 * template's section heading (`#` becomes `###` with shift 2).
 */
export function adoptUserMarkdown(markdown: string, headingShift: number): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        inFence = !inFence;
        return line.replace(new RegExp(`^(\\s*(?:\`{3,}|~{3,})\\s*)${BLOCK_PREFIX}`), '$1');
      }
      if (!inFence && headingShift > 0) {
        const h = /^(\s{0,3})(#{1,6})(\s)/.exec(line);
        if (h) return `${h[1]}${'#'.repeat(Math.min(6, h[2]!.length + headingShift))}${line.slice(h[0].length - 1)}`;
      }
      return line;
    })
    .join('\n');
}
