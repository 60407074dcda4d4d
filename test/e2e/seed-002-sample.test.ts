/**
 * The sample rep huang-shihan carries seed 002's September plan and its annual plan (Traditional
 * Chinese). Rendered through the real CLI, the PDF and the DOCX are compared with the seed point by
 * point: each element of the human plan is listed below with the words that show it in the document.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';
import { docxText } from '../helpers/docx-text.js';
import { comparable } from '../helpers/same-text.js';

const repFolder = join('data', 'service-desk', 'huang-shihan');
const out = mkdtempSync(join(tmpdir(), 'workplan-seed-002-'));
const base = join(out, 'service-desk', 'huang-shihan');

/** One element of the human plan: what the seed has, and the text that shows it in the document. */
type Element = [element: string, ...shownBy: string[]];

const SEPTEMBER: Element[] = [
  ['title: the plan for September', '黃詩涵 2026年9月工作計畫'],
  ['opening: plan before September starts so the work is orderly', '九月就要開始了', '照著計畫走，工作才會有條理'],
  ['opening: August brought gains and shortfalls, so the plan matters', '八月有收穫，也有沒做好的地方'],
  ['goal 1: complete the workload the company sets for reps', '完成公司規定的客服工作量'],
  ['goal 1: the workload is a number of calls a week and a month', '每週要接多少通、每個月要完成多少通'],
  ['goal 1 schedule: every week, and the whole month by its end', '每週：接滿規定的每週電話量', '2026年9月30日：完成整個月規定的電話量'],
  ['goal 1 due at the end of the month', '期限：2026年9月30日'],
  ['shortfall: August workload not completed, results low among the reps', '八月沒有做完公司規定的接聽量，業績在所有客服裡偏低'],
  ['why: own reasons and some others', '自己的原因，加上其他一些狀況'],
  ['change: on time and in full this month, not like August', '九月每週、每月的量都按時按量完成'],
  ['goal 2: keep close, open contact with customers', '和客戶保持暢通、緊密的聯繫'],
  ['goal 2: with customers worked with before, to keep the relationship', '以前合作過的客戶', '合作關係才維持得住'],
  ["goal 2: tie the customers' interests to the company's", '讓客戶和公司的利益緊緊相連'],
  ['goal 3: study what a rep needs to know', '努力學習客服相關知識'],
  ['shortfall: lost customer resources in August, the biggest shortfall', '八月流失了不少客戶資源，是最大的不足'],
  ['why: not enough knowledge of the field, work not done properly', '對客服這一行懂得還不夠，工作沒有做到位'],
  ['goal 3: learn communication skills to win customers', '學習溝通與交流的技巧'],
  ['goal 3: practise smiling service so customers feel the sincerity', '練習微笑服務的言行舉止', '要讓客戶感受到誠意'],
  ['study list', '學習計畫', '溝通技巧', '微笑服務'],
  ['closing: write the August summary first and learn from it', '結語', '先寫好八月的工作總結'],
  ['closing: correct the shortfalls, become an excellent rep', '成為優秀的客服人員'],
  ['closing: will not let down the trust; thanks for the support', '我不會辜負大家的信任', '謝謝各位一直以來對我工作的支持'],
  ['sign-off with signatures and dates', '簽核', '簽名', '日期', '黃詩涵', '________________'],
];

const ANNUAL: Element[] = [
  ['title: the year', '黃詩涵 2026年度工作總結與自我評估'],
  ["opening: the year's work was customer service and B2B promotion", '客服，以及 B2B 的推廣'],
  ['opening: progress this year, more to improve next year', '今年有進步，但明年還要再提高、再完善'],
  ['achievement: 993 customers with the organisation name on file, 68% of all', '993 / 1,460 (68%)', '有 993 個客戶的單位名稱記錄完整，佔全部客戶的 68%'],
  ['shortfall: could not answer about the offline market, not knowing it', '沒能好好回答', '自己不了解產品在線下市場的狀況'],
  ['goal 1: raise the conversion rate', '提高客戶轉化率'],
  ['goal 1: better customer information: judge intent and means, filter, pass the rest to sales', '判斷客戶的購買意願和購買能力', '過濾掉沒有誠意、沒有購買潛力的客戶', '只把有潛力的客戶資訊交給銷售'],
  ['goal 1: work with sales: pass interested customers again to the sales manager with the callback notes', '做好跟銷售的配合', '再交給銷售經理一次', '提醒銷售聯繫'],
  ["goal 2: answer customers' questions fully", '全面解答客戶的問題'],
  ['goal 2: learn tendering, contracts, payment and shipping from study and sales colleagues', '招標、合約、付款、出貨'],
  ['goal 2 support: a product manager to connect with, for questions in my scope', '需要的支援', '和相應的產品經理對接', '（向產品經理提出）'],
  ['goal 3: build online marketing skills', '著力提高自己的網路行銷能力'],
  ['goal 3: receive online customers when marketing and office staff are busy; receive visitors independently', '由網路部接待客戶、講解產品', '爭取由網路部獨立接待'],
  ['goal 3: the six products to know', '調Q', 'LED 光動力', 'CO2 治療儀', '半導體脫毛', '水動力', '308 準分子治療儀'],
  ['goal 4: raise the share of complete records to 85% next year', '客戶單位名稱記錄完整的比例提高到 85%', '→ 85%'],
  ['goal 4: record organisation name and installation site, for order reconciliation', '單位名稱和裝機地', '方便對單'],
  ['closing: the year is ending; next year in good order', '今年的工作快要結束了', '有條不紊地展開'],
  ['closing: a better attitude, to become a professional online marketer', '用更好的心態去工作', '專業的網路人員'],
  ['sign-off with signatures and dates', '簽核', '簽名', '日期'],
];

describe('seed 002 as notes: the sample rep huang-shihan', () => {
  const texts: Record<'plan' | 'summary', { pdf: string; docx: string; docxRaw: string }> = {} as never;
  beforeAll(async () => {
    expect(cli(['plan', join(repFolder, '2026-09.md'), '--out', out]).status).toBe(0);
    expect(cli(['summary', repFolder, '--year', '2026', '--out', out]).status).toBe(0);
    for (const [kind, file] of [['plan', '2026-09-plan'], ['summary', '2026-summary']] as const) {
      const docxRaw = await docxText(readFileSync(join(base, `${file}.docx`)));
      texts[kind] = { pdf: comparable(await pdfText(readFileSync(join(base, `${file}.pdf`)))), docx: comparable(docxRaw), docxRaw };
    }
  }, 60_000);

  test.each(SEPTEMBER)('September plan: %s', (_element, ...shownBy) => {
    for (const s of shownBy) {
      expect(texts.plan.pdf, `PDF lacks ${s}`).toContain(comparable(s));
      expect(texts.plan.docx, `DOCX lacks ${s}`).toContain(comparable(s));
    }
  });

  test.each(ANNUAL)('annual plan: %s', (_element, ...shownBy) => {
    for (const s of shownBy) {
      expect(texts.summary.pdf, `PDF lacks ${s}`).toContain(comparable(s));
      expect(texts.summary.docx, `DOCX lacks ${s}`).toContain(comparable(s));
    }
  });

  test('the opening words come before the goals and the closing words after them, in both documents', () => {
    for (const [docx, opening, goal, closing] of [
      [texts.plan.docx, '九月就要開始了', '完成公司規定的客服工作量', '先寫好八月的工作總結'],
      [texts.summary.docx, '客服，以及B2B的推廣', '提高客戶轉化率', '今年的工作快要結束了'],
    ] as const) {
      const at = docx.indexOf(goal);
      expect(at).toBeGreaterThan(0);
      expect(docx.indexOf(opening)).toBeGreaterThanOrEqual(0);
      expect(docx.indexOf(opening)).toBeLessThan(at);
      expect(docx.indexOf(closing)).toBeGreaterThan(at);
    }
  });

  test('paragraphs are kept, and the folded closing has no space between Chinese lines', () => {
    const paragraphs = texts.plan.docxRaw.split('\n');
    // The closing is two paragraphs in the note (a blank line between): two paragraphs in the document.
    expect(paragraphs).toContain('開始九月的工作前，我會先寫好八月的工作總結，從中吸取經驗和教訓，讓下一步走得更順。');
    expect(paragraphs.some((p) => p.startsWith('工作難免還有不足'))).toBe(true);
    // The annual closing is a folded scalar (>) over two lines: joined with no space.
    expect(texts.summary.docxRaw).toContain('有條不紊地展開。我會用更好的心態去工作');
  });

  test('no hire date in the profile: no career stage is invented', () => {
    for (const { docx } of [texts.plan, texts.summary]) {
      for (const stage of ['新鮮期', '挫折期', '成長期', '成熟期', '職涯階段']) expect(docx).not.toContain(stage);
    }
  });
});
