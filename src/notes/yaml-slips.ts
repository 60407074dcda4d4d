/**
 * Slips a person typing YAML by hand makes, found on the text before the parser sees it: an indent
 * typed as a full-width space (U+3000, what a Chinese or Japanese input method gives), a full-width
 * colon "：" after a field name, and a field written without the space after its colon ("fcr:66").
 * YAML reads each as something else — text where a field was meant — and the errors that follow
 * ("actuals is empty", "must be record") name the consequence, not the slip. These name the slip.
 *
 * Only places where the slip cannot be meant are reported: a line that is not a list item (a list
 * item "- Excel：透视表" is ordinary text), and a metric written on the line of actuals: or targets:,
 * whose value must be a list of fields. The lines of a block of text (`opening: |`) are the rep's
 * own words and are never looked at.
 */
export interface Slip {
  line: number;
  column: number;
  message: string;
  hint: string;
  input: string;
}

/** A field name as workplan's files write them: metric ids, note fields, label keys. */
const NAME = '[A-Za-z][\\w.-]*';
const FULL_WIDTH_COLON = new RegExp(`^([ \\u3000]*)(${NAME})[ \\u3000]*：[ \\u3000]*(.*)$`);
const NO_SPACE = new RegExp(`^([ \\u3000]*)(${NAME}):(?![/\\s])(.+)$`);
/** Fields whose value is a mapping of metric ids: `actuals: fcr:66` meant a metric under them. */
const METRIC_MAP = new RegExp(`^([ \\u3000]*(?:- )?(?:actuals|targets):[ \\t]+)(${NAME}):(?![/\\s])(.*)$`);
const BLOCK_START = /:[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$/;

export function findSlips(source: string): Slip[] {
  const slips: Slip[] = [];
  let blockIndent: number | undefined;
  source.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    const spaces = /^ */.exec(text)![0].length;
    if (blockIndent !== undefined) {
      if (text.trim() === '' || spaces > blockIndent) return;
      blockIndent = undefined;
    }
    if (BLOCK_START.test(text)) blockIndent = /^[ -]*/.exec(text)![0].length;
    const indent = /^[ \u3000\t]*/.exec(text)![0];
    if (indent.includes('\u3000')) {
      slips.push({ line, column: indent.indexOf('\u3000') + 1, input: JSON.stringify(text.trim()), message: 'a full-width space "　" is used to indent this line', hint: 'indent with ordinary spaces, two per level (switch the input method to half-width, or delete the wide space and type spaces)' });
      return;
    }
    const wide = FULL_WIDTH_COLON.exec(text);
    if (wide) {
      const [, lead, name, value] = wide;
      slips.push({ line, column: lead!.length + name!.length + 1, input: JSON.stringify(text.trim()), message: `the field "${name}" is followed by a full-width colon "："`, hint: `write an ordinary colon and a space: "${name}: ${value}"` });
      return;
    }
    const own = NO_SPACE.exec(text);
    const tight = own ?? METRIC_MAP.exec(text);
    if (tight) {
      const [, lead, name, value] = tight;
      const onItsLine = own !== null;
      slips.push({
        line, column: lead!.length + name!.length + 1, input: JSON.stringify(`${name}:${value}`),
        message: `there is no space after the ":" of "${name}", so YAML reads "${name}:${value}" as text`,
        hint: onItsLine ? `put a space after the colon: "${name}: ${value}"` : `put the metric on a line of its own under the field, indented two spaces, with a space after the colon: "${name}: ${value}"`,
      });
    }
  });
  return slips;
}
