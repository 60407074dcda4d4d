/**
 * A page's content stream gathered as text and turned into bytes once, when the page is written
 * out. pdfkit converts every operator string to bytes on its own as it arrives (one small array
 * each); a tagged page has thousands (marked-content and artifact operators around every cell and
 * rule), and that garbage was most of what tagging cost. The bytes are the same: pdfkit ends every
 * piece with a newline, and so does the joined text.
 */

/** What a pdfkit PDFReference holds before it is written out (see fast-deflate.ts). */
interface ContentRef {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

export function gatherWrites<R>(ref: R): R {
  const r = ref as unknown as ContentRef;
  const write = r.write.bind(r);
  const finalize = r.finalize.bind(r);
  const pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // pdfkit adds the newline after the last piece itself.
    write(pending.join('\n'));
    pending.length = 0;
  };
  r.write = (chunk) => {
    if (typeof chunk === 'string') pending.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  r.finalize = () => {
    flush();
    finalize();
  };
  return ref;
}
