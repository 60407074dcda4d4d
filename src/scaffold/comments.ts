/**
 * The explanations `init` and `new` write beside each field, as YAML comments, in the rep's
 * language: a new note teaches its own format.
 */
import type { Locale } from '../notes/schema.js';

export interface FieldComments {
  header: string;
  month: string;
  locale: string;
  actuals: string;
  actualsBlank: string;
  targets: string;
  review: string;
  achievements: string;
  shortfalls: string;
  shortfallFields: string;
  outcomes: string;
  goals: string;
  goalFields: string;
  study: string;
  opening: string;
  closing: string;
  support: string;
  body: string;
  id: string;
  name: string;
  team: string;
  role: string;
  hired: string;
  left: string;
  manager: string;
  profileLocale: string;
  metrics: string;
  metricFields: string;
  teamMetrics: string;
  teamName: string;
  teamLocale: string;
  lastValue: string;
  lastGoals: string;
  teamId: string;
}

const en: FieldComments = {
  header: 'Monthly note for {month}: written at the start of the month. `workplan validate` checks it; `workplan plan` renders it.',
  month: 'the month this plan is for (YYYY-MM)',
  locale: 'optional: the language of the document (en, zh-CN, zh-TW, ko); default: the profile\'s',
  actuals: 'latest measured values, by metric id (normally last month\'s results); numbers only, the unit comes from the metric',
  actualsBlank: 'fill in, or remove the line',
  targets: 'optional: a new target from this month on, by metric id',
  review: 'how last month went',
  achievements: 'what went well, one line each',
  shortfalls: 'what fell short, why, and what you will change',
  shortfallFields: 'what: … why: … change: … (change is optional)',
  outcomes: 'optional: how last month\'s goals went where the numbers cannot tell: goal (title or id), result (met, partly, missed), note',
  goals: 'this month\'s goals',
  goalFields: 'title is required; metric + target let next month\'s value judge it; term: short|long, owner, start, due (YYYY-MM-DD), actions, schedule (when/what), support (what you need)',
  study: 'what you will study this month',
  opening: 'optional: your opening words (purpose, context), printed before the goals',
  closing: 'optional: your closing words (commitment, thanks), printed after the goals',
  support: 'optional: what you need from your manager (a phone, a training, a product manager\'s help)',
  body: 'Below the closing --- is your own Markdown: answer the questions, or write freely.',
  id: 'the folder\'s name; documents are named after it',
  name: 'your name as it appears on the documents (the only required field)',
  team: 'the team id, as in team.md',
  role: 'your role',
  hired: 'hire date (YYYY-MM-DD): the career stage follows from it',
  left: 'optional: the last day on the team (YYYY-MM-DD); later months are not yours, and the year-end team figures leave you out',
  manager: 'who reads and signs your plan',
  profileLocale: 'the language of your documents: en, zh-CN, zh-TW or ko',
  metrics: 'metrics only you have (same fields as in team.md); usually none',
  metricFields: 'id, name, unit (percent, count, score, seconds, minutes, rate), direction (higher or lower is better), baseline, target; optional from/by (YYYY-MM) and decimals',
  teamMetrics: "the team's metrics, shared by every rep: edit these examples or add your own",
  teamName: 'the team\'s name, as the rollup shows it',
  teamLocale: "the language of the team's documents (rollup, team plan) and of reps who set none: en, zh-CN, zh-TW or ko",
  lastValue: 'last: {value}',
  lastGoals: 'last month\'s goals, for your review (result: met, partly or missed):',
  teamId: "the team's id (lower-case letters, digits, - and _): rep.md's team names it, and the team's documents go to out/<id>/",
};

const zhCN: FieldComments = {
  header: '{month}的月度笔记：在月初填写。`workplan validate` 检查，`workplan plan` 生成计划。',
  month: '本计划所属月份（YYYY-MM）',
  locale: '可选：文档语言（en、zh-CN、zh-TW、ko），默认取个人资料中的语言',
  actuals: '各指标的最新数值（通常为上月结果），按指标 id 填写；只写数字，单位由指标定义',
  actualsBlank: '请填写数值，或删除此行',
  targets: '可选：从本月起的新目标，按指标 id 填写',
  review: '上月回顾',
  achievements: '做得好的事，每行一条',
  shortfalls: '不足之处、原因及改进措施',
  shortfallFields: 'what：不足 why：原因 change：改进（可选）',
  outcomes: '可选：数字无法判断的上月目标结果：goal（标题或 id）、result（met 达成、partly 部分达成、missed 未达成）、note',
  goals: '本月目标',
  goalFields: 'title 必填；metric + target 让下月数值自动判断；term: short|long（短期/长期）、owner 负责人、start、due（YYYY-MM-DD）、actions 措施、schedule 进度（when/what）、support 需要的支持',
  study: '本月学习内容',
  opening: '可选：开头的话（目的、背景），印在目标之前',
  closing: '可选：结尾的话（承诺、感谢），印在目标之后',
  support: '可选：需要主管提供的支持（电话、培训、产品经理的协助）',
  body: '结尾 --- 之后是你自己的 Markdown：回答下面的问题，或自由书写。',
  id: '文件夹名称；文档以此命名',
  name: '文档上显示的姓名（唯一必填项）',
  team: '团队 id，与 team.md 一致',
  role: '岗位',
  hired: '入职日期（YYYY-MM-DD），职业阶段据此推算',
  left: '可选：在团队的最后一天（YYYY-MM-DD）；之后的月份不再计入，年末的团队数据也不再计入',
  manager: '阅读并签署计划的主管',
  profileLocale: '文档语言：en、zh-CN、zh-TW 或 ko',
  metrics: '只属于你的指标（字段同 team.md），通常为空',
  metricFields: 'id、name、unit（percent、count、score、seconds、minutes、rate）、direction（higher 越高越好 / lower 越低越好）、baseline 基线、target 目标；可选 from/by（YYYY-MM）和 decimals',
  teamMetrics: '团队共用的指标：修改这些示例或添加自己的指标',
  teamName: '团队名称，显示在团队汇总中',
  teamLocale: '团队文档（团队汇总、团队计划）的语言，也是未设语言的成员的默认语言：en、zh-CN、zh-TW 或 ko',
  lastValue: '上次：{value}',
  lastGoals: '上月目标，供回顾（result：met、partly 或 missed）：',
  teamId: '团队 id（小写字母、数字、- 和 _）：rep.md 的 team 填写它，团队的文档输出到 out/<id>/',
};

const zhTW: FieldComments = {
  header: '{month}的月度筆記：在月初填寫。`workplan validate` 檢查，`workplan plan` 產生計畫。',
  month: '本計畫所屬月份（YYYY-MM）',
  locale: '可選：文件語言（en、zh-CN、zh-TW、ko），預設取個人資料中的語言',
  actuals: '各指標的最新數值（通常為上月結果），依指標 id 填寫；只寫數字，單位由指標定義',
  actualsBlank: '請填寫數值，或刪除此行',
  targets: '可選：從本月起的新目標，依指標 id 填寫',
  review: '上月回顧',
  achievements: '做得好的事，每行一條',
  shortfalls: '不足之處、原因及改進措施',
  shortfallFields: 'what：不足 why：原因 change：改進（可選）',
  outcomes: '可選：數字無法判斷的上月目標結果：goal（標題或 id）、result（met 達成、partly 部分達成、missed 未達成）、note',
  goals: '本月目標',
  goalFields: 'title 必填；metric + target 讓下月數值自動判斷；term: short|long（短期/長期）、owner 負責人、start、due（YYYY-MM-DD）、actions 措施、schedule 進度（when/what）、support 需要的支援',
  study: '本月學習內容',
  opening: '可選：開頭的話（目的、背景），印在目標之前',
  closing: '可選：結尾的話（承諾、感謝），印在目標之後',
  support: '可選：需要主管提供的支援（電話、培訓、產品經理的協助）',
  body: '結尾 --- 之後是你自己的 Markdown：回答下面的問題，或自由書寫。',
  id: '資料夾名稱；文件以此命名',
  name: '文件上顯示的姓名（唯一必填項）',
  team: '團隊 id，與 team.md 一致',
  role: '職位',
  hired: '到職日期（YYYY-MM-DD），職涯階段據此推算',
  left: '選填：在團隊的最後一天（YYYY-MM-DD）；之後的月份不再計入，年底的團隊數據也不再計入',
  manager: '閱讀並簽署計畫的主管',
  profileLocale: '文件語言：en、zh-CN、zh-TW 或 ko',
  metrics: '只屬於你的指標（欄位同 team.md），通常為空',
  metricFields: 'id、name、unit（percent、count、score、seconds、minutes、rate）、direction（higher 越高越好 / lower 越低越好）、baseline 基準、target 目標；可選 from/by（YYYY-MM）與 decimals',
  teamMetrics: '團隊共用的指標：修改這些範例或新增自己的指標',
  teamName: '團隊名稱，顯示在團隊彙總中',
  teamLocale: '團隊文件（團隊彙總、團隊計畫）的語言，也是未設定語言的成員的預設語言：en、zh-CN、zh-TW 或 ko',
  lastValue: '上次：{value}',
  lastGoals: '上月目標，供回顧（result：met、partly 或 missed）：',
  teamId: '團隊 id（小寫字母、數字、- 和 _）：rep.md 的 team 填寫它，團隊的文件輸出到 out/<id>/',
};

const ko: FieldComments = {
  header: '{month} 월간 노트: 월초에 작성합니다. `workplan validate`로 검사하고 `workplan plan`으로 계획서를 만듭니다.',
  month: '이 계획의 월 (YYYY-MM)',
  locale: '선택: 문서 언어 (en, zh-CN, zh-TW, ko), 기본값은 프로필의 언어',
  actuals: '지표별 최신 측정값 (보통 지난달 결과), 지표 id별로; 숫자만 쓰고 단위는 지표 정의를 따릅니다',
  actualsBlank: '값을 채우거나 이 줄을 지우세요',
  targets: '선택: 이번 달부터 적용할 새 목표, 지표 id별로',
  review: '지난달 돌아보기',
  achievements: '잘한 일, 한 줄에 하나씩',
  shortfalls: '부족했던 점, 원인, 바꿀 점',
  shortfallFields: 'what: 부족한 점 why: 원인 change: 개선 (선택)',
  outcomes: '선택: 숫자로 판단할 수 없는 지난달 목표의 결과: goal (제목 또는 id), result (met 달성, partly 부분 달성, missed 미달성), note',
  goals: '이번 달 목표',
  goalFields: 'title은 필수; metric + target을 쓰면 다음 달 값으로 판정; term: short|long (단기/장기), owner 담당자, start, due (YYYY-MM-DD), actions 실행 방안, schedule 일정 (when/what), support 필요한 지원',
  study: '이번 달 학습 내용',
  opening: '선택: 머리말 (목적, 배경), 목표 앞에 인쇄',
  closing: '선택: 맺음말 (다짐, 감사), 목표 뒤에 인쇄',
  support: '선택: 관리자에게 필요한 지원 (전화기, 교육, 제품 담당자의 도움)',
  body: '마지막 --- 아래는 자유로운 Markdown입니다: 아래 질문에 답하거나 자유롭게 쓰세요.',
  id: '폴더 이름; 문서 이름이 됩니다',
  name: '문서에 표시되는 이름 (유일한 필수 항목)',
  team: '팀 id, team.md와 같게',
  role: '직무',
  hired: '입사일 (YYYY-MM-DD): 경력 단계가 여기서 정해집니다',
  left: '선택: 팀에서의 마지막 날 (YYYY-MM-DD). 그 뒤의 달과 연말 팀 수치에는 들어가지 않습니다',
  manager: '계획서를 읽고 서명하는 관리자',
  profileLocale: '문서 언어: en, zh-CN, zh-TW 또는 ko',
  metrics: '본인만의 지표 (team.md와 같은 항목), 보통 없음',
  metricFields: 'id, name, unit (percent, count, score, seconds, minutes, rate), direction (higher 높을수록 좋음 / lower 낮을수록 좋음), baseline 기준값, target 목표; 선택: from/by (YYYY-MM), decimals',
  teamMetrics: '모든 상담원이 함께 쓰는 팀 지표: 예시를 고치거나 새로 추가하세요',
  teamName: '팀 이름, 팀 종합 보고서에 표시',
  teamLocale: '팀 문서(팀 종합 보고서, 팀 계획)의 언어이자 언어를 정하지 않은 상담원의 기본 언어: en, zh-CN, zh-TW 또는 ko',
  lastValue: '지난번: {value}',
  lastGoals: '지난달 목표, 돌아보기용 (result: met, partly 또는 missed):',
  teamId: '팀 id (영문 소문자, 숫자, -, _): rep.md의 team에 이 id를 쓰고, 팀 문서는 out/<id>/에 만들어집니다',
};

const TABLE: Record<Locale, FieldComments> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko };

export function fieldComments(locale: Locale): FieldComments {
  return TABLE[locale];
}
