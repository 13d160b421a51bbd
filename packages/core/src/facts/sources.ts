import { deepFreeze } from '../deep-freeze.js';
/** Where a figure was first published, and the article that reports it to us. */
export interface SourceChain {
  /** The original publisher as the article cites it, e.g. "Bloomberg, citing several unnamed people". */
  readonly original: string;
  /** When the original appeared, as precisely as the article says (free text: "2026-02-19", "September 2025"). */
  readonly originalDate: string | null;
  /** The article that reports the figure (every built-in fact reaches us through one); null for a direct source. */
  readonly via: Article | null;
  /** The title and address of the original, where a facts file gives them. */
  readonly title?: string;
  readonly url?: string;
}

export interface Article {
  readonly publisher: string;
  readonly author: string;
  readonly headline: string;
  readonly headlineEnglish: string;
  /** Publication time as ISO 8601 with the publisher's offset. */
  readonly published: string;
}

/** The Huxiu article of 2026-02-20 that every default fact comes from. */
export const HUXIU_2026_02_20: Article = /* @__PURE__ */ deepFreeze({
  publisher: 'Huxiu (虎嗅网), technology desk',
  author: 'Miao Zhengqing (苗正卿)',
  headline: 'OpenAI有望拿到1000亿美元,但也快被逼到墙角了',
  headlineEnglish: 'OpenAI is set to raise $100 billion, but is also nearly backed into a corner',
  published: '2026-02-20T10:25:49+08:00',
});

/**
 * Builds a source chain through the Huxiu article.
 * @example via('Bloomberg', '2026-02-19')
 */
export const viaHuxiu = (original: string, originalDate: string | null): SourceChain => ({
  original,
  originalDate,
  via: HUXIU_2026_02_20,
});

/** One line a reader can follow back: "Bloomberg (2026-02-19) → Huxiu …, 2026-02-20". */
export const describeSourceChain = (source: SourceChain): string => {
  const original = source.originalDate ? `${source.original} (${source.originalDate})` : source.original;
  const titled = [original, source.title ? `“${source.title}”` : null, source.url ?? null]
    .filter((part) => part !== null)
    .join(', ');
  return source.via ? `${titled} → ${source.via.publisher}, ${source.via.published.slice(0, 10)}` : titled;
};
