/** A short label in a PDF table stays on one line beside a long cell, as in the DOCX. */
import { expect, test } from 'vitest';
import type { Document } from '../../../src/document/types.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { defaultTheme } from '../../../src/theme/theme.js';
import { pdfText } from '../../helpers/pdf-text.js';

const cell = (text: string) => [{ text }];

test('a plan\'s result "部分达成" is not broken beside a long goal', async () => {
  // The last-month table of a zh-CN plan, where the result column was cut to "部分达 | 成"
  // because the goal column's text wanted all the room left over.
  const doc: Document = {
    meta: { title: 'T', author: 'A', lang: 'zh-CN', header: '', footer: '{page}', date: new Date('2026-12-31T00:00:00Z') },
    blocks: [
      {
        type: 'table',
        header: [cell('目标'), cell('目标值'), cell('最新'), cell('结果')],
        rows: [
          [cell('熟悉 CRM 系统和 Salesforce Service Cloud 的工单流程 — 工单升级流程还不会'), cell('—'), cell('—'), cell('未达成')],
          [cell('客户资料完整率达到 75%'), cell('75%'), cell('70%'), cell('部分达成')],
          [cell('话后处理时间不超过 3.2 分钟'), cell('3.2 分钟'), cell('3.8 分钟'), cell('未达成')],
        ],
        align: ['left', 'right', 'right', 'left'],
      },
    ],
  };
  const text = await pdfText(await renderPdf(doc, defaultTheme));
  expect(text).toContain('部分达成');
  expect(text).not.toMatch(/部分达\s+成/);
});
