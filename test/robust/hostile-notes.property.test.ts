/**
 * Generated and mutated notes, profiles, team files and KPI rows, run through what `validate` and
 * `plan` run, in-process. Every case must end in documents or in errors with a file and a line:
 * never an internal error, a hang or a partial file.
 *
 * `npm test` runs a fixed seed. WORKPLAN_FUZZ_RUNS=N runs N cases with a random seed (or
 * WORKPLAN_FUZZ_SEED), as .ci/run does; the seed is printed so any failure can be replayed.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadRep } from '../../src/notes/load-rep.js';
import { loadKpi } from '../../src/notes/load-kpi.js';
import { runMonthlyPlan } from '../../src/pipeline/monthly-plan-job.js';
import { describeFailure } from '../../src/pipeline/failure.js';
import type { Diagnostic } from '../../src/notes/diagnostic.js';
import { isTempFile } from '../../src/output/temp-files.js';
import { scratchTeam } from './helpers.js';

const RUNS = Number(process.env.WORKPLAN_FUZZ_RUNS ?? 60);
const SEED = process.env.WORKPLAN_FUZZ_SEED ? Number(process.env.WORKPLAN_FUZZ_SEED) : process.env.WORKPLAN_FUZZ_RUNS ? Date.now() % 2 ** 31 : 20261201;

/** Values a careless or hostile edit puts where a number, date or text belongs. */
const oddValue = fc.oneof(
  fc.constantFrom('-5', '1e308', '-1e308', '.inf', '.nan', '0x10', '2026-13', '2026-02-30', '9999-99', '~', 'null', '[]', '{}', '"', "'", '|', '>-', '&a 1', '*a', '!!js/function "x"', '<<: *a', '[1, [2, [3]]]', '{a: {b: {c: 1}}}', '- - - x', '\u202E12\u202C', '😀', '"\\uD800"', '１２'),
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
);

type Mutation = (text: string) => string;
const lineOf = (text: string, pick: number) => {
  const lines = text.split('\n');
  const front = lines.slice(1, lines.indexOf('---', 1)).map((_, i) => i + 1);
  return { lines, i: front.length ? front[pick % front.length]! : 1 };
};
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A value replaced with something odd.
  fc.tuple(fc.nat(), oddValue).map(([pick, value]) => (text: string) => {
    const { lines, i } = lineOf(text, pick);
    lines[i] = lines[i]!.replace(/:( .*)?$/, `: ${value}`);
    return lines.join('\n');
  }),
  // A line dropped, or duplicated (a duplicated key).
  fc.tuple(fc.nat(), fc.boolean()).map(([pick, drop]) => (text: string) => {
    const { lines, i } = lineOf(text, pick);
    lines.splice(i, drop ? 1 : 0, ...(drop ? [] : [lines[i]!]));
    return lines.join('\n');
  }),
  // Anchors and aliases, including a small alias bomb.
  fc.constantFrom<Mutation>(
    (t) => t.replace(/^---\n/, '---\nx0: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\nx1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx2: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n'),
    (t) => t.replace(/^(\s*- )/m, '$1&g ').replace(/\n---\n/, '\nextra: *g\n---\n'),
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => `\uFEFF${t}`,
    (t) => t.replace(/^---/, '---js'),
    (t) => t.replace(/\n---\n/, '\n'),
    (t) => t.replace(/\n/g, '\n\t'),
  ),
  // Text: random Unicode with RTL marks, emoji and unpaired surrogates, or a very long string.
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '\u200F', '\u202E', '👩🏽‍💻', '\uD800', '\uDC00')).map(([pick, s, mark]) => (text: string) => {
    const { lines, i } = lineOf(text, pick);
    lines[i] = `${lines[i]!} ${mark}${s.replace(/\n/g, ' ')}${mark}`;
    return lines.join('\n');
  }),
  fc.constantFrom(100_000, 600_000).map((n) => (t: string) => t.replace(/^study:\n.*$/m, `study:\n  - "${'长'.repeat(n / 3)}"`)),
  // A body nested deeper than any document: lists, quotes, emphasis, brackets.
  fc.tuple(fc.constantFrom('1. ', '> ', '**', '- ', '[', '*a '), fc.integer({ min: 10, max: 3000 })).map(([unit, n]) => (t: string) => `${t}\n${unit.repeat(n)}x\n`),
);

const KEYS_OK = (d: Diagnostic) => typeof d.file === 'string' && d.file.length > 0 && Number.isInteger(d.line) && d.line >= 0 && d.message.length > 0 && !/undefined|\[object Object\]|NaN/.test(d.message);

function checkOutputs(outDir: string): void {
  if (!existsSync(outDir)) return;
  for (const f of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const name = f.split('/').at(-1)!;
    expect(isTempFile(name), `temporary file left: ${f}`).toBe(false);
    if (name.endsWith('.pdf')) {
      const bytes = readFileSync(join(outDir, f));
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    }
    if (name.endsWith('.docx')) expect(readFileSync(join(outDir, f)).subarray(0, 2).toString()).toBe('PK');
  }
}

const files = fc.constantFrom('ana/2026-09.md', 'ana/2026-08.md', 'ana/rep.md', 'team.md');

describe('hostile input never breaks validate or plan', () => {
  test(`${RUNS} generated cases, seed ${SEED}`, async () => {
    console.log(`hostile notes: ${RUNS} cases, seed ${SEED}`);
    let rendered = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(files, mutation), { minLength: 1, maxLength: 3 }), async (edits) => {
        const team = scratchTeam();
        for (const [file, mutate] of edits) writeFileSync(join(team, file), mutate(readFileSync(join(team, file), 'utf8')));
        const outDir = join(team, '..', 'out');
        try {
          const loaded = await loadRep(join(team, 'ana'));
          for (const d of loaded.diagnostics) expect(KEYS_OK(d), JSON.stringify(d)).toBe(true);
          for (const note of ['2026-08.md', '2026-09.md']) {
            const r = await runMonthlyPlan(join(team, 'ana', note), { formats: ['docx', 'pdf'], outDir });
            for (const d of r.diagnostics) expect(KEYS_OK(d), JSON.stringify(d)).toBe(true);
            if (r.ok) rendered++;
            else {
              refused++;
              expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
            }
          }
        } catch (error) {
          const failure = describeFailure(error);
          // An input or template failure is a clear error; only a bug is a finding.
          expect(failure.kind, failure.stack ?? failure.message).not.toBe('internal');
        }
        checkOutputs(outDir);
        rmSync(join(team, '..'), { recursive: true, force: true });
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`hostile notes: ${rendered} plans rendered, ${refused} refused with errors`);
  }, 600_000);

  test('KPI rows of every shape are values or errors with their line', async () => {
    const cell = fc.oneof(oddValue, fc.constantFrom('ana', 'li-na', '2026-08', 'completeness', '76', '76.5%', '', '"a,b"', '"unclosed'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 30 }), fc.boolean(), async (rows, crlf) => {
        const team = scratchTeam();
        const file = join(team, 'kpi.csv');
        const text = ['rep,month,metric,value', ...rows.map((r) => r.join(','))].join(crlf ? '\r\n' : '\n');
        writeFileSync(file, text);
        const r = await loadKpi(file);
        for (const d of r.diagnostics) {
          expect(KEYS_OK(d), JSON.stringify(d)).toBe(true);
          expect(d.line).toBeLessThanOrEqual(rows.length + 1);
        }
        for (const months of r.table.values()) for (const values of months.values()) for (const v of Object.values(values)) expect(Number.isFinite(v.value)).toBe(true);
        rmSync(join(team, '..'), { recursive: true, force: true });
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  }, 600_000);
});
