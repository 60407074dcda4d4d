import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { docxXml } from '../helpers/docx-text.js';
import { scratchTeam } from '../robust/helpers.js';

interface Report {
  documents: number;
  upToDate: number;
  rendered: number;
  stale: { document: string; reason: string }[];
  outputs: { file: string; sha256: string }[];
  orphans: string[];
  removed: string[];
  seconds: { total: number };
}

const team = scratchTeam();
const root = join(team, '..');
const out = join(root, 'out');
const build = (...args: string[]) => {
  const r = cli(['build', '--json', '--jobs', '2', ...args], {}, root);
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined };
};
/** Every file of the output folder with its modification time, to prove nothing was written. */
const snapshot = () => Object.fromEntries(readdirSync(out, { recursive: true, encoding: 'utf8' }).map((f) => [f, statSync(join(out, f)).mtimeMs]));

beforeAll(() => {
  writeFileSync(join(root, 'workplan.config.json'), JSON.stringify({ out: 'out', format: 'docx', year: 2026, plans: ['team-a/*/2026-*.md'], summaries: ['team-a/*'], rollups: ['team-a'] }));
});

describe('workplan build', () => {
  let first: Report;
  beforeAll(() => {
    const r = build();
    expect(r.status).toBe(0);
    first = r.report!;
  });

  test('the first build renders everything the config lists', () => {
    expect(first.stale.map((s) => `${s.document} ${s.reason}`)).toEqual(['plan:team-a/ana/2026-08.md new', 'plan:team-a/ana/2026-09.md new', 'summary:team-a/ana:2026 new', 'rollup:team-a:2026 new']);
    expect(first.outputs.map((o) => o.file)).toEqual(['out/team-a/2026-rollup.docx', 'out/team-a/ana/2026-08-plan.docx', 'out/team-a/ana/2026-09-plan.docx', 'out/team-a/ana/2026-summary.docx']);
  });

  test('with nothing changed it writes nothing, in well under a second of work', () => {
    const before = snapshot();
    const r = build();
    expect(r.status).toBe(0);
    expect(r.report).toMatchObject({ documents: 4, upToDate: 4, rendered: 0, stale: [], outputs: [] });
    expect(r.report!.seconds.total).toBeLessThan(0.5);
    expect(snapshot()).toEqual(before);
  });

  test('a changed note: --check lists exactly the documents that read it and exits 1; build renders only those', () => {
    const note = join(team, 'ana', '2026-09.md');
    writeFileSync(note, `${readFileSync(note, 'utf8')}\nOne more line.\n`);
    const check = build('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('would render plan:team-a/ana/2026-09.md (inputs changed)\nwould render summary:team-a/ana:2026 (inputs changed)\nwould render rollup:team-a:2026 (inputs changed)\n');
    const august = statSync(join(out, 'team-a', 'ana', '2026-08-plan.docx')).mtimeMs;
    const r = build();
    expect(r.report!.rendered).toBe(3);
    expect(r.report!.stale.map((s) => s.document)).toEqual(['plan:team-a/ana/2026-09.md', 'summary:team-a/ana:2026', 'rollup:team-a:2026']);
    expect(statSync(join(out, 'team-a', 'ana', '2026-08-plan.docx')).mtimeMs).toBe(august);
    expect(build('--check').status).toBe(0);
  });

  test('--force renders all; a plan whose earlier notes did not change comes out byte-identical', () => {
    const r = build('--force');
    expect(r.report!.rendered).toBe(4);
    const august = (rep: Report) => rep.outputs.find((o) => o.file.endsWith('2026-08-plan.docx'))!.sha256;
    expect(august(r.report!)).toBe(august(first));
  });

  test('a deleted note: its outputs are reported, and removed with --prune', () => {
    rmSync(join(team, 'ana', '2026-09.md'));
    const r = build();
    expect(r.status).toBe(0);
    expect(r.report!.orphans).toEqual(['out/team-a/ana/2026-09-plan.docx']);
    expect(r.stderr).toContain('out/team-a/ana/2026-09-plan.docx: its note is gone or no longer listed; --prune removes it\n');
    expect(build('--check').status).toBe(1);
    const pruned = build('--prune');
    expect(pruned.report!.removed).toEqual(['out/team-a/ana/2026-09-plan.docx']);
    expect(readdirSync(join(out, 'team-a', 'ana'))).not.toContain('2026-09-plan.docx');
    expect(build('--check').status).toBe(0);
  });

  test('a config with a misspelt key is refused with the file and a suggestion', () => {
    const bad = join(root, 'bad.config.json');
    writeFileSync(bad, JSON.stringify({ plan: ['team-a'] }));
    const r = cli(['build', '--config', bad], {}, root);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`workplan: ${bad}: plan: is not a setting workplan reads (did you mean "plans"?)\n`);
  });

  test('a template mistake is shown once, at the template\'s line, not once for every note it stopped', () => {
    const tpl = join(root, 'broken-tpl');
    mkdirSync(tpl, { recursive: true });
    writeFileSync(join(tpl, 'monthly-plan.md.hbs'), '# Plan\n\n{{shout rep.name}}\n');
    const config = join(root, 'broken-tpl.config.json');
    writeFileSync(config, JSON.stringify({ out: 'broken-out', format: 'docx', year: 2026, plans: ['team-a/*/2026-*.md'], templates: 'broken-tpl' }));
    const r = cli(['build', '--config', config], {}, root);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/there is no helper "shout"/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/broken-tpl\/monthly-plan\.md\.hbs:3 +error: there is no helper "shout"\n/);
    expect(r.stderr).not.toContain('could not be rendered');
  });

  test('the theme in the build config styles what it renders, and a change of theme re-renders everything', async () => {
    const themed = join(root, 'themed.config.json');
    const config = { out: 'themed-out', format: 'docx', year: 2026, rollups: ['team-a'], summaries: ['team-a/*'], theme: { organisation: 'Acme Support Centre', page: 'Letter' } };
    writeFileSync(themed, JSON.stringify(config));
    const first = cli(['build', '--json', '--config', themed], {}, root);
    expect(first.status).toBe(0);
    const docx = (JSON.parse(first.stdout) as Report).outputs.map((o) => o.file).find((f) => f.endsWith('-rollup.docx'))!;
    const header = await docxXml(readFileSync(join(root, docx)), 'word/header1.xml');
    expect(header).toContain('Acme Support Centre');
    expect(await docxXml(readFileSync(join(root, docx)))).toContain('w:w="12240" w:h="15840"');
    // Another organisation: every document is stale, with the settings as the reason.
    writeFileSync(themed, JSON.stringify({ ...config, theme: { ...config.theme, organisation: 'Beta Care' } }));
    const check = cli(['build', '--json', '--check', '--config', themed], {}, root);
    expect(check.status).toBe(1);
    const stale = (JSON.parse(check.stdout) as Report).stale;
    expect(stale.length).toBe((JSON.parse(first.stdout) as Report).documents);
    // A bad theme value is refused at its line, before anything is rendered.
    writeFileSync(themed, JSON.stringify({ ...config, theme: { page: 'A5' } }, null, 2));
    const bad = cli(['build', '--config', themed], {}, root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('theme.page');
  });
});
