/**
 * The sample team hospital-cs carries the hospital customer-service department's half-year plan of
 * seed 002 (Traditional Chinese). Rendered through the real CLI, the PDF and the DOCX are compared
 * with the seed point by point: each element of the department plan is listed with the words that
 * show it in the document.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const out = mkdtempSync(join(tmpdir(), 'workplan-seed-002-team-'));

/** One element of the department plan: what the seed has, and the text that shows it in the document. */
type Element = [element: string, ...shownBy: string[]];

const PLAN: Element[] = [
  ['title: the customer-service department, the second half', '團隊工作計畫', '康和醫院客服部', '2026年下半年'],
  ['opening: a new stage begins; the plan follows from the department as it is', '新的工作階段也即將展開', '依照客服部目前的狀況'],
  ['principle: humane with people, strict in management; build the team, raise management', '有情做人，無情管理', '加強隊伍的素質建設，提高管理水平'],
  ['objective 1: keep learning', '不斷地學習'],
  ['objective 1: besides the hospital\'s tasks the department manages the guides and the consultation centre', '管理導醫', '對諮詢中心進行管理'],
  ['1 (1): half a month of training for new staff, four handbooks, an exam before starting', '為期半個月的培訓', '《員工手冊》', '《員工培訓資料》', '《科室和崗位的規章制度》', '《保密制度》', '考試通過後才能正式上崗'],
  ['1 (2): the department head checks the shifts at random every day, with criticism', '每天不定時檢查各科當班人員', '提出批評意見'],
  ['1 (2): section leaders patrol the second-floor clinic, hall and corridors every hour', '每隔1小時巡視一次2樓門診的隊員、大廳和走廊'],
  ['1 (3): a training plan with regular skills training', '制定培訓計畫，定期為員工安排一系列技能培訓'],
  ['schedule heading', '時間部署'],
  ['schedule 1: test all staff on the departments and the specialist doctors', '對客服部全體人員進行測驗', '門診專家醫生的情況'],
  ['schedule 2: service mindset, the two courses', '《用心服務，用情呵護》', '《與客戶的溝通技巧》', '與患者的溝通能力'],
  ['schedule 3: marketing lecture, then practical marketing lecture', '《醫院內部營銷》', '《營銷實戰技巧講座》'],
  ['schedule 4: etiquette training and test; the hospital\'s brand image', '禮儀培訓及禮儀檢測', '品牌形象'],
  ['objective 2: under the hospital leaders, no major dispute in the year, fewer complaints', '在醫院領導的帶領下', '確保全年無重大糾紛事故，降低投訴'],
  ['2 (1): callbacks; planning department and consultation centre to talk more', '做好客戶回訪', '請企劃部與諮詢中心加強溝通'],
  ['2 (2): coordinate the clinic departments, talk with doctors, fewer conflicts', '門診各科室之間的協調', '多和醫生交流溝通', '和平共處、一同成長'],
  ['2 (3): talk with inpatients, fewer misunderstandings and complaints', '與住院部病人的溝通', '減少患者對醫護人員的誤會'],
  ['2 (4): drill training by the security department, its movements', '軍訓', '立正、稍息、停止間轉法、跨立、蹲下起立、敬禮、三大步伐', '醫院保安部'],
  ['objective 3: raise quality: 5S training, outdoor training', '提升素質', '5S管理培訓', '戶外拓展訓練'],
  ['responsibilities: department head and section leaders', '責任分工', '部門負責人', '各科組長'],
  ['training list', '培訓', '對象：新進員工', '負責：醫院保安部'],
  ['inspections: daily random checks, hourly patrols, the entry exam, the test, etiquette', '檢查', '每天不定時', '每隔1小時', '新進員工上崗考試', '禮儀檢測'],
  ['resources asked of the hospital leaders and the planning department', '需要的資源', '（向醫院領導提出）', '（向企劃部提出）'],
  ['closing: the first half ends; welcome the second with confidence; opportunities and challenges', '上半年就要過去', '滿懷信心迎接下半年', '新的機遇', '新的挑戰'],
  ['closing: flowers better than before, redder tomorrow', '今天的花開得比往年好，明天會開得更紅'],
  ['closing: the hospital\'s tomorrow will be better under its leaders; a new starting point', '醫院的明天會更好', '新起點的開始'],
  ['career-stage advice for the manager (002): mentoring, the frustration months, burnout', '各階段需要主管做什麼', '導師一對一輔導', '挫折期（第4–6個月）', '倦怠期（任何時候）', '心理輔導與紓壓'],
  ['figures from the reps\' notes beside the plan', '團隊數據', '每月投訴件數', '81.3%', '吳美玲'],
];

describe('seed 002 as a team plan: the sample team hospital-cs', () => {
  let pdf = '';
  let docx = '';
  let docxRaw = '';
  beforeAll(async () => {
    const r = cli(['team-plan', join('data', 'hospital-cs'), '--period', '2026-H2', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    pdf = comparable(await pdfText(readFileSync(join(out, 'hospital-cs', '2026-H2-team-plan.pdf'))));
    docxRaw = await docxText(readFileSync(join(out, 'hospital-cs', '2026-H2-team-plan.docx')));
    docx = comparable(docxRaw);
  }, 60_000);

  test.each(PLAN)('%s', (_element, ...shownBy) => {
    for (const s of shownBy) {
      expect(pdf, `PDF lacks ${s}`).toContain(comparable(s));
      expect(docx, `DOCX lacks ${s}`).toContain(comparable(s));
    }
  });

  test('the seed\'s order: opening, principle, the three objectives, the schedule, closing last', () => {
    const order = ['新的工作階段也即將展開', '有情做人', '不斷地學習', '確保全年無重大糾紛事故', '提升素質', '時間部署', '上半年就要過去'].map((s) => docx.indexOf(comparable(s)));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('objectives are numbered as in the seed (the PDF draws the numbers; the DOCX numbers its list)', () => {
    for (const s of ['1.不斷地學習', '2.在醫院領導的帶領下', '3.提升素質']) expect(pdf).toContain(comparable(s));
  });

  test("the schedule keeps the seed's four steps, numbered, without dates the seed does not give", () => {
    const starts = ['對客服部全體人員進行測驗', '強化客服中心員工的服務理念', '對部門隊員加強營銷管理', '對隊員開展禮儀培訓及禮儀檢測'];
    // A table row is its number's cell, then the step's cell: no date cell between them.
    starts.forEach((start, i) => expect(docxRaw).toContain(`\n${i + 1}\n${start}`));
  });
});
