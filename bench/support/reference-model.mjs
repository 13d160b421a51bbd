// The reference for the simulation's per-path cost (issue 7): the base equations of the model written out by hand
// as one loop over Float64Arrays, with no expression graph, no generated kernel and no summary machinery. It
// writes the simulated lines in the same layout as core's simulateChunk, so the benchmark can check that both
// compute the same numbers before comparing their speed.

/**
 * Resolves slots once, then returns `evaluate(inputs, facts, years, samples, base, count)`: one path's simulated
 * lines (arr.total, revenue.total, operatingIncome, cash.end, valuation, funding.gap, equityValue) into
 * `samples[(line * years + year) * count + base]`; returns [runwayEndIndex, breakevenIndex] packed as
 * runwayEnd * 64 + breakeven + 65 (−1 for "never").
 */
export const referenceModel = (core) => {
  const { INPUT_IDS, CONSTANTS, BUILTIN_MODEL: model } = core;
  const I = Object.fromEntries(INPUT_IDS.map((id, i) => [id, i]));
  const F = (id, field = 'value') => model.factSlot(id, field);
  const [f1, f1y, f2, f4, f4y, f5, f6, f7, f7y, f8, f9, f10, f11, f12] = [
    F('F1'),
    F('F1', 'year'),
    F('F2'),
    F('F4'),
    F('F4', 'year'),
    F('F5'),
    F('F6'),
    F('F7'),
    F('F7', 'year'),
    F('F8'),
    F('F9'),
    F('F10'),
    F('F11'),
    F('F12'),
  ];
  const flatBand = CONSTANTS.flatArrBand.value;
  const halfYears = CONSTANTS.halfYearsPerYear.value;
  const recognized = (a0, a1) =>
    Math.abs(a1 / a0 - 1) < flatBand
      ? (2 * Math.sqrt(a0 * a1) + (a0 + a1) / 2) / 3
      : (a1 - a0) / Math.log(a1 / a0);
  const N = 16;
  const ent = new Float64Array(N);
  const api = new Float64Array(N);
  const con = new Float64Array(N);
  const gE = new Float64Array(N);
  const gA = new Float64Array(N);
  const gC = new Float64Array(N);
  const arr = new Float64Array(N);
  const rev = new Float64Array(N);
  const ci = new Float64Array(N);
  const or = new Float64Array(N);
  const gwOwned = new Float64Array(N);
  const installed = new Float64Array(N);
  const capex = new Float64Array(N);
  const oi = new Float64Array(N);
  const gap = new Float64Array(N);
  const cash = new Float64Array(N);
  const val = new Float64Array(N);
  const eq = new Float64Array(N);
  const mult = new Float64Array(N);
  const H = 2; // 2025, the last history year
  const first = 2023;

  return (inp, fct, years, samples, base, count) => {
    const mix = [fct[f10], fct[f11], fct[f12]];
    const hist = [fct[f5], fct[f6], fct[f7]];
    for (let t = 0; t <= H; t++) {
      arr[t] = hist[t];
      ent[t] = hist[t] * mix[0];
      api[t] = hist[t] * mix[1];
      con[t] = hist[t] * mix[2];
    }
    const tg = inp[I.terminalGrowth];
    const keep = 1 - inp[I.growthFade];
    for (let t = H + 1; t < years; t++) {
      gE[t] = t === H + 1 ? inp[I.enterpriseGrowth2026] : tg + (gE[t - 1] - tg) * keep;
      gA[t] = t === H + 1 ? inp[I.apiGrowth2026] : tg + (gA[t - 1] - tg) * keep;
      gC[t] = t === H + 1 ? inp[I.consumerGrowth2026] : tg + (gC[t - 1] - tg) * keep;
      ent[t] = ent[t - 1] * (1 + gE[t]);
      api[t] = api[t - 1] * (1 + gA[t]);
      con[t] = con[t - 1] * (1 + gC[t]);
      arr[t] = ent[t] + api[t] + con[t];
    }
    rev[0] = recognized(inp[I.arrEnd2022], arr[0]);
    for (let t = 1; t < years; t++) rev[t] = recognized(arr[t - 1], arr[t]);

    const loss = inp[I.loss2025Basis] === 0 ? fct[f9] : fct[f8] * halfYears;
    const costs2025 = rev[H] + loss;
    const tcc = 1 - inp[I.terminalMargin];
    const tci = tcc * inp[I.terminalComputeShare];
    const tor = tcc * (1 - inp[I.terminalComputeShare]);
    const conv = 1 - inp[I.costConvergence];
    ci[H] = (costs2025 * inp[I.computeCostShare2025]) / rev[H];
    or[H] = (costs2025 * (1 - inp[I.computeCostShare2025])) / rev[H];
    oi[H] = rev[H] - (rev[H] * ci[H] + rev[H] * or[H]);
    cash[H] = inp[I.openingCash];
    mult[H] = fct[f2] / fct[f7];
    val[H] = arr[H] * mult[H];

    const share = inp[I.stargateOpenAiShare];
    const life = inp[I.usefulLife];
    const gwPerYear = (fct[f4] / (fct[f4y] - fct[f7y])) * inp[I.stargateCompletion];
    let runwayEnd = -1;
    let breakeven = -1;
    for (let t = H + 1; t < years; t++) {
      const year = first + t;
      ci[t] = tci + (ci[t - 1] - tci) * conv;
      if (t === H + 1) ci[t] *= 1 + inp[I.computePriceRise2026];
      or[t] = tor + (or[t - 1] - tor) * conv;
      const need = rev[t] * ci[t];
      const gwAdded = year <= fct[f4y] ? gwPerYear : 0;
      gwOwned[t] = (t === H + 1 ? 0 : gwOwned[t - 1]) + gwAdded * share;
      const rentAvoided = t === H + 1 ? 0 : Math.min(gwOwned[t - 1] * inp[I.rentPerGwYear], need);
      const buildOut = gwAdded * inp[I.stargateCostPerGw] * share;
      const maintenance = t === H + 1 ? 0 : installed[t - 1] * inp[I.maintenanceCapexShare];
      installed[t] = (t === H + 1 ? 0 : installed[t - 1]) + buildOut;
      capex[t] = buildOut + maintenance;
      let window = 0;
      for (let i = Math.max(H + 1, t - life + 1); i <= t; i++) window += capex[i];
      const depreciation = window / life;
      oi[t] = rev[t] - (need - rentAvoided + rev[t] * or[t] + depreciation);
      const fcf = oi[t] + depreciation - capex[t];
      const round =
        t === H + 1
          ? fct[f1] * inp[I.fundingVsF1]
          : year === fct[f1y] + 1
            ? fct[f1] * inp[I.laterTranchesVsF1]
            : 0;
      const funding = round + (year === inp[I.ipoYear] ? inp[I.ipoProceeds] : 0);
      gap[t] = Math.max(0, inp[I.minimumCash] - (cash[t - 1] + funding + fcf));
      cash[t] = cash[t - 1] + funding + fcf + gap[t];
      mult[t] = mult[t - 1] - (mult[t - 1] - inp[I.terminalMultiple]) * inp[I.multipleConvergence];
      val[t] = arr[t] * mult[t];
      eq[t] = val[t] + cash[t];
      if (runwayEnd < 0 && gap[t] > 0) runwayEnd = t;
      if (breakeven < 0 && oi[t] >= 0) breakeven = t;
    }
    const lines = [arr, rev, oi, cash, val, gap, eq];
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      for (let y = 0; y < years; y++) samples[(l * years + y) * count + base] = line[y];
    }
    return (runwayEnd + 1) * 64 + breakeven + 1;
  };
};
