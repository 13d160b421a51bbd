import { describe, expect, it } from 'vitest';
import { BUILTIN_FACT_SET } from '../facts/fact-set.js';
import { factValue } from '../facts/queries.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { FIRST_HISTORY_YEAR, FIRST_PROJECTION_YEAR, LAST_HISTORY_YEAR, modelYears } from './calendar.js';
import { BUILTIN_MODEL } from './evaluate.js';
import type { Node } from './expr.js';
import { children } from './expr.js';
import { isInputId } from './inputs.js';
import { LINE_IDS } from './line-ids.js';
import { expressionFor, getLine, LINES, type LineId } from './lines.js';

const evaluateLines = BUILTIN_MODEL.evaluateLines;

const factNode = (id: string): Node => ({ k: 'fact', id: id as `F${number}`, field: 'value' });

/** Every leaf a node reads. */
const leaves = (node: Node): Node[] => {
  const below = children(node);
  return below.length === 0 ? [node] : below.flatMap(leaves);
};

describe('LINES', () => {
  it('has unique ids equal to LINE_IDS, in layout order', () => {
    expect(LINES.map((def) => def.id)).toEqual([...LINE_IDS]);
    expect(new Set(LINE_IDS).size).toBe(LINE_IDS.length);
  });

  it('starts every line in a model year and calibrates only years at or after its start', () => {
    for (const def of LINES) {
      expect([FIRST_HISTORY_YEAR, LAST_HISTORY_YEAR, FIRST_PROJECTION_YEAR], def.id).toContain(def.from);
      for (const y of Object.keys(def.at ?? {}).map(Number)) {
        expect(Number.isInteger(y), `${def.id} ${y}`).toBe(true);
        expect(y, def.id).toBeGreaterThanOrEqual(def.from);
      }
    }
  });

  it('reads only lines, inputs and facts that exist', () => {
    for (const def of LINES) {
      for (const leaf of [def.formula, ...Object.values(def.at ?? {})].flatMap(leaves)) {
        if (leaf.k === 'line') expect(LINE_IDS, def.id).toContain(leaf.id);
        if (leaf.k === 'input') expect(isInputId(leaf.id), `${def.id} reads ${leaf.id}`).toBe(true);
        if (leaf.k === 'fact')
          expect(
            BUILTIN_FACT_SET.facts.some((f) => f.id === leaf.id),
            `${def.id} reads ${leaf.id}`,
          ).toBe(true);
      }
    }
  });

  it('calibrates 2023–2025 total ARR to F5–F7', () => {
    const arr = getLine('arr.total');
    expect(arr.at).toEqual({ 2023: factNode('F5'), 2024: factNode('F6'), 2025: factNode('F7') });
    const values = evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5)['arr.total'];
    expect(values.slice(0, 3)).toEqual([factValue('F5'), factValue('F6'), factValue('F7')]);
  });

  it('calibrates the 2025 mix to F10–F12 and 2025 to the audited operating loss and cash burn, in every scenario', () => {
    const i2025 = modelYears(5).indexOf(2025);
    const reported = (id: string) => BUILTIN_FACT_SET.facts.find((f) => f.id === id)?.value as number;
    for (const scenario of Object.values(BUILTIN_SCENARIOS)) {
      const lines = evaluateLines(scenario.inputs, 5);
      expect(lines['mix.enterprise'][i2025]).toBeCloseTo(factValue('F10'), 12);
      expect(lines['mix.api'][i2025]).toBeCloseTo(factValue('F11'), 12);
      expect(lines['mix.consumer'][i2025]).toBeCloseTo(factValue('F12'), 12);
      expect(lines.operatingIncome[i2025]).toBeCloseTo(-reported('PB14'), 1);
      expect(lines.freeCashFlow[i2025]).toBeCloseTo(-reported('PB6_BURN'), 9);
    }
  });

  it('carries the unit of each line', () => {
    const unitOf = (id: LineId) => getLine(id).unit;
    for (const id of LINE_IDS) {
      if (id.startsWith('arr.') || id.startsWith('capex')) expect(unitOf(id), id).toBe('usdB');
      if (id.startsWith('growth.') || id.startsWith('mix.')) expect(unitOf(id), id).toBe('ratio');
      if (id.startsWith('flag.')) expect(unitOf(id), id).toBe('flag');
    }
    const dollars: LineId[] = [
      'revenue.total',
      'costs.inference',
      'costs.training',
      'costs.total',
      'depreciation',
      'operatingIncome',
      'netIncome',
      'freeCashFlow',
      'funding',
      'funding.gap',
      'cash.end',
      'debt.end',
      'valuation.ev',
      'equityValue',
    ];
    expect(dollars.map(unitOf)).toEqual(Array(dollars.length).fill('usdB'));
    expect(unitOf('operatingMargin')).toBe('ratio');
    expect(unitOf('grossMargin')).toBe('ratio');
    expect(unitOf('compute.contractedGw')).toBe('gw');
    expect(unitOf('valuation.multiple')).toBe('multiple');
  });
});

describe('getLine and expressionFor', () => {
  it('getLine finds a line by id and throws for an unknown one', () => {
    expect(getLine('cash.end').label).toBe('Cash at year end');
    expect(() => getLine('nope' as LineId)).toThrow(/unknown line nope/);
  });

  it('gives null before a line starts, its calibration where there is one, else its formula', () => {
    const cash = getLine('cash.end');
    expect(expressionFor(cash, 2024)).toBeNull();
    expect(expressionFor(cash, 2025)).toEqual({ k: 'input', id: 'openingCash' });
    expect(expressionFor(cash, 2026)).toBe(cash.formula);
    expect(expressionFor(getLine('mix.api'), 2023)).toBe(getLine('mix.api').formula);
  });
});
