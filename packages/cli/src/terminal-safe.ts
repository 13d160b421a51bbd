import { escapeForTerminal } from '@aifin/core/errors';

// A line break is CRLF (RFC 4180 records, which --csv prints) or LF. Kept as it is: escaping the CR of CRLF printed
// "\u000d" at the end of every CSV record, so the last column no longer parsed. A lone CR (which moves the cursor
// back over text already printed) is not a line break and stays escaped.
const LINE_BREAK = /(\r\n|\n)/;

/**
 * Text as it may reach a terminal: core's one escaping function applied between line breaks, so tables, CSV records
 * and multi-line output keep their structure while no escape sequence, bell, lone carriage return or BiDi override
 * in user text gets through.
 * @example terminalSafe('ok a.yaml\u001b[2J\r\n') // "ok a.yaml\\u001b[2J\r\n"
 */
export function terminalSafe(text: string): string {
  // split with a capturing group keeps the separators at the odd indexes.
  return text
    .split(LINE_BREAK)
    .map((part, index) => (index % 2 === 1 ? part : escapeForTerminal(part)))
    .join('');
}
