/** A small team written into a temporary folder for CLI tests: files by path, and one-metric notes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes `text` to `file` below `root`, making its folders. */
export const writerIn = (root: string) => (file: string, text: string): void => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

/** team.md of "desk": one metric, record completeness in percent, 70 → 85. */
export const DESK_TEAM = '---\nid: desk\nname: Desk\nlocale: en\nmetrics:\n  - id: completeness\n    name: Record completeness\n    unit: percent\n    direction: higher\n    baseline: 70\n    target: 85\n---\n';

/** A monthly note giving only the month before's completeness. */
export const completenessNote = (m: string, completeness: number): string => `---\nmonth: ${m}\nactuals:\n  completeness: ${completeness}\n---\n`;
