#!/usr/bin/env node
// Generates a synthetic contact centre for benchmarks: N reps × 12 monthly notes + an annual note,
// in four languages, spread over teams of 40. Deterministic (seeded), so runs compare.
// Usage: node scripts/make-centre.mjs [--reps 1000] [--out .bench/centre] [--year 2026]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const reps = Number(arg('reps', 1000));
const out = arg('out', '.bench/centre');
const year = Number(arg('year', 2026));
const teamSize = 40;

let seed = 20261122;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

const LOCALES = ['zh-CN', 'zh-TW', 'ko', 'en'];
const TEXT = {
  'zh-CN': { names: ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨帆'], role: '客服代表', manager: '周主管', why: ['对新产品线不熟悉', '高峰期排队太长', '系统切换影响效率'], what: ['每周通话量未达标', '回访不及时', '资料录入不完整'], ach: ['客户资料完整率稳步提升', '本月零投诉'], action: ['每通电话确认公司全称和安装地址', '每天回访十位客户'], study: ['产品知识', '沟通技巧'], body: '## 本月反思\n\n多听少说，先确认客户的需求。' },
  'zh-TW': { names: ['林怡君', '陳冠宇', '黃雅婷', '張家豪'], role: '客服專員', manager: '吳主任', why: ['對新產品線不熟悉', '尖峰時段排隊過長'], what: ['每週通話量未達標', '回訪不夠及時'], ach: ['客戶資料完整率提升', '滿意度調查表現穩定'], action: ['每通電話確認公司全名與安裝地址'], study: ['電話禮儀', '微笑服務'], body: '## 本月心得\n\n耐心聽完客戶說的每一句話。' },
  ko: { names: ['김민지', '이서준', '박지현', '최도윤'], role: '상담원', manager: '정 팀장', why: ['새 상품 라인에 익숙하지 않음', '피크 시간 대기열 증가'], what: ['주간 통화량 미달', '후속 연락 지연'], ach: ['고객 정보 완성도 향상', '불만 건수 감소'], action: ['통화마다 회사명과 설치 주소 확인'], study: ['상품 지식', '경청 기술'], body: '## 이번 달 성찰\n\n고객의 말을 끝까지 듣는 습관을 들이자.' },
  en: { names: ['Alex Kim', 'Sam Lee', 'Jordan Chen', 'Riley Park'], role: 'Service rep', manager: 'Dana Wu', why: ['Unfamiliar with the new product line', 'Long queues at peak hours'], what: ['Weekly call target missed', 'Late callbacks'], ach: ['Record completeness up again', 'No complaints this month'], action: ['Confirm company name and installation site on every call'], study: ['Product knowledge', 'Listening skills'], body: '## Reflection\n\nListen to the end before answering.' },
};
const METRICS = `metrics:
  - id: completeness
    name: {en: Record completeness, zh-CN: 客户资料完整率, zh-TW: 客戶資料完整率, ko: 고객 정보 완성도}
    unit: percent
    direction: higher
    baseline: 68
    target: 85
  - id: weekly-calls
    name: {en: Calls per week, zh-CN: 每周通话量, zh-TW: 每週通話量, ko: 주간 통화량}
    unit: count
    direction: higher
    baseline: 150
    target: 200
  - id: complaints
    name: {en: Complaints, zh-CN: 投诉量, zh-TW: 客訴件數, ko: 불만 건수}
    unit: count
    direction: lower
    baseline: 6
    target: 2
`;

rmSync(out, { recursive: true, force: true });
for (let r = 0; r < reps; r++) {
  const team = `team-${String(Math.floor(r / teamSize) + 1).padStart(3, '0')}`;
  const teamDir = join(out, team);
  if (r % teamSize === 0) {
    mkdirSync(teamDir, { recursive: true });
    writeFileSync(join(teamDir, 'team.md'), `---\nid: ${team}\nname: Team ${team.slice(5)}\nlocale: en\n${METRICS}---\n`);
  }
  const locale = LOCALES[r % 4];
  const t = TEXT[locale];
  const id = `rep-${String(r + 1).padStart(4, '0')}`;
  const dir = join(teamDir, id);
  mkdirSync(dir, { recursive: true });
  const hiredYear = year - 1 - Math.floor(rand() * 3);
  const hired = `${hiredYear}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-0${1 + Math.floor(rand() * 9)}`;
  writeFileSync(join(dir, 'rep.md'), `---\nid: ${id}\nname: ${pick(t.names)}\nteam: ${team}\nrole: ${t.role}\nhired: ${hired}\nmanager: ${t.manager}\nlocale: ${locale}\n---\n`);
  let c = 66 + rand() * 6, w = 140 + rand() * 20, k = 4 + rand() * 4;
  for (let m = 1; m <= 12; m++) {
    c = Math.min(95, c + (rand() - 0.3) * 3);
    w = w + (rand() - 0.35) * 12;
    k = Math.max(0, k + (rand() - 0.6) * 1.5);
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const why = pick(t.why);
    writeFileSync(join(dir, `${month}.md`), `---
month: ${month}
actuals:
  completeness: ${round(c, 1)}
  weekly-calls: ${round(w)}
  complaints: ${round(k)}
review:
  achievements:
    - ${pick(t.ach)}
  shortfalls:
    - what: ${pick(t.what)}
      why: ${why}
      change: ${pick(t.action)}
goals:
  - title: ${t.what[0]} → ${round(w + 10)}
    metric: weekly-calls
    target: ${round(w + 10)}
    due: ${month}-28
    actions:
      - ${pick(t.action)}
  - title: ${t.ach[0]}
    metric: completeness
    target: ${round(Math.min(95, c + 2), 1)}
study:
  - ${pick(t.study)}
---
${t.body}
`);
  }
  writeFileSync(join(dir, `${year}.md`), `---
year: ${year}
actuals:
  completeness: ${round(Math.min(95, c + 1), 1)}
  weekly-calls: ${round(w + 5)}
  complaints: ${round(k)}
summary: ${t.ach[0]}
next:
  goals:
    - title: ${t.ach[0]}
      metric: completeness
      target: 88
---
`);
}
console.log(`wrote ${reps} reps (${reps * 13} notes) in ${Math.ceil(reps / teamSize)} teams under ${out}`);
