import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findFrameworkFile, PACKAGED_FRAMEWORK, ratingsWithoutFramework } from '../../src/notes/find-framework.js';
import { existsSync } from 'node:fs';
import type { RepNotes } from '../../src/notes/load-rep.js';

describe('where the competency framework comes from', () => {
  const root = mkdtempSync(join(tmpdir(), 'framework-'));
  const team = join(root, 'data', 'desk');
  const repFolder = join(team, 'ana');
  mkdirSync(repFolder, { recursive: true });
  const missing = join(root, 'no-package.yaml');

  test('the flag wins; then the team folder; then the data folder; then the one shipped with workplan', () => {
    expect(findFrameworkFile(repFolder, undefined, missing)).toBeUndefined();
    expect(findFrameworkFile(repFolder)).toBe(PACKAGED_FRAMEWORK);
    mkdirSync(join(root, 'data', 'framework'));
    writeFileSync(join(root, 'data', 'framework', 'competencies.yaml'), 'id: data\n');
    expect(findFrameworkFile(repFolder)).toBe(join(root, 'data', 'framework', 'competencies.yaml'));
    writeFileSync(join(team, 'competencies.yaml'), 'id: team\n');
    expect(findFrameworkFile(repFolder)).toBe(join(team, 'competencies.yaml'));
    expect(findFrameworkFile(repFolder, 'mine.yaml')).toBe('mine.yaml');
  });
  test('the shipped framework is found from the source tree (and two levels above the bundle alike)', () => {
    expect(existsSync(PACKAGED_FRAMEWORK)).toBe(true);
    expect(PACKAGED_FRAMEWORK.endsWith(join('data', 'framework', 'competencies.yaml'))).toBe(true);
  });
  test('an annual note that rates itself with no framework found is an error at its ratings line', () => {
    const annual = (ratings: Record<string, number>) => ({ file: join(repFolder, '2026.md'), data: { year: 2026, actuals: {}, ratings, reflection: {}, next: { goals: [] } }, body: '', bodyLine: 1, at: () => ({ line: 5, column: 1 }) });
    const notes = { annuals: [annual({ positive: 4 }), annual({})] } as unknown as RepNotes;
    const found = ratingsWithoutFramework(notes, repFolder);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, field: 'ratings', severity: 'error', message: 'rates competencies, but no competency framework was found' });
  });
});
