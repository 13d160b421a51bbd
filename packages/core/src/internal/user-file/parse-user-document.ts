// The only module of core that loads the YAML parser: the task pane imports it lazily, when a file is picked.
import { isAlias, isNode, LineCounter, parseAllDocuments, visit } from 'yaml';
import { findDuplicateJsonKey } from './json-duplicate-key.js';
import type { UserFileRules } from './user-file-kind.js';

/** The most a file's aliases may expand to: a few anchors reused is fine, a billion laughs is not. */
const MAX_ALIAS_COUNT = 100;

/** A problem with the text, to be shown after "not valid JSON or YAML: ". */
class Refusal extends Error {}

/**
 * The kind of the first value that is not plain data (a mapping, a list, text, a number, true/false, null), or
 * null when all of it is. Tags are refused before this runs, so it is a second guard: a typed value (a Set, a Map,
 * a Date) would pass a schema checking for "an object" as an empty mapping, silently dropping what it holds.
 */
function nonPlainKind(value: unknown, seen = new Set<object>()): string | null {
  // Aliases can make a value shared; each object is looked at once.
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
}

/** The first line of a parser's message, without a trailing colon or the JS error class a user has no use for. */
function firstLine(error: unknown): string {
  return (
    (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/:$/, '') || 'unreadable'
  );
}

function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new Refusal(firstLine(error));
  }
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate !== null) {
    const where = duplicate.path === '' ? 'at the top level' : `in ${duplicate.path}`;
    throw new Refusal(`the key ${JSON.stringify(duplicate.key)} is given twice ${where}`);
  }
  return value;
}

function parseYaml(text: string): unknown {
  const lines = new LineCounter();
  const lineOf = (offset: number | undefined): number => lines.linePos(offset ?? 0).line;
  const at = (offset: number | undefined): string =>
    `line ${lineOf(offset)}, column ${lines.linePos(offset ?? 0).col}`;
  // YAML 1.2 core schema, whatever the file asks for; silent, because the parser would otherwise print multi-line
  // warnings of its own to stderr, quoting the user's line (terminal escapes and all).
  const docs = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    logLevel: 'silent',
    prettyErrors: false,
    lineCounter: lines,
  });
  if (!Array.isArray(docs)) return null; // an empty stream
  if (docs.length > 1) throw new Refusal('holds more than one YAML document ("---")');
  const [doc] = docs;
  if (doc === undefined) return null;
  const [error] = doc.errors;
  if (error !== undefined) throw new Refusal(`${at(error.pos[0])}: ${firstLine(error)}`);
  // Directives change how the rest reads (%YAML 1.1 reads 1:30 as 90; %TAG renames tags): none is accepted.
  if (doc.directives?.yaml.explicit) throw new Refusal('holds a %YAML directive: leave it out');
  if (Object.keys(doc.directives?.tags ?? {}).some((handle) => handle !== '!!'))
    throw new Refusal('holds a %TAG directive: leave it out');
  let tagged: { readonly tag: string; readonly offset: number | undefined } | null = null;
  visit(doc, (_, node) => {
    if (isNode(node) && !isAlias(node) && node.tag !== undefined) {
      tagged = { tag: node.tag, offset: node.range?.[0] };
      return visit.BREAK;
    }
    return undefined;
  });
  if (tagged !== null) {
    const { tag, offset } = tagged as { readonly tag: string; readonly offset: number | undefined };
    // Shown as written: the parser resolves "!!set" to its long form.
    const written = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    throw new Refusal(
      `line ${lineOf(offset)}: holds a YAML tag (${written}): use plain mappings, lists, text and numbers`,
    );
  }
  // A warning is as good as an error here: an unknown directive is not plain data.
  const [warning] = doc.warnings;
  if (warning !== undefined) throw new Refusal(`${at(warning.pos[0])}: ${firstLine(warning)}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    throw new Refusal(firstLine(error));
  }
  const kind = nonPlainKind(value);
  if (kind !== null)
    throw new Refusal(`holds a typed YAML value (${kind}): use plain mappings, lists and numbers`);
  return value;
}

/**
 * A user's file text as plain data, by the one policy for scenario and facts files: a `.json` file is strict JSON
 * with no key given twice; anything else is YAML 1.2 (core schema) with no directive, no tag, no key given twice,
 * one document, aliases expanding to at most 100 nodes. Nothing is printed; a refusal is one `AifinError` line
 * naming the file, with every character of the user's text escaped for a terminal.
 * @example parseUserDocument('name: fast', 'fast.yaml', SCENARIO_FILE_RULES) // { name: 'fast' }
 */
export function parseUserDocument(text: string, file: string, rules: UserFileRules): unknown {
  if (typeof text !== 'string') throw new TypeError(`parseUserDocument() needs text, got ${typeof text}`);
  if (typeof file !== 'string')
    throw new TypeError(`parseUserDocument() needs a file name, got ${typeof file}`);
  if (typeof rules !== 'object' || rules === null)
    throw new TypeError('parseUserDocument() needs the rules of a kind of file');
  try {
    return file.toLowerCase().endsWith('.json') ? parseJson(text) : parseYaml(text);
  } catch (error) {
    if (error instanceof Refusal) throw rules.syntax(file, error.message);
    // The parser itself failed on something it should have reported: still the user's file, still one line.
    throw rules.syntax(file, firstLine(error));
  }
}
