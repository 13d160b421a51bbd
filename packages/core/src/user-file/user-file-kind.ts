import type { AifinError } from '../errors/aifin-error.js';
import { userErrors } from '../errors/messages.js';
import { MAX_FACTS_FILE_BYTES } from '../facts/facts-file-schema.js';
import { MAX_SCENARIO_FILE_BYTES } from '../scenarios/schema.js';

/** The two kinds of file a user hands aifin. */
export type UserFileKind = 'scenario' | 'facts';

/** What differs between the kinds when a file is read: its size limit and the errors that name its kind. */
export interface UserFileRules {
  readonly maxBytes: number;
  readonly syntax: (file: string, detail: string) => AifinError;
  readonly tooLarge: (file: string, bytes: number, limit: number) => AifinError;
}

/** The rules of each kind: one policy, two vocabularies. */
export const USER_FILE_RULES: Readonly<Record<UserFileKind, UserFileRules>> = Object.freeze({
  scenario: Object.freeze({
    maxBytes: MAX_SCENARIO_FILE_BYTES,
    syntax: userErrors.syntax,
    tooLarge: userErrors.tooLarge,
  }),
  facts: Object.freeze({
    maxBytes: MAX_FACTS_FILE_BYTES,
    syntax: userErrors.factsSyntax,
    tooLarge: userErrors.factsTooLarge,
  }),
});
