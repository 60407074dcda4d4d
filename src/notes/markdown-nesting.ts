/**
 * Markdown nested deeper than any document needs (a list inside a list a thousand times, two
 * thousand `>`, bold inside bold five thousand times) would exhaust the parser's stack. The limits
 * are checked on the text before parsing, line by line, so the error can point at the line; a
 * note's body is checked the same way when the note is read, so `validate` refuses what `plan`
 * would.
 */

/** Lists and quotes inside one another: real notes use two or three levels. */
export const MAX_BLOCK_DEPTH = 12;
/** Emphasis markers and link brackets open at once in a paragraph: `***bold italic***` is 3. */
export const MAX_INLINE_DEPTH = 48;

export interface NestingProblem {
  /** 1-based line within the text checked. */
  line: number;
  kind: 'blocks' | 'inline';
  found: number;
}

const CONTAINER = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/;
const FENCE = /^ {0,3}(```|~~~)/;
const INLINE = /[*_~]+|[[\]]/g;

/** The first place where the text nests too deeply, or undefined when it is within the limits. */
export function nestingProblem(text: string): NestingProblem | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const indents: number[] = [];
  let inline = 0;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (line.trim() === '') {
      inline = 0;
      continue;
    }
    // Indentation opens list levels too: the indents of the list items above that enclose this line.
    const lead = /^[ \t]*/.exec(line)![0];
    const indent = lead.replace(/\t/g, '    ').length;
    while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
    let rest = line.slice(lead.length);
    let containers = 0;
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      containers++;
      rest = rest.slice(m[0].length);
    }
    const depth = indents.length + containers;
    if (depth > MAX_BLOCK_DEPTH) return { line: i + 1, kind: 'blocks', found: depth };
    if (containers) indents.push(indent);
    // A new list item or quote line starts a new block: emphasis does not run on into it.
    inline = inlineDepth(rest, containers ? 0 : inline);
    if (inline > MAX_INLINE_DEPTH) return { line: i + 1, kind: 'inline', found: inline };
  }
  return undefined;
}

/**
 * Open emphasis and link levels after `text`, starting from `open`: a run of markers followed by a
 * letter opens as many levels as it is long, one preceded by a letter closes as many.
 */
function inlineDepth(text: string, open: number): number {
  let depth = open;
  for (const m of text.matchAll(INLINE)) {
    const run = m[0];
    if (run === '[') depth++;
    else if (run === ']') depth = Math.max(0, depth - 1);
    else {
      const before = text[m.index - 1];
      const after = text[m.index + run.length];
      const opens = after !== undefined && !/\s/.test(after) && (before === undefined || /[\s\p{P}]/u.test(before));
      const closes = before !== undefined && !/\s/.test(before) && (after === undefined || /[\s\p{P}]/u.test(after));
      // A run that could do either (`**name)**:` — punctuation on both sides) closes what is open,
      // as CommonMark pairs it, and opens only when nothing is.
      if (opens && (!closes || depth === 0)) depth += run.length;
      else if (closes) depth = Math.max(0, depth - run.length);
    }
  }
  return depth;
}

/** The words for a problem, shared by the note check and the document parser. */
export function describeNesting(p: NestingProblem): { message: string; hint: string } {
  return p.kind === 'blocks'
    ? { message: `lists and quotes are nested ${p.found} deep here, more than the ${MAX_BLOCK_DEPTH} a document can hold`, hint: 'flatten the list or quote: a few levels are enough' }
    : { message: `emphasis markers or link brackets (* _ ~ [) are open ${p.found} deep here, more than the ${MAX_INLINE_DEPTH} a document can hold`, hint: 'remove the repeated markers, or put the text between two ``` lines to show it as it is' };
}

/** Markdown handed to the document parser that nests too deeply (see nestingProblem). */
export class MarkdownTooDeepError extends Error {
  constructor(readonly problem: NestingProblem) {
    super(`the document's Markdown is nested too deeply at its line ${problem.line}: ${describeNesting(problem).message}`);
    this.name = 'MarkdownTooDeepError';
  }
}
