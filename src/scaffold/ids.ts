/** A rep or team id from a folder name a person chose: lower case, digits and hyphens. */
export function idFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  return id || 'rep';
}
