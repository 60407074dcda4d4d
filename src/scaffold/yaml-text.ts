/** Small helpers for writing YAML by hand with comments beside the fields, safely quoted. */
import { stringify } from 'yaml';

/** A scalar as YAML writes it: quoted when it would otherwise read as something else ("a: b", "#3", "071"). */
export function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** `key: value  # comment`, with the comments of a block lined up. */
export function field(indent: number, key: string, value: string, comment?: string): string {
  const text = `${' '.repeat(indent)}${key}:${value ? ` ${value}` : ''}`;
  return comment ? `${text.padEnd(32)} # ${comment}` : text;
}

/** A comment line at an indent. */
export function note(indent: number, text: string): string {
  return `${' '.repeat(indent)}# ${text}`;
}

/** A list of records, indented under a key (YAML's own layout, so every value is quoted right). */
export function block(indent: number, items: readonly object[]): string[] {
  return stringify(items, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => `${' '.repeat(indent)}${line}`);
}
