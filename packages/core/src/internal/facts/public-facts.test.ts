import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../../facts/fact-set.js';
import { FACTS } from '../../facts/facts.js';
import { FACT_ID_PATTERN, isIsoDate, METRIC_UNITS } from '../../facts/facts-file-schema.js';
import { parseFactsText } from '../../facts/parse-facts-text.js';
import { describeSourceChain } from '../../facts/sources.js';
import { BUILTIN_OBSERVATIONS, BUILTIN_TIMELINE } from '../../facts/vintages.js';
import { actualsOf } from '../../model/actuals.js';
import { COLLECTION_CLOSED } from './public-fact.js';
import { PUBLIC_FACTS, PUBLIC_TIMELINE } from './public-facts.js';

const byId = new Map(PUBLIC_FACTS.map((f) => [f.id, f]));
function figure(id: string): number | null | undefined {
  return byId.get(id)?.value;
}

/** The ids the model references, with the value the collection gives each (PUBLIC-FACTS.md). */
const REQUIRED: Readonly<Record<string, number>> = {
  PB8: 13.07,
  PB9: 7.5,
  PB10: 19.18,
  PB11: 5.73,
  PB12: 1.57,
  PB13: 34.0,
  PB14: 20.92,
  PB15: 38.53,
  PB16: 41.55,
  PB16B: 8,
  PB17R: 3.7,
  PB17_COSTS: 12.48,
  PB17_OPLOSS: 8.78,
  PB6_REV: 13,
  PB6_BURN: 8,
  PB6_BURN_TARGET: 9,
  PB2: 8.5,
  PB1: 13,
  PB1B: 12.7,
  PB3: 6,
  PA6: 2.5,
  PA1: 4.3,
  PA2: 2.5,
  PA4: 6.7,
  PA5: 2.0,
  PA7: 7.8,
  PA8: 13.5,
  PA9: 2.5,
  PA10: 17.5,
  PB4: 20,
  PB5_2023: 0.2,
  PB5_2024: 0.6,
  PB5_2025: 1.9,
  PB7_2024: 0.4,
  PB7_2025: 0.33,
  PB28: 0.39,
  PB19: 800,
  PB24_CONSUMER: 0.5,
  PB24_ENTERPRISE: 0.5,
  PB25_REV: 5.7,
  PB25_BURN: 3.7,
  PB26_OPLOSS: 9.3,
  PB26_NETLOSS: 21.3,
  PB27: 2.3,
  PB29: 73,
  PB30: 25,
  PC1: 115,
  PC2_2025: 8,
  PC2_2026: 17,
  PC2_2027: 35,
  PC2_2028: 45,
  PC6: 74,
  PC7_COMPUTE: 121,
  PC7_LOSS: 85,
  PC9_2028: 100,
  PC9_2030: 200,
  PC11_2026: 30,
  PC11_2027: 62,
  PC12: 280,
  PC16: 600,
  PC17_TOTAL: 665,
  PC17_TRAINING: 440,
  PC21_2026: 10,
  PC21_PRIOR: 6.5,
  PC21_POOL: 50,
  PC22: 50,
  PD1: 0.2,
  PD1_SAVINGS: 50,
  PD2: 0.08,
  PD4_VALUE: 135,
  PD4_STAKE: 0.27,
  PD7: 250,
  PD13_TOTAL: 17.2,
  PD13_RND: 10.59,
  PD13_COR: 6.047,
  PE1: 300,
  PE2: 4.5,
  PE4: 250,
  PE5: 38,
  PE6_MARCH: 11.9,
  PE6_MAY: 4,
  PE6_SEPT: 6.5,
  PE6: 22.4,
  PE7_USD: 100,
  PE7_GW: 10,
  PE8: 6,
  PE9: 10,
  PE10_USD: 1400,
  PE10_GW: 30,
  PF1_INITIAL: 100,
  PF1_TOTAL: 500,
  PF2_EQUITY: 19,
  PF2_SHARE: 0.4,
  PF6: 40,
  PF7_ALLIN: 50,
  PF7_NVIDIA: 35,
  PF7_INDUSTRY: 22.5,
  PG1_SIZE: 40,
  PG1_POST: 300,
  PG3_SECOND: 22.5,
  PG3_TOTAL: 41,
  PG3_STAKE: 0.11,
  PG5_SIZE: 6.6,
  PG5_VALUATION: 500,
  PG6_FIRST: 100,
  PG6_PRE: 730,
  PG6_POST: 850,
  PG7_COMMITTED: 122,
  PG7_POST: 852,
  PG7_AMAZON: 50,
  PG7_AMAZON_CONTINGENT: 35,
  PG7_NVIDIA: 30,
  PG7_SOFTBANK: 30,
  PG9_VALUATION: 1000,
};

/** C3's table: free cash flow by forecast vintage, 2025 to 2030. */
const PLAN_FCF = {
  '25Q1': [-7, -8, -20, -11, 12, 41],
  '25Q3': [-9, -17, -35, -47, -8, 38],
  '26Q1': [-8, -25, -57, -85, -51, 39],
} as const;

/** Every compound row of the collection and the facts it is split into (one per value). */
const COMPOUND_ROWS: Readonly<Record<string, readonly string[]>> = {
  B5: ['PB5_2023', 'PB5_2024', 'PB5_2025'],
  B6: ['PB6_REV', 'PB6_REV_PLAN', 'PB6_BURN', 'PB6_BURN_TARGET'],
  B7: ['PB7_2024', 'PB7_2025'],
  B17: ['PB17_COSTS', 'PB17_OPLOSS'],
  B24: ['PB24_CONSUMER', 'PB24_ENTERPRISE'],
  B25: ['PB25_REV', 'PB25_BURN'],
  B26: ['PB26_OPLOSS', 'PB26_NETLOSS'],
  B28: ['PB28', 'PB28_PRIOR'],
  C2: ['PC2_2025', 'PC2_2026', 'PC2_2027', 'PC2_2028'],
  C3: Object.keys(PLAN_FCF).flatMap((v) => [2025, 2026, 2027, 2028, 2029, 2030].map((y) => `PC3_${v}_${y}`)),
  C7: ['PC7_COMPUTE', 'PC7_LOSS'],
  C9: ['PC9_2028', 'PC9_2030'],
  C11: ['PC11_2026', 'PC11_2027'],
  C17: ['PC17_TOTAL', 'PC17_TRAINING'],
  C21: ['PC21_2026', 'PC21_PRIOR', 'PC21_POOL'],
  D1: ['PD1', 'PD1_SAVINGS'],
  D4: ['PD4_VALUE', 'PD4_STAKE'],
  D13: ['PD13_TOTAL', 'PD13_RND', 'PD13_COR'],
  E6: ['PE6_MARCH', 'PE6_MAY', 'PE6_SEPT', 'PE6'],
  E7: ['PE7_USD', 'PE7_GW'],
  E8: ['PE8', 'PE8_WARRANT'],
  E10: ['PE10_USD', 'PE10_GW'],
  F1: ['PF1_INITIAL', 'PF1_TOTAL'],
  F2: ['PF2_EQUITY', 'PF2_SHARE'],
  F7: ['PF7_ALLIN', 'PF7_NVIDIA', 'PF7_INDUSTRY'],
  G1: ['PG1_SIZE', 'PG1_POST'],
  G3: ['PG3_SECOND', 'PG3_TOTAL', 'PG3_STAKE'],
  G5: ['PG5_SIZE', 'PG5_VALUATION'],
  G6: ['PG6_FIRST', 'PG6_PRE', 'PG6_POST'],
  G7: ['PG7_COMMITTED', 'PG7_POST', 'PG7_AMAZON', 'PG7_AMAZON_CONTINGENT', 'PG7_NVIDIA', 'PG7_SOFTBANK'],
  H9: ['PH9_2025', 'PH9_2026', 'PH9_2027', 'PH9_2028'],
  H11: ['PH11_PRIOR', 'PH11'],
  H13: ['PH13_2024', 'PH13_2025', 'PH13_2028'],
  H14: ['PH14_SIZE', 'PH14_POST'],
  H15: ['PH15_SIZE', 'PH15_POST'],
  H18: ['PH18_SIZE', 'PH18_POST'],
  H19: ['PH19_SIZE', 'PH19_POST'],
  H26: ['PH26_SHARE', 'PH26_CUSTOMERS'],
};

/** Rows with one value each, by the collection's row id. */
const SINGLE_ROWS = [
  'A1',
  'A2',
  'A4',
  'A5',
  'A6',
  'A7',
  'A8',
  'A9',
  'A10',
  'B1',
  'B1B',
  'B17R',
  'B2',
  'B3',
  'B4',
  'B8',
  'B9',
  'B10',
  'B11',
  'B12',
  'B13',
  'B14',
  'B15',
  'B16',
  'B16B',
  'B19',
  'B27',
  'B29',
  'B30',
  'C1',
  'C6',
  'C12',
  'C16',
  'C22',
  'D2',
  'D7',
  'E1',
  'E2',
  'E4',
  'E5',
  'E9',
  'F6',
  'G9_VALUATION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'H7',
  'H20',
  'H23',
];

describe('PUBLIC_FACTS', () => {
  it('holds every id the model references, with the value the collection gives', () => {
    for (const [id, value] of Object.entries(REQUIRED)) expect(figure(id), id).toBe(value);
  });

  it('holds C3 as one fact per forecast vintage and year, outflows negative', () => {
    for (const [vintage, values] of Object.entries(PLAN_FCF))
      values.forEach((value, i) => {
        const fact = byId.get(`PC3_${vintage}_${2025 + i}`);
        expect([fact?.value, fact?.year, fact?.kind]).toEqual([value, 2025 + i, 'plan-fcf']);
      });
  });

  it('splits every compound row into one fact per value, and brings each single row once', () => {
    for (const [row, ids] of Object.entries(COMPOUND_ROWS)) {
      expect(ids.length, row).toBeGreaterThan(1);
      for (const id of ids) expect(byId.has(id), `${row}: ${id}`).toBe(true);
    }
    for (const row of SINGLE_ROWS) expect(byId.has(`P${row}`), row).toBe(true);
    const listed = new Set([...Object.values(COMPOUND_ROWS).flat(), ...SINGLE_ROWS.map((r) => `P${r}`)]);
    // Every fact belongs to a row of the collection: nothing invented beside it.
    expect(PUBLIC_FACTS.filter((f) => !listed.has(f.id)).map((f) => f.id)).toEqual([]);
    expect(listed.size).toBe(PUBLIC_FACTS.length);
  });

  it('gives ids that make workbook names: unique case-insensitively, the article’s too, none ending in _year', () => {
    const ids = [...FACTS.map((f) => f.id), ...PUBLIC_FACTS.map((f) => f.id)];
    expect(new Set(ids.map((id) => id.toUpperCase())).size).toBe(ids.length);
    for (const id of ids) {
      expect(id, id).toMatch(FACT_ID_PATTERN);
      expect(id.toLowerCase().endsWith('_year'), id).toBe(false);
    }
    expect(PUBLIC_FACTS.every((f) => f.id.startsWith('P'))).toBe(true);
  });

  it('dates every figure: asOf and point dates are ISO dates, none after the collection closed', () => {
    for (const fact of PUBLIC_FACTS) {
      expect(isIsoDate(fact.asOf), `${fact.id} ${fact.asOf}`).toBe(true);
      expect(fact.asOf <= COLLECTION_CLOSED, fact.id).toBe(true);
      if (fact.date !== undefined) {
        expect(isIsoDate(fact.date), `${fact.id} ${fact.date}`).toBe(true);
        // A point in time is never known before it happens.
        expect(fact.date <= fact.asOf, fact.id).toBe(true);
      }
      if (fact.year !== null) expect(fact.year, fact.id).toBeGreaterThanOrEqual(2023);
    }
    expect(figure('PB8')).toBe(13.07);
    expect(byId.get('PB8')?.asOf).toBe('2026-06-17');
    expect(byId.get('PA1')?.asOf).toBe('2025-09-30');
  });

  it('states each figure in its kind’s unit, so a facts file can revise it', () => {
    for (const fact of PUBLIC_FACTS) {
      expect(fact.unit, fact.id).toBe(METRIC_UNITS[fact.kind as keyof typeof METRIC_UNITS]);
      expect(fact.stated.length, fact.id).toBeGreaterThan(0);
      expect(fact.confidence, fact.id).toMatch(/^(high|medium|low)$/);
    }
    const revised = parseFactsText(
      'facts: [{ id: PB14, value: 21, asOf: 2026-07-01, source: { publisher: FT } }, { id: PH13_2024, value: -0.9, asOf: 2026-07-01, source: { publisher: FT } }]',
      'revised.yaml',
    );
    expect(revised.map((o) => [o.kind, o.unit, o.value])).toEqual([
      ['operating-loss', 'usdB', 21],
      ['gross-margin', 'ratio', -0.9],
    ]);
  });

  it('traces every figure from its original publisher through a dated or undated web page', () => {
    for (const fact of PUBLIC_FACTS) {
      expect(fact.source.original.length, fact.id).toBeGreaterThan(0);
      const via = fact.source.via;
      expect(via && 'url' in via ? via.url : '', fact.id).toMatch(/^https?:\/\//);
    }
    const chainOf = (id: string): string => {
      const fact = byId.get(id);
      if (!fact) throw new Error(`no fact ${id}`);
      return describeSourceChain(fact.source);
    };
    expect(chainOf('PB6_BURN')).toBe(
      'Reuters (a person familiar) → Indian Express (Reuters copy), 2026-02-21, https://indianexpress.com/article/technology/tech-news-technology/openai-expects-compute-spend-of-around-600-billion-through-2030-source-says-10543794/',
    );
    expect(chainOf('PB29')).toBe(
      'The Information → SquaredTech, undated page, https://www.squaredtech.co/?p=18971',
    );
  });

  it('brings no `arr` fact: run rates inside a year never roll the model forward', () => {
    expect(PUBLIC_FACTS.filter((f) => f.kind === 'arr')).toEqual([]);
    expect(actualsOf(resolveFactSet(BUILTIN_OBSERVATIONS)).lastActualYear).toBe(2025);
    expect(PUBLIC_FACTS.filter((f) => f.kind === 'run-rate').map((f) => f.id)).toEqual([
      'PB4',
      'PB30',
      'PH1',
      'PH2',
      'PH3',
      'PH4',
      'PH5',
      'PH7',
    ]);
  });

  it('keeps conflicting figures apart, each labelled', () => {
    // 2025 revenue: target, forecast, actual before the audit, audited.
    expect(['PB1', 'PB1B', 'PB6_REV', 'PB8'].map(figure)).toEqual([13, 12.7, 13, 13.07]);
    expect(new Set(['PB1', 'PB1B', 'PB6_REV', 'PB8'].map((id) => byId.get(id)?.label)).size).toBe(4);
    expect(byId.get('PC3_25Q3_2028')?.stated).toContain('−45');
  });
});

describe('the built-in timeline', () => {
  it('adds the collection’s events without a number, dated ones in order before the undated points', () => {
    for (const event of PUBLIC_TIMELINE) expect(BUILTIN_TIMELINE).toContain(event);
    const dated = BUILTIN_TIMELINE.filter((e) => e.date !== null).map((e) => e.date ?? '');
    expect(dated).toEqual([...dated].sort());
    const firstUndated = BUILTIN_TIMELINE.findIndex((e) => e.date === null);
    expect(BUILTIN_TIMELINE.slice(firstUndated).every((e) => e.date === null)).toBe(true);
    expect(BUILTIN_TIMELINE.map((e) => e.text).join(' ')).toContain('S-1');
  });
});
