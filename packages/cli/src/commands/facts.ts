import { describeSourceChain, type FactSet, type Observation } from '@aifin/core';
import { type FactsFlags, loadFactSet } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { formatValue } from '../render/format-value.js';
import { renderTable } from '../render/table.js';
import { tableFit } from '../screen-width.js';

/** `aifin facts` flags. */
export interface FactsOptions extends FactsFlags {
  /** Print the facts as JSON instead of a table. */
  readonly json: boolean;
  /** `--wide`: draw the table at full width rather than narrowed to the screen. */
  readonly wide?: boolean | undefined;
}

/** One vintage of a fact as `facts --json` prints it: the observation, and whether the model uses it. */
export interface VintageRow extends Observation {
  readonly inUse: boolean;
}

const formatFact = (value: number, unit: NonNullable<Observation['unit']>): string =>
  unit === 'usdB' ? `${value} B USD` : unit === 'gw' ? `${value} GW` : formatValue(value, unit);

const statedValue = (fact: Observation): string => {
  const main = fact.value === null || fact.unit === null ? fact.stated : formatFact(fact.value, fact.unit);
  return fact.secondary
    ? `${main}; ${fact.secondary.label}: ${formatFact(fact.secondary.value, fact.secondary.unit)}`
    : main;
};

/** "conf. high" for a fact of the public collection; the article's figures and a file's carry none. */
function confidenceOf(fact: Observation): string | null {
  return fact.confidence === undefined ? null : `conf. ${fact.confidence}`;
}

/**
 * Every vintage of every fact, facts in the set's order and each fact's vintages oldest first.
 * @example vintageRows(BUILTIN_FACT_SET).length // 180: the article's 17 and the public collection's 163
 */
export const vintageRows = (set: FactSet): readonly VintageRow[] => {
  const inUse = new Set<Observation>(set.facts);
  return [...set.vintages.values()].flatMap((list) => list.map((o) => ({ ...o, inUse: inUse.has(o) })));
};

/**
 * Lists every vintage of every sourced fact with its qualifier, period, as-of date and source chain, the one in use
 * marked, or prints them as JSON.
 * @example await runFacts({ json: false }, nodeIo()) // 0
 */
export const runFacts = async (options: FactsOptions, io: Io): Promise<number> => {
  const set = await loadFactSet(options, () => io.cwd);
  const rows = vintageRows(set);
  if (options.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  io.out(`Facts as of ${set.asOf ?? `${set.latest} (the latest known)`}; * marks the vintage in use.\n`);
  io.out(
    renderTable(
      ['id', 'company', 'what', 'value', 'qualifier', 'period', 'as of', 'source'],
      rows.map((fact) => [
        `${fact.inUse ? '*' : ' '}${fact.id}`,
        fact.company,
        fact.label,
        statedValue(fact),
        `${fact.qualifier}: ${fact.qualifierText}`,
        fact.period,
        [fact.asOf, fact.origin === 'built-in' ? null : fact.origin, confidenceOf(fact)]
          .filter((part) => part !== null)
          .join('\n'),
        // A page's address does not fit a terminal column (it would be cut with "…"): --json gives it whole.
        describeSourceChain(fact.source, false),
      ]),
      { widths: [25, 11, 22, 16, 20, 16, 12, 35], ruled: true, fit: tableFit(io, options.wide, 1) },
    ),
  );
  return 0;
};
