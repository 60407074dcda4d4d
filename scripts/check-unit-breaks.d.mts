/** Types of check-unit-breaks.mjs, for its tests. */
export interface DocxParagraph {
  text: string;
  inTable: boolean;
}
export interface UnitBreak {
  around: string;
  inTable: boolean;
}
export function paragraphs(xml: string): DocxParagraph[];
export function unitBreaks(paras: readonly DocxParagraph[], pdfText: string): UnitBreak[];
