import { escapeForTerminal } from '@aifin/core/errors';

/**
 * Text as it may reach a terminal: core's one escaping function applied to each line, so tables and multi-line
 * output keep their line breaks while no escape sequence, bell or BiDi override in user text gets through.
 * @example terminalSafe('ok a.yaml\u001b[2J\n') // "ok a.yaml\\u001b[2J\n"
 */
export const terminalSafe = (text: string): string => text.split('\n').map(escapeForTerminal).join('\n');
