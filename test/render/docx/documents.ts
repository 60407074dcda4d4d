/** Sample Documents for the DOCX back end's tests, one per language, built by hand (no notes, no templates). */
import type { Block, Document, Span } from '../../../src/document/types.js';

const p = (...spans: (string | Span)[]): Block => ({ type: 'paragraph', spans: spans.map((s) => (typeof s === 'string' ? { text: s } : s)) });
const date = new Date('2026-09-01T00:00:00Z');

export interface Sample {
  doc: Document;
  /** The non-empty paragraph texts docxText should give back, in order. */
  lines: string[];
}

interface Words {
  lang: string;
  title: string;
  name: string;
  intro: [string, string, string];
  metrics: string;
  goals: string;
  table: { header: [string, string, string]; rows: [string, string, string][] };
  list: [string, string, string];
  quote: string;
  bar: string;
  chart: string;
  footer: string;
}

function sample(w: Words): Sample {
  const blocks: Block[] = [
    { type: 'heading', level: 1, spans: [{ text: w.title }] },
    p(w.intro[0], { text: w.intro[1], bold: true }, { text: w.intro[2], italic: true }, ' ', { text: 'CRM-42', code: true }),
    { type: 'heading', level: 2, spans: [{ text: w.metrics }] },
    { type: 'progress', label: w.bar, value: 0.76, caption: '76%', status: 'on-track' },
    { type: 'progress', label: `${w.bar} 2`, value: 1.4, caption: '100%', status: 'met' },
    { type: 'chart', title: w.chart, labels: ['1', '2', '3', '4', '5', '6'], values: [61, 64, null, 70, 72, null], target: 80, unit: '%' },
    { type: 'heading', level: 3, spans: [{ text: w.goals }] },
    { type: 'table', header: w.table.header.map((t) => [{ text: t }]), rows: w.table.rows.map((r) => r.map((t) => [{ text: t }])), align: ['left', 'center', 'right'] },
    { type: 'heading', level: 4, spans: [{ text: w.list[0] }] },
    { type: 'list', ordered: true, items: [[p(w.list[1])], [p(w.list[2]), { type: 'list', ordered: false, items: [[p(`${w.list[2]} · a`)], [p(`${w.list[2]} · b`)]] }]] },
    { type: 'quote', blocks: [p(w.quote)] },
    { type: 'code', text: 'export --month 2026-09\n  <ok> & "done"' },
    { type: 'rule' },
    { type: 'pagebreak' },
    p(w.name),
  ];
  const lines = [
    w.title,
    `${w.intro.join('')} CRM-42`,
    w.metrics,
    w.bar,
    '76%',
    `${w.bar} 2`,
    '100%',
    w.chart,
    w.goals,
    ...w.table.header,
    ...w.table.rows.flat(),
    w.list[0],
    w.list[1],
    w.list[2],
    `${w.list[2]} · a`,
    `${w.list[2]} · b`,
    w.quote,
    'export --month 2026-09\n  <ok> & "done"',
    w.name,
  ];
  return { doc: { meta: { title: w.title, author: w.name, lang: w.lang, header: `${w.name} · ${w.title}`, footer: w.footer, date }, blocks }, lines };
}

export const samples: Record<'en' | 'zh-CN' | 'zh-TW' | 'ko' | 'mixed', Sample> = {
  en: sample({
    lang: 'en',
    title: 'Monthly work plan · September 2026',
    name: 'Ana Park',
    intro: ['Rep: ', 'Ana Park', ' — focus on first-contact resolution.'],
    metrics: 'Our numbers',
    goals: "Last month's goals",
    table: { header: ['Goal', 'Result', 'Progress'], rows: [['Complete company names on every new record', 'Met', '100%'], ['Call back 20 customers with incomplete records', 'Partly met', '47%']] },
    list: ['This month', 'Reach 80% record completeness', 'Shadow a senior rep for {{two}} days'],
    quote: 'Closed the "#3 queue" backlog | on time <b>not html</b>',
    bar: 'Record completeness (higher is better)',
    chart: 'Record completeness by month',
    footer: 'Page {page} of {pages}',
  }),
  'zh-CN': sample({
    lang: 'zh-CN',
    title: '月度工作计划 · 2026年9月',
    name: '王小明',
    intro: ['代表：', '王小明', '，本月重点是提高首次解决率。'],
    metrics: '指标进度',
    goals: '上月目标回顾',
    table: { header: ['目标', '结果', '进度'], rows: [['在每一条新记录中填写完整的公司名称', '达成', '100%'], ['回访 20 位记录不完整的客户', '部分达成', '47%']] },
    list: ['本月计划', '记录完整率达到 80%', '跟随资深代表学习两天'],
    quote: '“客户的每一个问题都是改进的机会。”',
    bar: '首次解决率（越高越好）',
    chart: '首次解决率 · 按月',
    footer: '第 {page} 页，共 {pages} 页',
  }),
  'zh-TW': sample({
    lang: 'zh-TW',
    title: '月度工作計畫 · 2026年9月',
    name: '陳雅婷',
    intro: ['專員：', '陳雅婷', '，本月重點是提高首次解決率。'],
    metrics: '指標進度',
    goals: '上月目標回顧',
    table: { header: ['目標', '結果', '進度'], rows: [['在每一筆新紀錄中填寫完整的公司名稱', '達成', '100%'], ['回電 20 位紀錄不完整的客戶', '部分達成', '47%']] },
    list: ['本月計畫', '紀錄完整率達到 80%', '跟隨資深專員學習兩天'],
    quote: '「客戶的每一個問題都是改進的機會。」',
    bar: '首次解決率（越高越好）',
    chart: '首次解決率 · 按月',
    footer: '第 {page} 頁，共 {pages} 頁',
  }),
  ko: sample({
    lang: 'ko',
    title: '월간 업무 계획 · 2026년 9월',
    name: '김민지',
    intro: ['상담원: ', '김민지', ', 이번 달은 첫 통화 해결률에 집중합니다.'],
    metrics: '지표 진행',
    goals: '지난달 목표 검토',
    table: { header: ['목표', '결과', '진행률'], rows: [['모든 신규 기록에 회사명을 완전하게 입력', '달성', '100%'], ['기록이 불완전한 고객 20명에게 다시 전화', '부분 달성', '47%']] },
    list: ['이번 달 계획', '기록 완전성 80% 달성', '선배 상담원을 이틀 동안 참관'],
    quote: '“고객의 모든 질문은 개선의 기회입니다.”',
    bar: '첫 통화 해결률 (높을수록 좋음)',
    chart: '첫 통화 해결률 · 월별',
    footer: '{page} / {pages} 페이지',
  }),
  mixed: sample({
    lang: 'zh-CN',
    title: 'Mixed 混合 혼합 混合 · 2026',
    name: 'Ana 王 김',
    intro: ['English, ', '简体中文、繁體中文', '와 한국어 in one paragraph: ½ — “quotes” & <angle> ✓ 😀'],
    metrics: 'Metrics 指標 지표',
    goals: 'Goals 目标 목표',
    table: { header: ['Goal 目标', 'Result 結果', '진행률 %'], rows: [['CSAT ≥ 4.5 满意度', '달성 Met', '100%']] },
    list: ['Plan 计划', '第一 first 첫째', 'second 第二 둘째'],
    quote: 'Quote 引文 인용',
    bar: 'Bar 进度 진행',
    chart: 'Chart 图表 차트',
    footer: 'Page {page} / {pages} 页',
  }),
};
