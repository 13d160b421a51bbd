/**
 * Folds a message onto one line, as every message a user reads is printed: a second line (commander's "Did you
 * mean …?", a parser's excerpt) joins the first.
 * @example oneLine("unknown option '--forc'\n(Did you mean --force?)") // "unknown option '--forc' (Did you mean --force?)"
 */
export const oneLine = (message: string): string => message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
