/** The pdfkit document type, named once (pdfkit's default export is a class value). */
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;
