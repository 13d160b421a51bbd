import { deepFreeze } from '../deep-freeze.js';
/**
 * Every line id, in layout order. Its own module so that expressions (which name lines) and the line definitions
 * (which are expressions) both depend on it instead of on each other.
 */
export const LINE_IDS = [
  'arr.total',
  'arr.enterprise',
  'arr.api',
  'arr.consumer',
  'growth.enterprise',
  'growth.api',
  'growth.consumer',
  'mix.enterprise',
  'mix.api',
  'mix.consumer',
  'revenue.total',
  'costs.computeIntensity',
  'costs.otherRatio',
  'costs.computeNeed',
  'costs.rentAvoided',
  'costs.compute',
  'costs.other',
  'depreciation',
  'costs.total',
  'operatingIncome',
  'operatingMargin',
  'stargate.gwAdded',
  'stargate.gwOwned',
  'capex.buildOut',
  'capex.maintenance',
  'capex',
  'capex.installedBase',
  'freeCashFlow',
  'funding.round',
  'funding.ipo',
  'funding',
  'funding.gap',
  'cash.end',
  'valuation.multiple',
  'valuation',
  'equityValue',
  'dilution',
  'ownership.roundHolders',
  'flag.profitable',
  'flag.fundingGap',
  'flag.profitableSoFar',
  'flag.lossAfterBreakeven',
] as const;

export type LineId = (typeof LINE_IDS)[number];

// Read-only at run time as in their types: a caller writing into a shared constant would change every later result.
deepFreeze(LINE_IDS);
