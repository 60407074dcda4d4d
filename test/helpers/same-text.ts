/** Text for comparison across formats: white space removed (line breaks fall differently in PDF and DOCX). */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}
