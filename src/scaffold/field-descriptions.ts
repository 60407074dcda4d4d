/**
 * What each field of the annual note, the team plan, the competency framework and the nested parts
 * of every note (a goal, a shortfall, a metric's definition …) is for, in the four languages: an
 * editor shows it on hover and beside a completion (schema-descriptions.ts). Fields `init` and `new`
 * write with a comment are explained by that comment (comments.ts), so a field reads the same in
 * the note and in the editor; the words here are for the fields they do not write.
 * One file per language, so a translator reads one table.
 */
import type { Locale } from '../notes/schema.js';
import { en } from './field-descriptions/en.js';
import { zhCN } from './field-descriptions/zh-CN.js';
import { zhTW } from './field-descriptions/zh-TW.js';
import { ko } from './field-descriptions/ko.js';

export interface FieldDescriptions {
  /** A list's explanation followed by its fields' names: "{text}: {fields}", with the language's colon. */
  withFields: string;
  // A monthly note's fields init does not write, and the parts shared with the annual note.
  energy: string;
  shareCount: string;
  shareOf: string;
  shortfallWhat: string;
  shortfallWhy: string;
  shortfallChange: string;
  lastMonthGoal: string;
  outcomeResult: string;
  outcomeNote: string;
  supportWhat: string;
  supportFrom: string;
  supportWhy: string;
  supervisor: string;
  supervisorComment: string;
  supervisorName: string;
  supervisorDate: string;
  // A goal: a month's, next year's, a team plan's objective.
  goalId: string;
  goalTitle: string;
  goalTerm: string;
  goalOwner: string;
  goalMetric: string;
  goalTarget: string;
  goalStart: string;
  goalDue: string;
  goalActions: string;
  goalSchedule: string;
  stepWhen: string;
  stepWhat: string;
  goalSupport: string;
  // The annual note.
  year: string;
  yearActuals: string;
  yearSummary: string;
  yearAchievements: string;
  yearShortfalls: string;
  ratings: string;
  reflection: string;
  /** `{question}`: the reflection question, as the documents and init's headings ask it. */
  reflectionAnswer: string;
  next: string;
  nextGoals: string;
  nextGoalMetric: string;
  yearOpening: string;
  yearClosing: string;
  // The team plan.
  period: string;
  planLocale: string;
  author: string;
  principle: string;
  planOpening: string;
  objectives: string;
  objectiveDetail: string;
  objectiveMetric: string;
  objectiveTarget: string;
  teamSchedule: string;
  teamStepWhen: string;
  teamStepWhat: string;
  teamStepOwner: string;
  responsibilities: string;
  responsibleWho: string;
  responsibleWhat: string;
  training: string;
  inspections: string;
  activityWhat: string;
  activityFor: string;
  activityWhen: string;
  activityBy: string;
  resources: string;
  planReview: string;
  previousObjective: string;
  planClosing: string;
  // A metric's definition, in team.md or rep.md.
  metricId: string;
  metricName: string;
  metricUnit: string;
  metricDirection: string;
  metricBaseline: string;
  metricTarget: string;
  metricFrom: string;
  metricBy: string;
  metricTargets: string;
  periodTarget: string;
  periodFrom: string;
  periodBy: string;
  periodBaseline: string;
  metricDecimals: string;
  // The competency framework.
  frameworkId: string;
  groups: string;
  groupId: string;
  groupName: string;
  groupItems: string;
  itemId: string;
  itemName: string;
}

const TABLE: Record<Locale, FieldDescriptions> = { en, 'zh-CN': zhCN, 'zh-TW': zhTW, ko };

export function fieldDescriptions(locale: Locale): FieldDescriptions {
  return TABLE[locale];
}
