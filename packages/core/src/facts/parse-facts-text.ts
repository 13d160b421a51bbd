// Loads the YAML parser (through the user-file reader): the task pane imports it lazily, when a file is picked.
import * as v from 'valibot';
import { userErrors } from '../errors/messages.js';
import { deepest } from '../internal/deepest-issue.js';
import { factNameClash } from '../internal/facts/fact-name-clash.js';
import { METRIC_LABELS } from '../internal/facts/metric-labels.js';
import { decodeUserFile } from '../internal/user-file/decode-user-file.js';
import { parseUserDocument } from '../internal/user-file/parse-user-document.js';
import type { UserFileRules } from '../internal/user-file/user-file-kind.js';
import type { Fact, Observation } from './fact.js';
import {
  type FactsFileEntry,
  FactsFileSchema,
  MAX_FACTS_FILE_BYTES,
  METRIC_UNITS,
} from './facts-file-schema.js';
import { BUILTIN_OBSERVATIONS } from './vintages.js';

/** "facts[2].asOf" from a valibot issue path: list positions in brackets, keys after dots. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).reduce(
    (path, item) =>
      typeof item.key === 'number'
        ? `${path}[${item.key}]`
        : path
          ? `${path}.${String(item.key)}`
          : String(item.key),
    '',
  );

/** How a facts file is read: its limit and the errors that say "facts". */
export const FACTS_FILE_RULES: UserFileRules = Object.freeze({
  maxBytes: MAX_FACTS_FILE_BYTES,
  syntax: userErrors.factsSyntax,
  tooLarge: userErrors.factsTooLarge,
});

const ENTRY_FIELDS = 'id, company, metric, label, period, value, unit, qualifier, stated, asOf, source';

const describeIssue = (
  issue: v.BaseIssue<unknown>,
): { readonly value: unknown; readonly problem: string } => {
  if (issue.type !== 'object' && issue.type !== 'strict_object')
    return { value: issue.input, problem: issue.message };
  const depth = issue.path?.length ?? 0;
  const parent = issue.path?.[depth - 2]?.key;
  if (issue.expected === 'never') {
    const known = parent === 'source' ? 'publisher, date, title, url' : depth <= 1 ? 'facts' : ENTRY_FIELDS;
    return { value: issue.path?.at(-1)?.value, problem: `is not a known field here: use ${known}` };
  }
  if (issue.received === 'undefined' && depth > 0) return { value: undefined, problem: 'is required' };
  return {
    value: issue.input,
    problem: depth === 0 ? 'must be a mapping with a "facts" list' : 'must be a mapping',
  };
};

const statedOf = (entry: FactsFileEntry, unit: Fact['unit']): string =>
  entry.stated ??
  (unit === 'usdB'
    ? `${entry.value} B USD`
    : unit === 'ratio'
      ? `${Math.round(entry.value * 1000) / 10} %`
      : unit === 'gw'
        ? `${entry.value} GW`
        : unit === 'usdBPerGw'
          ? `${entry.value} B USD per GW`
          : unit === 'users' || unit === 'shares'
            ? `${entry.value} ${unit === 'users' ? 'million users' : 'million shares'}`
            : String(entry.value));

/**
 * Parses and validates a facts file's text (JSON or YAML) into observations. `known` holds the observations already
 * loaded (the built-in ones, and those of earlier files): a revision inherits what it does not restate from the
 * latest of them, and must not repeat an `asOf`. Bad input throws an `AifinError` naming the file, the entry and the
 * field.
 * @example parseFactsText('facts: [{ id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }]', 'f.yaml')
 */
export const parseFactsText = (
  text: string,
  file: string,
  known: readonly Observation[] = BUILTIN_OBSERVATIONS,
): readonly Observation[] => {
  // Not text, not a name, no list of known observations: a caller's bug, never shown as the user's fault.
  if (typeof text !== 'string') throw new TypeError(`parseFactsText() needs text, got ${typeof text}`);
  if (typeof file !== 'string') throw new TypeError(`parseFactsText() needs a file name, got ${typeof file}`);
  if (!Array.isArray(known)) throw new TypeError('parseFactsText() needs the known observations as a list');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FACTS_FILE_BYTES) throw userErrors.factsTooLarge(file, bytes, MAX_FACTS_FILE_BYTES);
  const result = v.safeParse(FactsFileSchema, parseUserDocument(text, file, FACTS_FILE_RULES));
  if (!result.success) {
    const issue = deepest(result.issues[0]);
    const { value, problem } = describeIssue(issue);
    throw userErrors.factsInvalid(file, pathOf(issue), value, problem);
  }
  const seen = [...known];
  const idsByLowerCase = new Map(known.map((o) => [o.id.toLowerCase(), o.id]));
  return result.output.facts.map((entry, index) => {
    const at = (field: string) => `facts[${index}].${field}`;
    const fail = (field: keyof FactsFileEntry, problem: string): never => {
      throw userErrors.factsInvalid(file, at(field), entry[field], problem);
    };
    const clash = factNameClash(entry.id, idsByLowerCase);
    if (clash) fail('id', clash.problem);
    const earlier = seen.filter((o) => o.id === entry.id);
    const base = earlier.reduce<Observation | undefined>(
      (latest, o) => (!latest || o.asOf > latest.asOf ? o : latest),
      undefined,
    );
    if (!base && entry.metric === undefined)
      fail('metric', `is required for ${entry.id}, which is not a known fact`);
    if (base && entry.metric !== undefined && entry.metric !== base.kind)
      fail('metric', `must be ${base.kind}, the metric of ${entry.id}, or left out`);
    if (earlier.some((o) => o.asOf === entry.asOf))
      fail('asOf', `${entry.id} already has an observation as of ${entry.asOf}`);
    const kind = base?.kind ?? (entry.metric as keyof typeof METRIC_UNITS);
    const unit = kind === 'ipo-timing' ? null : METRIC_UNITS[kind];
    if (unit === null)
      fail('value', `${entry.id} is not a number (${base?.label ?? kind}): it cannot be revised here`);
    if (entry.unit !== undefined && entry.unit !== unit) fail('unit', `must be ${unit} for ${kind}`);
    if (kind === 'arr' && entry.value <= 0) fail('value', 'must be above 0 for an ARR');
    // A margin can be negative (Anthropic's 2024 gross margin, PH13_2024); shares and stakes cannot.
    if (unit === 'ratio' && kind === 'gross-margin' && entry.value > 1)
      fail('value', `must be at most 1 for ${kind}`);
    if (unit === 'ratio' && kind !== 'gross-margin' && (entry.value < 0 || entry.value > 1))
      fail('value', `must be from 0 to 1 for ${kind}`);
    if (unit === 'year' && !(Number.isInteger(entry.value) && entry.value >= 2000 && entry.value <= 2100))
      fail('value', `must be a year from 2000 to 2100 for ${kind}`);
    const year = typeof entry.period === 'number' ? entry.period : (base?.year ?? null);
    const observation: Observation = {
      id: entry.id,
      company: entry.company ?? base?.company ?? 'OpenAI',
      kind,
      label: entry.label ?? base?.label ?? METRIC_LABELS[kind],
      value: entry.value,
      unit,
      qualifier: entry.qualifier ?? base?.qualifier ?? 'exact',
      // The article's own word for a qualifier has no counterpart in a facts file.
      qualifierText: `as ${file} states it`,
      period: entry.period === undefined ? (base?.period ?? '') : String(entry.period),
      year,
      stated: statedOf(entry, unit),
      source: {
        original: entry.source.publisher,
        originalDate: entry.source.date ?? null,
        via: null,
        ...(entry.source.title === undefined ? {} : { title: entry.source.title }),
        ...(entry.source.url === undefined ? {} : { url: entry.source.url }),
      },
      asOf: entry.asOf,
      origin: file,
    };
    seen.push(observation);
    idsByLowerCase.set(observation.id.toLowerCase(), observation.id);
    return observation;
  });
};

/**
 * Reads a facts file's bytes as a shell got them (the CLI from disk, the pane from a picked file): size capped,
 * strict UTF-8, then `parseFactsText`. The one entry point both shells use, so they accept and refuse alike.
 * @example parseFactsFile(await readFile('newer.yaml'), 'newer.yaml', BUILTIN_OBSERVATIONS)
 */
export function parseFactsFile(
  bytes: Uint8Array,
  file: string,
  known: readonly Observation[] = BUILTIN_OBSERVATIONS,
): readonly Observation[] {
  return parseFactsText(decodeUserFile(bytes, file, FACTS_FILE_RULES), file, known);
}
