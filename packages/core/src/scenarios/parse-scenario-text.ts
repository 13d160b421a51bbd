// Loads the YAML parser (through the user-file reader): the task pane imports it lazily, when a file is picked.
import * as v from 'valibot';
import { userErrors } from '../errors/messages.js';
import { deepest } from '../internal/deepest-issue.js';
import { impossiblePair } from '../internal/scenarios/correlation-matrix.js';
import { resolveScenario } from '../internal/scenarios/resolve-scenario.js';
import { decodeUserFile } from '../internal/user-file/decode-user-file.js';
import { parseUserDocument } from '../internal/user-file/parse-user-document.js';
import type { UserFileRules } from '../internal/user-file/user-file-kind.js';
import { INPUT_IDS, INPUTS, isInputId } from '../model/inputs.js';
import type { Scenario } from './scenario.js';
import { MAX_SCENARIO_FILE_BYTES, ScenarioFileSchema } from './schema.js';

/** "inputs.growthFade" from a valibot issue path. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).map((item) => String(item.key)).join('.');

/** How a scenario file is read: its limit and the errors that say "scenario". */
export const SCENARIO_FILE_RULES: UserFileRules = Object.freeze({
  maxBytes: MAX_SCENARIO_FILE_BYTES,
  syntax: userErrors.syntax,
  tooLarge: userErrors.tooLarge,
});

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

/**
 * Parses and validates a scenario file's text (JSON or YAML, by the one policy of `parseUserDocument`) into a
 * scenario. Bad input throws an `AifinError` that names the file, the path inside it and the value.
 * @example parseScenarioText('name: fast\ninputs: { growthFade: 0.1 }', 'fast.yaml').inputs.growthFade // 0.1
 */
export const parseScenarioText = (text: string, file: string): Scenario => {
  // Not text at all is a caller's bug, not a user's file: a programmer error, never shown as the user's fault.
  if (typeof text !== 'string') throw new TypeError(`parseScenarioText() needs text, got ${typeof text}`);
  if (typeof file !== 'string')
    throw new TypeError(`parseScenarioText() needs a file name, got ${typeof file}`);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_FILE_BYTES) throw userErrors.tooLarge(file, bytes, MAX_SCENARIO_FILE_BYTES);
  const raw = parseUserDocument(text, file, SCENARIO_FILE_RULES);
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

/**
 * Reads a scenario file's bytes as a shell got them (the CLI from disk, the pane from a picked file): size capped,
 * strict UTF-8, then `parseScenarioText`. The one entry point both shells use, so they accept and refuse alike.
 * @example parseScenarioFile(new TextEncoder().encode('name: fast'), 'fast.yaml').name // 'fast'
 */
export function parseScenarioFile(bytes: Uint8Array, file: string): Scenario {
  return parseScenarioText(decodeUserFile(bytes, file, SCENARIO_FILE_RULES), file);
}
