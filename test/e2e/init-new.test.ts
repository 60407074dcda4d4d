import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'workplan-init-'));

describe('init: from an empty folder to a first plan', () => {
  test('a team and a rep, in Korean, validate cleanly and render a plan', async () => {
    const dir = tmp();
    expect(cli(['init', '--team', 'desk', '--locale', 'ko', '--name', '상담 1팀'], {}, dir).status).toBe(0);
    const rep = cli(['init', 'desk/kim-sora', '--name', '김소라', '--hired', '2026-05-04', '--manager', '박팀장', '--month', '2026-09'], {}, dir);
    expect(rep.status).toBe(0);
    expect(rep.stdout.split('\n')).toEqual(expect.arrayContaining(['desk/kim-sora/rep.md', 'desk/kim-sora/2026-09.md']));
    const note = readFileSync(join(dir, 'desk/kim-sora/2026-09.md'), 'utf8');
    expect(note).toContain('# yaml-language-server: $schema=../schemas/month-note.schema.json');
    expect(note).toContain('# 이번 달 목표');
    expect(note).toContain('## 나는 스크립트만 읽는 로봇인가');
    expect(existsSync(join(dir, 'desk/schemas/month-note.schema.json'))).toBe(true);
    expect(cli(['validate', 'desk'], {}, dir).status).toBe(0);
    const plan = cli(['plan', 'desk', '--format', 'pdf', '--out', 'out'], {}, dir);
    expect(plan.status, plan.stderr).toBe(0);
    const text = await pdfText(readFileSync(join(dir, 'out/desk/kim-sora/2026-09-plan.pdf')));
    expect(text).toContain('김소라');
    expect(text).toContain('고객 정보 완성도');
  });

  test('refuses to overwrite anything, and writes nothing then', () => {
    const dir = tmp();
    cli(['init', '--team', 'desk'], {}, dir);
    writeFileSync(join(dir, 'desk/team.md'), 'mine');
    const again = cli(['init', '--team', 'desk'], {}, dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/desk\/team.md, .* already exist; nothing was written/);
    expect(readFileSync(join(dir, 'desk/team.md'), 'utf8')).toBe('mine');
  });

  test('a month of the wrong shape is an input error', () => {
    const r = cli(['init', 'x', '--month', '2026-13'], {}, tmp());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--month "2026-13" is not a month');
  });
});

describe("new: next month's note from the last", () => {
  test("values left blank with last month's beside them, goals listed for review, open goals carried", () => {
    const dir = tmp();
    cpSync(join(ROOT, 'data/service-desk'), join(dir, 'service-desk'), { recursive: true });
    const made = cli(['new', 'service-desk/li-na'], {}, dir);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout.trim()).toBe('service-desk/li-na/2027-01.md');
    const note = readFileSync(join(dir, 'service-desk/li-na/2027-01.md'), 'utf8');
    expect(note).toMatch(/^month: 2027-01/m);
    // December's note reported completeness 84%: shown as a reminder, the value left for the rep.
    expect(note).toMatch(/^ {2}completeness: +# 客户资料完整率 — 上次：84%；请填写数值，或删除此行$/m);
    expect(note).toContain('# - {goal: records, result: }');
    // Until the values are filled in, validate says so at their lines.
    const v = cli(['validate', 'service-desk/li-na'], {}, dir);
    expect(v.status).toBe(1);
    expect(v.stderr).toMatch(/2027-01\.md:\d+:\d+ +error actuals\.completeness: is empty/);
    expect(cli(['new', 'service-desk/li-na', '--month', '2027-01'], {}, dir).status).toBe(1);
  });
});

describe("new: last month's values as the plan printed them", () => {
  test('a score under decimals: 2, a value typed "3.0" and a count with its total keep their digits and form', () => {
    const dir = tmp();
    const team = join(dir, 'desk');
    mkdirSync(join(team, 'ko'), { recursive: true });
    writeFileSync(
      join(team, 'team.md'),
      [
        '---',
        'id: desk',
        'name: Desk',
        'metrics:',
        '  - {id: completeness, name: {en: Record completeness, ko: 고객 정보 완성도}, unit: percent, direction: higher, baseline: 68, target: 85}',
        '  - {id: wrapup, name: {en: After-call work, ko: 후처리 시간}, unit: minutes, direction: lower, baseline: 3.5, target: 2.5}',
        '  - {id: sms, name: {en: SMS score, ko: 문자 만족도 점수}, unit: score, direction: higher, baseline: 4.2, target: 4.5, decimals: 2}',
        '---',
        '',
      ].join('\n'),
    );
    writeFileSync(join(team, 'ko', 'rep.md'), '---\nname: 박소라\nlocale: ko\n---\n');
    writeFileSync(join(team, 'ko', '2026-11.md'), '---\nmonth: 2026-11\nactuals:\n  completeness: {count: 993, of: 1460}\n  wrapup: 3.0\n  sms: 4.4\n---\n');
    expect(cli(['new', 'desk/ko', '-q'], {}, dir).status).toBe(0);
    const note = readFileSync(join(team, 'ko', '2026-12.md'), 'utf8');
    // The plan printed "993 / 1,460 (68%)", "3.0분" and "4.40점"; the draft said 68.013699%, 3분 and 4.4점.
    expect(note).toContain('# 고객 정보 완성도 — 지난번: 993 / 1,460 (68%); 값을 채우거나 이 줄을 지우세요');
    expect(note).toContain('# 후처리 시간 — 지난번: 3.0분; 값을 채우거나 이 줄을 지우세요');
    expect(note).toContain('# 문자 만족도 점수 — 지난번: 4.40점; 값을 채우거나 이 줄을 지우세요');
  });
});

describe("roster: a team's rep folders from a CSV", () => {
  test('good rows become rep folders; bad rows are reported with their line; existing profiles are kept', () => {
    const dir = tmp();
    cli(['init', '--team', 'desk', '--locale', 'zh-TW'], {}, dir);
    cli(['init', 'desk/chen-yu', '--name', '陳宇', '--month', '2026-09'], {}, dir);
    writeFileSync(
      join(dir, 'roster.csv'),
      ['id,name,hired,manager,locale', 'lin-mei,林美,2026-02-01,黃經理,', 'Bad Id,某人,,,', 'chen-yu,陳宇,2025-01-01,,', 'ho-jun,何俊,2026-02-30,,', 'kim-a,김아,,,kr', 'lin-mei,林美二,,,'].join('\n'),
    );
    const r = cli(['roster', 'desk', 'roster.csv'], {}, dir);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe('desk/lin-mei/rep.md');
    expect(r.stderr).toContain('roster.csv:3  error id: is not an id (found "Bad Id")');
    expect(r.stderr).toContain('roster.csv:4  warning id: already has desk/chen-yu/rep.md, which is left as it is');
    expect(r.stderr).toContain('roster.csv:5  error hired: is not a date (found "2026-02-30")');
    expect(r.stderr).toContain('roster.csv:6  error locale: must be one of en, zh-CN, zh-TW, ko (found "kr")');
    expect(r.stderr).toContain('roster.csv:7  error id: is also on line 2');
    const profile = readFileSync(join(dir, 'desk/lin-mei/rep.md'), 'utf8');
    expect(profile).toMatch(/^name: 林美/m);
    expect(profile).toMatch(/^locale: zh-TW/m);
    expect(profile).toMatch(/^hired: 2026-02-01/m);
  });
});
