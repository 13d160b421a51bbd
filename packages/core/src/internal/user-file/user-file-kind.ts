import type { AifinError } from '../../errors/aifin-error.js';

/**
 * What differs between the kinds of user file (scenario, facts) when one is read: its size limit and the errors
 * that name its kind. One policy, two vocabularies; each parser holds its own, so a bundle that reads scenario
 * files only does not carry the facts schema.
 */
export interface UserFileRules {
  readonly maxBytes: number;
  readonly syntax: (file: string, detail: string) => AifinError;
  readonly tooLarge: (file: string, bytes: number, limit: number) => AifinError;
}
