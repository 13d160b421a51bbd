/**
 * @aifin/core/errors: the user-error vocabulary alone (typed errors, their messages, the terminal escaping), for a
 * front end's start-up path that must not load the model: a bundler splitting code by entry reaches every module
 * of the main barrel from any import of it.
 * @example import { userErrors } from '@aifin/core/errors'; throw userErrors.horizon('0');
 */
export type { AifinErrorCode } from './errors/aifin-error.js';
export { AifinError } from './errors/aifin-error.js';
export { escapeForTerminal } from './errors/escape-for-terminal.js';
export { userErrors } from './errors/messages.js';
