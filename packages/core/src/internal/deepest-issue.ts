import type * as v from 'valibot';

/**
 * The most specific issue of a failed parse. A union reports one issue of its own with its options' issues inside,
 * their paths relative to the union; an option that got past the type check (a path of its own) says what was really
 * wrong. Shared by the scenario-file and facts-file parsers.
 * @example deepest(v.safeParse(schema, data).issues[0]).message
 */
export const deepest = (issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> => {
  const inner = issue.type === 'union' ? issue.issues?.find((i) => (i.path?.length ?? 0) > 0) : undefined;
  if (!inner?.path) return issue;
  return deepest({ ...inner, path: [...(issue.path ?? []), ...inner.path] as typeof inner.path });
};
