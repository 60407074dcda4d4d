/**
 * The check that finds where LibreOffice's layout of a DOCX parts a number from its unit or a date
 * from its parts (scripts/check-unit-breaks.mjs, run by check-documents.sh): pdftotext's line ends
 * placed in the DOCX's paragraphs and judged by the PDF's own line-breaking rule.
 */
import { describe, expect, it } from 'vitest';
import { paragraphs, unitBreaks } from '../../scripts/check-unit-breaks.mjs';

const body = (text: string) => ({ text, inTable: false });

describe('paragraphs', () => {
  it('reads each paragraph with its line breaks and entities, and whether it is in a table cell', () => {
    const xml =
      '<w:body><w:p><w:r><w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>2026年</w:t></w:r><w:r><w:br/><w:t>7月</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p/><w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>尾</w:t></w:r></w:p></w:body>';
    expect(paragraphs(xml)).toEqual([
      { text: 'A & B', inTable: false },
      { text: '2026年\n7月', inTable: true },
      { text: '', inTable: false },
      { text: '尾', inTable: false },
    ]);
  });
});

describe('unitBreaks', () => {
  const note = body('以下月份沒有數據：2026年9月（沒有2026年10月的筆記）。');

  it('finds a date broken before its unit, in running text (pdftotext spaces the gaps beside digits)', () => {
    expect(unitBreaks([note], '以下月份沒有數據：2026 年 9 月（沒有 2026 年 10\n月的筆記）。')).toEqual([{ around: '（沒有2026年10 | 月的筆記）。', inTable: false }]);
  });

  it('finds a date broken after a unit, before the next number', () => {
    expect(unitBreaks([note], '以下月份沒有數據：2026 年 9 月（沒有 2026 年\n10 月的筆記）。')).toEqual([{ around: '9月（沒有2026年 | 10月的筆記）。', inTable: false }]);
  });

  it('passes a break before or after the whole date', () => {
    expect(unitBreaks([note], '以下月份沒有數據：2026 年 9 月（沒有\n2026 年 10 月的筆記）。')).toEqual([]);
    expect(unitBreaks([note], '以下月份沒有數據：2026 年 9 月（沒有 2026 年 10 月\n的筆記）。')).toEqual([]);
  });

  it('finds a score parted from its unit, and says when it is in a table cell', () => {
    const cell = { text: '品檢首次達到90分以上', inTable: true };
    expect(unitBreaks([cell], '品檢首次達到 90\n分以上')).toEqual([{ around: '品檢首次達到90 | 分以上', inTable: true }]);
  });

  it('finds a Korean date broken at its space, not a break at the space between words', () => {
    const ko = body('목표는 2026년 12월까지 끝낸다.');
    expect(unitBreaks([ko], '목표는 2026년\n12월까지 끝낸다.')).toEqual([{ around: '목표는2026년 | 12월까지끝낸다.', inTable: false }]);
    expect(unitBreaks([ko], '목표는\n2026년 12월까지 끝낸다.')).toEqual([]);
  });

  it('passes a line break the DOCX itself has (the PDF line ends cell-lines.ts puts in a cell)', () => {
    expect(unitBreaks([{ text: '2026年7月\n到期', inTable: true }], '2026 年 7 月\n到期')).toEqual([]);
  });

  it('leaves a Latin word split to check-word-breaks and a line end between two paragraphs alone', () => {
    expect(unitBreaks([body('Baseline 5')], 'Baselin\ne 5')).toEqual([]);
    expect(unitBreaks([body('3월'), body('2월은 조금 억울했다.')], '3월\n2월은 조금 억울했다.')).toEqual([]);
  });

  it('judges a DOCX with a word joiner by its text without it (the PDF has none)', () => {
    expect(unitBreaks([body('沒有2026\u2060年10月的筆記')], '沒有 2026\n年 10 月的筆記')).toEqual([{ around: '沒有2026 | 年10月的筆記', inTable: false }]);
  });
});
