import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { MAX_NOTE_BYTES, readNoteText } from '../../src/notes/read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'wp-read-'));
const file = (name: string, data: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
};

test('an empty note, a huge note, a binary file and a missing file each get a plain message', async () => {
  const cases: [string, string][] = [
    [file('empty.md', ''), 'is empty'],
    [file('huge.md', 'x'.repeat(MAX_NOTE_BYTES + 1)), 'more than a note can be'],
    [file('binary.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01])), 'looks binary'],
    [join(dir, 'missing.md'), 'cannot be found'],
  ];
  for (const [f, message] of cases) {
    const r = await readNoteText(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.message).toContain(message);
  }
});

test('non-UTF-8 text is reported at the line of the first bad byte; a BOM is dropped', async () => {
  const bad = await readNoteText(file('latin1.md', Buffer.concat([Buffer.from('---\nmonth: 2026-09\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\n---\n')])));
  expect(!bad.ok && bad.diagnostic.line).toBe(3);
  const bom = await readNoteText(file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\nmonth: 2026-09\n---\n')])));
  expect(bom.ok && bom.text.startsWith('---')).toBe(true);
});
