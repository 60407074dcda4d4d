/**
 * What an editor really shows on the notes `init` writes: yaml-language-server (the server behind
 * Neovim's setup in the README and VS Code's YAML extension) is given the whole .md file, as an
 * editor hands it over, and must find the schema through the note's modeline, complete fields
 * and flag mistakes from it.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repFiles, teamFiles, type NewFile } from '../../src/scaffold/init-files.js';

const server = getLanguageService({
  // The schemas are local files named by the modeline, relative to the note.
  schemaRequestService: (uri) => readFile(fileURLToPath(uri), 'utf8'),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
server.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2' });

function write(files: NewFile[]): void {
  for (const f of files) {
    mkdirSync(dirname(f.file), { recursive: true });
    writeFileSync(f.file, f.text);
  }
}

/** A team folder and one rep in it, as `init --team desk` and `init desk/sam` write them. */
async function initTeam(): Promise<string> {
  const team = join(mkdtempSync(join(tmpdir(), 'workplan-editor-')), 'desk');
  write(teamFiles(team, { locale: 'en', name: 'Service Desk' }));
  write(await repFiles(join(team, 'sam'), { locale: 'en', name: 'Sam Taylor', month: '2026-12', hired: '2025-12-01' }));
  return team;
}

let version = 0;
function openAs(file: string, text: string): TextDocument {
  // An editor says "markdown" for a note; the server reads the front matter as YAML all the same.
  // Each text gets a new version, as an editor's edits do: the server caches a parse by version.
  return TextDocument.create(pathToFileURL(file).toString(), 'markdown', ++version, text);
}

async function problems(file: string, text: string): Promise<string[]> {
  const found = await server.doValidation(openAs(file, text), false);
  return found.map((d) => `${d.range.start.line + 1}: ${d.message}`);
}

/** The labels offered where `marker` stands (the marker itself is removed from the text). */
async function completions(file: string, textWithMarker: string): Promise<string[]> {
  const at = textWithMarker.indexOf('§');
  const text = textWithMarker.replace('§', '');
  const doc = openAs(file, text);
  const list = await server.doComplete(doc, doc.positionAt(at), false);
  return list.items.map((i) => i.label).sort();
}

describe('an editor with yaml-language-server on the notes init writes', () => {
  test('the new monthly note, body included, has no problem; mistakes in its front matter are flagged at their line', async () => {
    const team = await initTeam();
    const file = join(team, 'sam', '2026-12.md');
    const note = readFileSync(file, 'utf8');
    expect(await problems(file, note)).toEqual([]);
    const broken = note.replace(/^(month: .*)$/m, '$1\nenergy: tired').replace(/^study: \[\]/m, 'studdy: []');
    expect(await problems(file, broken)).toEqual(['5: Value is not accepted. Valid values: "high", "ok", "low", "burnt-out".', '20: Property studdy is not allowed.']);
  });

  test("a goal's fields and a field's values are completed from the schema", async () => {
    const team = await initTeam();
    const file = join(team, 'sam', '2026-12.md');
    const note = readFileSync(file, 'utf8');
    const inGoal = note.replace(/^goals: \[\]/m, 'goals:\n  - title: Record completeness to 70%\n    §');
    expect(await completions(file, inGoal)).toEqual(['actions', 'due', 'id', 'metric', 'owner', 'schedule', 'start', 'support', 'target', 'term']);
    const energy = note.replace(/^(month: .*)$/m, '$1\nenergy: §');
    expect(await completions(file, energy)).toEqual(['burnt-out', 'high', 'low', 'ok']);
  });

  test('rep.md and team.md find their own schemas', async () => {
    const team = await initTeam();
    const rep = join(team, 'sam', 'rep.md');
    expect(await problems(rep, readFileSync(rep, 'utf8').replace(/^hired: .*$/m, 'hired: last year'))).toEqual(['7: String does not match the pattern of "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$".']);
    const teamNote = join(team, 'team.md');
    expect(await problems(teamNote, readFileSync(teamNote, 'utf8').replace(/^name: /m, 'nmae: '))).toEqual(['3: Missing property "name".', '4: Property nmae is not allowed.']);
  });

  test("hover and completion explain a field in the team's language, with the words init writes beside it", async () => {
    const team = join(mkdtempSync(join(tmpdir(), 'workplan-editor-')), 'desk');
    write(teamFiles(team, { locale: 'zh-CN', name: '客服一组' }));
    write(await repFiles(join(team, 'wang-fang'), { locale: 'zh-CN', name: '王芳', month: '2026-12' }));
    const file = join(team, 'wang-fang', '2026-12.md');
    const note = readFileSync(file, 'utf8');
    const doc = openAs(file, note);
    const hover = await server.doHover(doc, doc.positionAt(note.indexOf('month:') + 2));
    expect(JSON.stringify(hover?.contents)).toContain('本计划所属月份（YYYY-MM）');
    const top = note.replace(/^study: \[\]/m, '§');
    const at = top.indexOf('§');
    const completionDoc = openAs(file, top.replace('§', ''));
    const items = (await server.doComplete(completionDoc, completionDoc.positionAt(at), false)).items;
    const study = items.find((i) => i.label === 'study');
    expect(JSON.stringify(study?.documentation)).toContain('本月学习内容');
  });

  test("the team plan and the annual note, which init does not write, are explained on hover too, nested fields included", async () => {
    const team = join(mkdtempSync(join(tmpdir(), 'workplan-editor-')), 'desk');
    write(teamFiles(team, { locale: 'zh-TW', name: '客服部' }));
    const hoverAt = async (file: string, text: string, field: string) => {
      const doc = openAs(file, text);
      // On the field's name, past the indent that tells a nested field from a top-level one of the same name.
      return JSON.stringify((await server.doHover(doc, doc.positionAt(text.indexOf(`${field}:`) + field.search(/\S/) + 1)))?.contents);
    };
    const plan = join(team, 'plans', '2026-H2.md');
    const planText = ['---', '# yaml-language-server: $schema=../schemas/team-plan.schema.json', 'period: 2026-H2', 'objectives:', '  - title: 降低投訴', '    detail: 每個細節都做好', 'inspections:', '  - what: 禮儀檢測', '    when: 每週五', '---', ''].join('\n');
    expect(await problems(plan, planText)).toEqual([]);
    expect(await hoverAt(plan, planText, 'period')).toContain('計畫的期間，與檔名一致');
    expect(await hoverAt(plan, planText, 'detail')).toContain('可選：這個目標的目的，印在措施之前');
    expect(await hoverAt(plan, planText, '    when')).toContain('可選：時間或頻率');
    const annual = join(team, 'sam', '2026.md');
    const annualText = ['---', '# yaml-language-server: $schema=../schemas/annual-note.schema.json', 'year: 2026', 'ratings: {listening: 4}', '---', ''].join('\n');
    expect(await hoverAt(annual, annualText, 'ratings')).toContain('自我評分，1 到 5 分');
  });

  test('the modeline is read only above the first field, which is why init writes it first', async () => {
    const team = await initTeam();
    const file = join(team, 'sam', '2026-12.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.slice(0, 2)).toEqual(['---', '# yaml-language-server: $schema=../schemas/month-note.schema.json']);
    const misspelt = lines.join('\n').replace(/^study: \[\]/m, 'studdy: []');
    expect(await problems(file, misspelt)).toEqual(['19: Property studdy is not allowed.']);
    const modelineMoved = [lines[0], lines[3], lines[1], ...lines.slice(2, 3), ...lines.slice(4)].join('\n').replace(/^study: \[\]/m, 'studdy: []');
    expect(await problems(file, modelineMoved)).toEqual([]);
  });
});
