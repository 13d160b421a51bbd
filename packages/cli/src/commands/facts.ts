import { describeSourceChain, FACTS, type Fact } from '@aifin/core';
import type { Io } from '../io.js';
import { formatValue } from '../render/format-value.js';
import { renderTable } from '../render/table.js';

/** `aifin facts` flags. */
export interface FactsOptions {
  /** Print the facts as JSON instead of a table. */
  readonly json: boolean;
}

const formatFact = (value: number, unit: NonNullable<Fact['unit']>): string =>
  unit === 'usdB' ? `${value} B USD` : unit === 'gw' ? `${value} GW` : formatValue(value, unit);

const statedValue = (fact: Fact): string => {
  const main = fact.value === null || fact.unit === null ? fact.stated : formatFact(fact.value, fact.unit);
  return fact.secondary
    ? `${main}; ${fact.secondary.label}: ${formatFact(fact.secondary.value, fact.secondary.unit)}`
    : main;
};

/**
 * Lists every sourced fact with its qualifier, period and source chain, or prints them as JSON.
 * @example await runFacts({ json: false }, nodeIo()) // 0
 */
export const runFacts = async (options: FactsOptions, io: Io): Promise<number> => {
  if (options.json) {
    io.out(`${JSON.stringify(FACTS, null, 2)}\n`);
    return 0;
  }
  const rows = FACTS.map((fact) => [
    fact.id,
    fact.company,
    fact.label,
    statedValue(fact),
    `${fact.qualifier}: ${fact.qualifierText}`,
    fact.period,
    describeSourceChain(fact.source),
  ]);
  io.out(
    renderTable(['id', 'company', 'what', 'value', 'qualifier', 'period', 'source'], rows, {
      widths: [5, 11, 28, 22, 22, 18, 44],
      ruled: true,
    }),
  );
  return 0;
};
