import { LookupError, shown } from './lookup-error.js';

/**
 * A text argument, trimmed; an omitted optional argument (Excel passes `null`, tests may pass `undefined`) or an
 * empty cell gives `fallback`. Anything that is not text is #VALUE! naming the argument.
 * @example textArgument('scenario', null, 'base') // 'base'
 */
export const textArgument = (argument: string, value: unknown, fallback?: string): string => {
  if ((value === null || value === undefined || value === '') && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '')
    throw new LookupError('invalidValue', `${argument} must be text, got ${shown(value)}.`);
  return value.trim();
};
