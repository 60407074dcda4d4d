/**
 * The build manifest in the output folder: for every document, a hash of what it was made from
 * and the files it became. Kept with the outputs (not the notes), so a fresh checkout of the
 * outputs carries its own record, and deleting the folder starts over.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from './write-atomic.js';
import { explainWriteError } from './output-error.js';
import { compareText } from '../text/compare-text.js';

export const MANIFEST_FILE = '.workplan-manifest.json';

export interface ManifestOutput {
  /** Relative to the output folder. */
  file: string;
  bytes: number;
  sha256: string;
}

export interface ManifestEntry {
  /** Hash of the document's input files and of the build settings. */
  inputs: string;
  outputs: ManifestOutput[];
}

export interface Manifest {
  version: 1;
  documents: Record<string, ManifestEntry>;
}

export function readManifest(outDir: string): Manifest {
  const file = join(outDir, MANIFEST_FILE);
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (data.version === 1 && typeof data.documents === 'object' && data.documents) return data;
  } catch {
    // Missing or unreadable: everything is rebuilt, which is always correct.
  }
  return { version: 1, documents: {} };
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  // Sorted keys: the same build gives the same manifest bytes.
  const documents = Object.fromEntries(Object.entries(manifest.documents).sort(([a], [b]) => compareText(a, b)));
  await writeAtomic(join(outDir, MANIFEST_FILE), `${JSON.stringify({ version: 1, documents }, null, 1)}\n`);
}

/** True when every output is still there with the size it was written with. */
export function outputsPresent(outDir: string, entry: ManifestEntry): boolean {
  return entry.outputs.every((o) => statSync(join(outDir, o.file), { throwIfNoEntry: false })?.size === o.bytes);
}

/** Removes a generated document (--prune); a file already gone is fine. */
export function removeOutput(outDir: string, file: string): void {
  const path = join(outDir, file);
  try {
    if (existsSync(path)) rmSync(path);
  } catch (error) {
    throw explainWriteError(path, error);
  }
}
