/**
 * Translates a stack trace from the bundle (dist/bundle/*.js, minified) to the src/ lines it was
 * built from, using the source map beside the bundle. Done only when a bug is reported, rather
 * than with --enable-source-maps, which would make every start-up read the maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, { map: SourceMap; dir: string } | undefined>();

function mapFor(file: string): { map: SourceMap; dir: string } | undefined {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    let entry: { map: SourceMap; dir: string } | undefined;
    try {
      if (existsSync(mapFile)) entry = { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), dir: dirname(mapFile) };
    } catch {
      entry = undefined;
    }
    maps.set(file, entry);
  }
  return maps.get(file);
}

const FRAME = /(file:\/\/[^\s()]+?|\/[^\s():]+?\.m?js):(\d+):(\d+)/g;

/** The stack with every bundle location replaced by its source location (src/…), where a map has it. */
export function mapStack(stack: string): string {
  return stack.replace(FRAME, (whole, where: string, line: string, column: string) => {
    const file = where.startsWith('file://') ? fileURLToPath(where) : where;
    const found = mapFor(file);
    if (!found) return whole;
    const entry = found.map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource || entry.originalLine === undefined) return whole;
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : resolve(found.dir, entry.originalSource);
    // Relative to the package (dist/bundle/ is two folders down), so the trace reads src/….
    return `${relative(resolve(found.dir, '..', '..'), source)}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  });
}
