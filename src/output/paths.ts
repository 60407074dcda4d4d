/** Where generated documents go: <out>/<team>/<rep>/<name>.<ext>. */
import { join } from 'node:path';

export type Format = 'docx' | 'pdf';

export function outputPath(outDir: string, team: string, rep: string, name: string, format: Format): string {
  return join(outDir, team, rep, `${name}.${format}`);
}
