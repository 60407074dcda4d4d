/**
 * The competency framework is read by the same guarded reader as notes, through the built CLI:
 * an alias bomb in it is the user's input error (exit 1, file and line), never a crash (exit 3).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const BOMB = [
  'id: cs-core',
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'groups: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '',
].join('\n');
const MESSAGE = 'competencies.yaml:3:8  error: YAML cannot be read: aliases (*name) expand into too much data';

describe('an alias bomb in the competency framework', () => {
  let data: string;
  let out: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'workplan-bomb-'));
    data = join(dir, 'data');
    out = join(dir, 'out');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    writeFileSync(join(data, 'framework', 'competencies.yaml'), BOMB);
  });

  test('validate reports it at its line and exits 1', () => {
    const r = cli(['validate', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(MESSAGE);
    expect(r.stderr).not.toMatch(/please report|at .*\.js:\d+/);
  });

  test('summary --framework reports it at its line and exits 1, writing nothing', () => {
    const r = cli(['summary', join(ROOT, 'data', 'service-desk', 'li-na'), '--year', '2026', '--out', out, '--framework', join(data, 'framework', 'competencies.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(MESSAGE);
    expect(r.stderr).not.toMatch(/please report|at .*\.js:\d+/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
