import { type SourceChain, viaPage, type WebPage } from '../../facts/sources.js';
import { type PublicFigure, type PublicObservation, publicFact } from './public-fact.js';

// Anthropic (PUBLIC-FACTS.md rows H): run rates by date, rounds and valuations, its plan, its cloud commitment.

const VUINK: WebPage = {
  publisher: 'vuink (blog mirror)',
  date: null,
  url: 'https://vuink.com/post/guryvf-d-dbet/blog/anthropic-at-60b',
};
const PROSPERIAX: WebPage = {
  publisher: 'Prosperiax Finance',
  date: null,
  url: 'https://www.prosperiaxfinance.com/p/anthropic-s-path-to-public-markets',
};
const INTENTMESH: WebPage = {
  publisher: 'AI News (intentmesh)',
  date: null,
  url: 'https://ainews-intentmesh.pages.dev/stories/anthropic-passes-openai-revenue-30b.html',
};
const DISCOVER_HEADLINES: WebPage = {
  publisher: 'Discover Headlines (citing The Guardian)',
  date: null,
  url: 'https://www.discoverheadlines.com/2026/02/the-ai-gold-rush-anthropics-380bn.html',
};
const HTX: WebPage = {
  publisher: 'HTX News (ChainCatcher)',
  date: '2026-05-13',
  url: 'https://www.htx.com/en-in/news/how-the-900-billion-anthropic-was-built-kCnUoCtS/?category=Project+Updates&categoryTitle=Actualit%C3%A9s+des+projets',
};
const PJFP: WebPage = { publisher: 'PJFP.com', date: null, url: 'https://pjfp.com/tag/interpretability/' };
const THE_DECODER: WebPage = {
  publisher: 'The Decoder',
  date: '2025-11-09',
  url: 'https://the-decoder.com/anthropic-is-betting-on-an-audacious-leap-from-4-7-billion-to-70-billion-in-revenue-by-2028/',
};
const NEXTFIN: WebPage = {
  publisher: 'NextFin',
  date: null,
  url: 'https://www.nextfin.ai/en/news/anthropic-delays-cash-flow-positivity-2028-cef5ebe6c9',
};
const TECHTARGET: WebPage = {
  publisher: 'TechTarget',
  date: null,
  url: 'https://www.techtarget.com/searchenterpriseai/news/366619898/AI-startup-Anthropic-raises-35-billion',
};
const LINGO: WebPage = {
  publisher: 'lingo.galtzhu (FT article text)',
  date: null,
  url: 'https://lingo.galtzhu.top/fce-anthropic-raises-30bn-in-latest-round-valuing-claude-bot-maker-at-380bn/',
};
const DAILY_SCOUT: WebPage = {
  publisher: 'The Daily Scout',
  date: null,
  url: 'https://thedailyscout.com/s/gOUjELJl8hw',
};
const FTCHINESE: WebPage = {
  publisher: 'FT (FTChinese English transcript)',
  date: null,
  url: 'http://app001.ftchinese.com/interactive/281775/en',
};
const TUMGAG: WebPage = {
  publisher: 'Tumgag repost',
  date: null,
  url: 'https://www.tumgag.com/gmtasoftware',
};
const MUST_HAVE_GADGETS: WebPage = {
  publisher: 'Must Have Gadgets',
  date: null,
  url: 'https://must-have-gadgets.com/openai-will-lose-74-billion-the-same-year-that-anthropic-breaks-even-report',
};

/** Anthropic's Series G, 2026-02-12 (H18): the date of the run rate stated with it (H4). */
const SERIES_G = '2026-02-12';
/** Anthropic's Series H, 2026-05-28 (H19): the date of the run rate stated with it (H7). */
const SERIES_H = '2026-05-28';

/** An Anthropic figure: the company is set, the rest as the row states it. */
function anthropic(figure: Omit<PublicFigure, 'company'>): PublicObservation {
  return publicFact({ ...figure, company: 'Anthropic' });
}

/** A round's size and post-money valuation (H14–H19), two facts `<id>_SIZE` and `<id>_POST`. */
function round(
  id: string,
  name: string,
  size: number,
  post: number,
  when: { readonly asOf: string; readonly date: string; readonly period: string },
  source: SourceChain,
): readonly PublicObservation[] {
  const common = {
    qualifier: 'exact',
    qualifierText: 'exact',
    period: when.period,
    year: Number(when.date.slice(0, 4)),
    asOf: when.asOf,
    date: when.date,
    confidence: 'high',
    source,
  } as const;
  return [
    anthropic({
      id: `${id}_SIZE`,
      kind: 'round-size',
      label: name,
      value: size,
      stated: `${size} B USD`,
      ...common,
    }),
    anthropic({
      id: `${id}_POST`,
      kind: 'post-money',
      label: `Post-money valuation of the ${name}`,
      value: post,
      stated: `${post} B USD`,
      ...common,
    }),
  ];
}

/** Run rates by date (H1–H7), and OpenAI's reading of the one that passed its own (H6). */
const RUN_RATES: readonly PublicObservation[] = [
  anthropic({
    id: 'PH1',
    kind: 'run-rate',
    label: 'Run-rate revenue',
    value: 1,
    qualifier: 'approx',
    qualifierText: 'approx',
    period: 'Dec 2024 / start of 2025',
    year: 2024,
    stated: '≈ 1 B USD',
    // The page shows no date; the row places it in January 2025 (its last day).
    asOf: '2025-01-31',
    date: '2024-12-31',
    confidence: 'high',
    source: viaPage('not named (public information)', null, VUINK),
  }),
  anthropic({
    id: 'PH2',
    kind: 'run-rate',
    label: 'Run-rate revenue',
    value: 5,
    qualifier: 'approx',
    qualifierText: 'approx',
    period: 'Aug 2025',
    year: 2025,
    stated: '≈ 5 B USD',
    // Neither the page nor the row dates the page: the event's month (its last day).
    asOf: '2025-08-31',
    date: '2025-08-31',
    confidence: 'medium',
    source: viaPage('not named (Anthropic’s Series F disclosure, by context)', null, PROSPERIAX),
  }),
  anthropic({
    id: 'PH3',
    kind: 'run-rate',
    label: 'Run-rate revenue at the end of 2025',
    value: 9,
    qualifier: 'approx',
    qualifierText: 'approx (nearly 10)',
    period: 'Dec 2025',
    year: 2025,
    stated: '≈ 9 B USD (nearly 10)',
    // The page shows no date; the row places it in April 2026 (its last day).
    asOf: '2026-04-30',
    date: '2025-12-31',
    confidence: 'high',
    source: viaPage('not named (Bloomberg, per allweatherfinance)', null, INTENTMESH),
  }),
  anthropic({
    id: 'PH4',
    kind: 'run-rate',
    label: 'Run-rate revenue at the Series G',
    value: 14,
    qualifier: 'exact',
    qualifierText: 'as stated',
    period: 'Feb 2026',
    year: 2026,
    stated: '14 B USD',
    // The page is dated February 2026 without a day: its last day.
    asOf: '2026-02-28',
    date: SERIES_G,
    confidence: 'high',
    source: viaPage('Anthropic / The Guardian', null, DISCOVER_HEADLINES),
  }),
  anthropic({
    id: 'PH5',
    kind: 'run-rate',
    label: 'Run-rate revenue (passing OpenAI’s)',
    value: 30,
    qualifier: 'at-least',
    qualifierText: 'at-least (crossed)',
    period: '2026-04-07',
    year: 2026,
    stated: '> 30 B USD',
    asOf: '2026-04-07',
    date: '2026-04-07',
    confidence: 'high',
    source: viaPage('Anthropic (told staff, investors, reporters)', '2026-04-07', INTENTMESH),
  }),
  anthropic({
    id: 'PH6',
    kind: 'run-rate-net',
    label: 'OpenAI’s net equivalent of Anthropic’s 30 B run rate, after cloud platform fees (disputed)',
    value: 22,
    qualifier: 'estimate',
    qualifierText: 'estimate (by a competitor)',
    period: 'Mar–Apr 2026',
    year: 2026,
    stated: '≈ 22 B USD net of cloud fees',
    asOf: '2026-05-13',
    // The run rate it restates (PH5).
    date: '2026-04-07',
    confidence: 'low',
    source: viaPage('Bloomberg / OpenAI (as relayed)', null, HTX),
  }),
  anthropic({
    id: 'PH7',
    kind: 'run-rate',
    label: 'Run-rate revenue (at the Series H)',
    value: 47,
    qualifier: 'at-least',
    qualifierText: 'at-least (crossed)',
    period: 'May 2026',
    year: 2026,
    stated: '> 47 B USD',
    // The page shows no date; the row places it at the Series H announcement.
    asOf: SERIES_H,
    date: SERIES_H,
    confidence: 'medium',
    source: viaPage('Anthropic (Series H announcement)', SERIES_H, PJFP),
  }),
];

/** The plan (H9, November 2025), breakeven (H11), gross margin (H13). */
const PLAN: readonly PublicObservation[] = [
  ...(
    [
      [2025, 4.7],
      [2026, 15.2],
      [2027, 38.9],
      [2028, 70.0],
    ] as const
  ).map(([year, value]) =>
    anthropic({
      id: `PH9_${year}`,
      kind: 'plan-revenue',
      label: 'Plan revenue (November 2025 forecast)',
      value,
      qualifier: year === 2028 ? 'at-most' : 'projection',
      qualifierText: year === 2028 ? 'projection (up to)' : 'projection',
      period: `FY ${year}, Nov 2025 vintage`,
      year,
      stated: `${year === 2028 ? 'up to ' : ''}${value.toFixed(1)} B USD`,
      asOf: '2025-11-09',
      confidence: 'high',
      source: viaPage('The Information', null, THE_DECODER),
    }),
  ),
  anthropic({
    id: 'PH11_PRIOR',
    kind: 'breakeven-year',
    label: 'Cash-flow-positive year (the earlier plan)',
    value: 2027,
    qualifier: 'projection',
    qualifierText: 'projection (superseded in January 2026)',
    period: 'plan before Jan 2026',
    year: 2027,
    stated: '2027',
    asOf: '2026-01-27',
    confidence: 'medium',
    source: viaPage('The Information', '2026-01-27', NEXTFIN),
  }),
  anthropic({
    id: 'PH11',
    kind: 'breakeven-year',
    label: 'Cash-flow-positive year (plan of January 2026)',
    value: 2028,
    qualifier: 'projection',
    qualifierText: 'projection (moved from 2027)',
    period: 'plan of Jan 2026',
    year: 2028,
    stated: '2028 (from 2027)',
    asOf: '2026-01-27',
    confidence: 'medium',
    source: viaPage('The Information', '2026-01-27', NEXTFIN),
  }),
  ...(
    [
      [2024, -0.94, 'exact', 'actual'],
      [2025, 0.5, 'projection', 'projection'],
      [2028, 0.77, 'projection', 'projection'],
    ] as const
  ).map(([year, value, qualifier, qualifierText]) =>
    anthropic({
      id: `PH13_${year}`,
      kind: 'gross-margin',
      label: 'Gross margin on paying users',
      value,
      qualifier,
      qualifierText,
      period: `FY ${year}`,
      year,
      stated: `${Math.round(value * 100)} %`,
      asOf: '2025-11-09',
      confidence: 'medium',
      source: viaPage('The Information', null, THE_DECODER),
    }),
  ),
];

/** Rounds and valuations (H14–H20), the Google Cloud commitment (H23), the business mix (H26). */
const ROUNDS_AND_MORE: readonly PublicObservation[] = [
  // Each page shows no date; the row places it in a month (its last day), or the announcement's day.
  ...round(
    'PH14',
    'Series E',
    3.5,
    61.5,
    { asOf: '2025-03-31', date: '2025-03-31', period: 'Mar 2025' },
    viaPage('Anthropic', null, TECHTARGET),
  ),
  ...round(
    'PH15',
    'Series F',
    13,
    183,
    { asOf: '2026-02-28', date: '2025-09-30', period: 'Sep 2025' },
    viaPage('Financial Times', null, LINGO),
  ),
  ...round(
    'PH18',
    'Series G',
    30,
    380,
    { asOf: '2026-05-31', date: SERIES_G, period: SERIES_G },
    viaPage('Anthropic announcement', SERIES_G, DAILY_SCOUT),
  ),
  ...round(
    'PH19',
    'Series H',
    65,
    965,
    { asOf: SERIES_H, date: SERIES_H, period: SERIES_H },
    viaPage('Anthropic announcement', SERIES_H, PJFP),
  ),
  anthropic({
    id: 'PH20',
    kind: 'valuation',
    label: 'Expected valuation at the IPO (after the confidential filing)',
    value: 1000,
    qualifier: 'expectation',
    qualifierText: 'expectation (more than)',
    period: 'filed 2026-06-01',
    year: 2026,
    stated: '> 1,000 B USD (expected)',
    asOf: '2026-06-30',
    date: '2026-06-01',
    confidence: 'high',
    source: viaPage('Financial Times', '2026-06-01', FTCHINESE),
  }),
  anthropic({
    id: 'PH23',
    kind: 'contract',
    label: 'Google Cloud spending commitment over five years from 2027',
    value: 200,
    qualifier: 'exact',
    qualifierText: 'as reported',
    period: '2027–2031',
    year: 2027,
    stated: '200 B USD',
    asOf: '2026-05-31',
    confidence: 'medium',
    source: viaPage('The Information (confirmed by Reuters)', null, TUMGAG),
  }),
  anthropic({
    id: 'PH26_SHARE',
    kind: 'revenue-mix',
    label: 'Share of revenue from business customers',
    value: 0.8,
    qualifier: 'approx',
    qualifierText: 'approx',
    period: 'Oct–Nov 2025',
    year: 2025,
    stated: '≈ 80 %',
    asOf: '2025-11-30',
    confidence: 'high',
    source: viaPage('The Wall Street Journal', null, MUST_HAVE_GADGETS),
  }),
  anthropic({
    id: 'PH26_CUSTOMERS',
    kind: 'customers',
    label: 'Business customers',
    value: 300000,
    qualifier: 'at-least',
    qualifierText: 'at-least (more than)',
    period: 'Oct–Nov 2025',
    year: 2025,
    stated: '> 300,000',
    asOf: '2025-11-30',
    confidence: 'high',
    source: viaPage('The Wall Street Journal', null, MUST_HAVE_GADGETS),
  }),
];

/**
 * Anthropic's figures of the public collection (rows H).
 * @example ANTHROPIC_PUBLIC_FACTS.find((f) => f.id === 'PH19_POST')?.value // 965
 */
export const ANTHROPIC_PUBLIC_FACTS: readonly PublicObservation[] = [
  ...RUN_RATES,
  ...PLAN,
  ...ROUNDS_AND_MORE,
];
