/**
 * Shows a user's value in a one-line message: quoted, control characters escaped, long values cut.
 * @example showValueForCli('out/a.xlsx') // "\"out/a.xlsx\""
 */
export const showValueForCli = (value: string): string => {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};
