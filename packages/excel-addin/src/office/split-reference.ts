/**
 * Splits a sheet-qualified reference as the plan writes it into sheet and address.
 * @example splitReference("'Cash Flow'!$D$4:$K$4") // { sheet: 'Cash Flow', address: '$D$4:$K$4' }
 */
export const splitReference = (reference: string): { readonly sheet: string; readonly address: string } => {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(reference);
  if (quoted?.[1] && quoted[2]) return { sheet: quoted[1].replaceAll("''", "'"), address: quoted[2] };
  const bare = /^([^'!]+)!(.+)$/.exec(reference);
  if (bare?.[1] && bare[2]) return { sheet: bare[1], address: bare[2] };
  throw new Error(`the plan reference ${reference} names no sheet`);
};
