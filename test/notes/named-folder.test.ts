import { describe, expect, test } from 'vitest';
import { namedFolder } from '../../src/notes/named-folder.js';

describe('a folder given as "." gets its name, so its team.md and its id can be found', () => {
  const cwd = '/home/ana/data/desk/li-na';
  test('"." inside a rep folder is the rep folder seen from its team folder', () => {
    expect(namedFolder('.', cwd)).toBe('../li-na');
    expect(namedFolder('./', cwd)).toBe('../li-na');
  });
  test('a path ending in "." or ".." is named by the folder it reaches', () => {
    expect(namedFolder('li-na/.', '/home/ana/data/desk')).toBe('li-na');
    expect(namedFolder('..', '/home/ana/data/desk/li-na/drafts')).toBe('../../li-na');
  });
  test('a folder that already ends in its name is left as typed', () => {
    expect(namedFolder('data/desk/li-na', '/home/ana')).toBe('data/desk/li-na');
    expect(namedFolder('data/desk/li-na/', '/home/ana')).toBe('data/desk/li-na/');
    expect(namedFolder('/', '/')).toBe('/');
  });
});
