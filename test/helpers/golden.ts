/** Golden files: compare with a stored copy; UPDATE_GOLDEN=1 rewrites it. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const GOLDEN = join(import.meta.dirname, '..', 'golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1' && process.env.CI) throw new Error(`golden file ${name} was missing; it has been written — commit it`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
