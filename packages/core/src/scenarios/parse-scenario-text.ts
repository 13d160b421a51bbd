// The only module of core that loads the YAML parser: the task pane imports it lazily, when a file is picked.
import * as v from 'valibot';
import { parseAllDocuments } from 'yaml';
import { deepest } from '../deepest-issue.js';
import { userErrors } from '../errors/messages.js';
import { INPUT_IDS, INPUTS, isInputId } from '../model/inputs.js';
import { impossiblePair } from './correlation-matrix.js';
import { resolveScenario } from './resolve-scenario.js';
import type { Scenario } from './scenario.js';
import { MAX_SCENARIO_FILE_BYTES, ScenarioFileSchema } from './schema.js';

/** "inputs.growthFade" from a valibot issue path. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).map((item) => String(item.key)).join('.');

const SCENARIO_FIELDS = 'name, extends, description, horizon, inputs';

/**
 * The value and the problem to show for an issue. Structural issues (unknown key, missing key, not a mapping) get
 * messages written here, because a schema-level message would be the same for all three.
 */
const describeIssue = (
  issue: v.BaseIssue<unknown>,
): { readonly value: unknown; readonly problem: string } => {
  if (issue.type !== 'object' && issue.type !== 'strict_object')
    return { value: issue.input, problem: issue.message };
  const depth = issue.path?.length ?? 0;
  const parent = issue.path?.[depth - 2]?.key;
  if (issue.expected === 'never') {
    // An unknown key: valibot reports the key as the input; show the value it was given instead.
    const known =
      parent === 'inputs'
        ? INPUT_IDS.join(', ')
        : parent === undefined
          ? SCENARIO_FIELDS
          : typeof parent === 'string' && isInputId(parent) && INPUTS[parent].choices
            ? 'value, rationale'
            : 'value, low, high, rationale';
    return { value: issue.path?.at(-1)?.value, problem: `is not a known field here: use ${known}` };
  }
  if (issue.received === 'undefined' && depth > 0) return { value: undefined, problem: 'is required' };
  const expected = depth === 0 ? `a mapping with ${SCENARIO_FIELDS}` : 'a mapping';
  return { value: issue.input, problem: `must be ${expected}` };
};

/** The first line of a parser's message, without the JS error class a user has no use for. */
const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/:$/, '') || 'unreadable';

/**
 * The kind of the first value that is not plain data (a mapping, a list, text, a number, true/false, null), or
 * null when all of it is. YAML's typed values (!!set, !!omap, !!timestamp) load as Set, Map or Date objects,
 * which a schema checking for "an object" would take for an empty mapping, silently dropping what they hold.
 */
const nonPlainKind = (value: unknown, seen = new Set<object>()): string | null => {
  // Aliases can make a value cyclic; each object is looked at once.
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null)
    return proto?.constructor?.name ?? 'object';
  for (const item of Object.values(value)) {
    const kind = nonPlainKind(item, seen);
    if (kind !== null) return kind;
  }
  return null;
};

const parseText = (text: string, file: string): unknown => {
  try {
    // JSON is YAML, but JSON.parse gives the clearer message for a .json file.
    if (file.toLowerCase().endsWith('.json')) return JSON.parse(text) as unknown;
    // Silent: the parser would otherwise print multi-line warnings of its own (tags, directives, complex keys).
    // A warning is as good as an error here: an unresolved tag or unsupported version is not a plain scenario.
    const docs = parseAllDocuments(text, { uniqueKeys: true, logLevel: 'silent' });
    if (docs.length > 1) throw new Error('holds more than one YAML document ("---")');
    const [doc] = docs;
    if (doc === undefined) return null;
    const [problem] = [...doc.errors, ...doc.warnings];
    if (problem !== undefined) throw problem;
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    const kind = nonPlainKind(value);
    if (kind !== null)
      throw new Error(`holds a typed YAML value (${kind}): use plain mappings, lists and numbers`);
    return value;
  } catch (error) {
    throw userErrors.syntax(file, firstLine(error));
  }
};

/**
 * Parses and validates a scenario file's text (JSON or YAML) into a scenario. Bad input throws an `AifinError`
 * that names the file, the path inside it and the value.
 * @example parseScenarioText('name: fast\ninputs: { growthFade: 0.1 }', 'fast.yaml').inputs.growthFade // 0.1
 */
export const parseScenarioText = (text: string, file: string): Scenario => {
  // Not text at all is a caller's bug, not a user's file: a programmer error, never shown as the user's fault.
  if (typeof text !== 'string') throw new TypeError(`parseScenarioText() needs text, got ${typeof text}`);
  if (typeof file !== 'string')
    throw new TypeError(`parseScenarioText() needs a file name, got ${typeof file}`);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_FILE_BYTES) throw userErrors.tooLarge(file, bytes, MAX_SCENARIO_FILE_BYTES);
  const raw = parseText(text, file);
  const result = v.safeParse(ScenarioFileSchema, raw);
  if (!result.success) {
    const issue = deepest(result.issues[0]);
    const { value, problem } = describeIssue(issue);
    throw userErrors.invalidField(file, pathOf(issue), value, problem);
  }
  const impossible = impossiblePair(result.output.correlations ?? []);
  if (impossible !== null)
    throw userErrors.invalidField(
      file,
      'correlations',
      impossible,
      'cannot hold together with the other correlations (their matrix is not positive semi-definite): weaken this pair or those it conflicts with',
    );
  return resolveScenario(result.output);
};
