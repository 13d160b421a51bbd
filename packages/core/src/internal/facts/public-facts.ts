import type { TimelineEvent } from '../../facts/fact.js';
import { viaPage } from '../../facts/sources.js';
import { deepFreeze } from '../deep-freeze.js';
import type { PublicObservation } from './public-fact.js';
import { ANTHROPIC_PUBLIC_FACTS } from './public-facts-anthropic.js';
import { DEALS_PUBLIC_FACTS } from './public-facts-deals.js';
import { OPENAI_PUBLIC_FACTS } from './public-facts-openai.js';

/**
 * Every figure of the public collection (PUBLIC-FACTS.md, 2024 – mid-2026), one fact per value, each with its own
 * `asOf`: the second vintage of built-in facts beside the article's F1–F17. Ids are "P" + the collection's row id
 * (`PB8`), with a suffix for each part of a compound row (`PC3_26Q1_2028`, `PG7_POST`).
 * @example PUBLIC_FACTS.find((f) => f.id === 'PB14')?.value // 20.92
 */
export const PUBLIC_FACTS: readonly PublicObservation[] = /* @__PURE__ */ deepFreeze([
  ...OPENAI_PUBLIC_FACTS,
  ...DEALS_PUBLIC_FACTS,
  ...ANTHROPIC_PUBLIC_FACTS,
]);
/** Rows of the collection without a number (F3, the filings of G9 and H20): events, never arithmetic. */
export const PUBLIC_TIMELINE: readonly TimelineEvent[] = /* @__PURE__ */ deepFreeze([
  {
    date: '2025-01-21',
    company: 'OpenAI',
    text: 'Stargate is announced: SoftBank takes financial responsibility (Masayoshi Son chairs), OpenAI operational responsibility.',
    source: viaPage('OpenAI Stargate announcement', '2025-01-21', {
      publisher: 'Anteroom (reviewed 2026-06-30)',
      date: null,
      url: 'https://anteroom.so/partnership/93778bfc-5b42-4780-a148-1215b90732d9',
    }),
  },
  {
    date: '2026-06',
    company: 'OpenAI',
    text: 'OpenAI submits a confidential draft S-1; a listing is possible from September 2026 at the earliest.',
    source: viaPage('OpenAI statement on X', null, {
      publisher: 'Alexa.ng',
      date: null,
      url: 'https://www.alexa.ng/2026/06/openai-files-confidential-sec-paperwork.html',
    }),
  },
  {
    date: '2026-06-01',
    company: 'Anthropic',
    text: 'Anthropic files confidentially for an IPO.',
    source: viaPage('Financial Times', '2026-06-01', {
      publisher: 'FT (FTChinese English transcript)',
      date: null,
      url: 'http://app001.ftchinese.com/interactive/281775/en',
    }),
  },
]);
