import { deepFreeze } from '../internal/deep-freeze.js';
/** Where a figure was first published, and the article or web page that reports it to us. */
export interface SourceChain {
  /** The original publisher as the article cites it, e.g. "Bloomberg, citing several unnamed people". */
  readonly original: string;
  /** When the original appeared, as precisely as the article says (free text: "2026-02-19", "September 2025"). */
  readonly originalDate: string | null;
  /**
   * What reports the figure to us: the Huxiu article (F1–F17), a web page that copies or quotes the original (the
   * public facts), or null for a direct source (a facts file's publisher).
   */
  readonly via: Article | WebPage | null;
  /** The title and address of the original, where a facts file gives them. */
  readonly title?: string;
  readonly url?: string;
}

/** A news article that reports a figure, as a fact's `via` names it (the Huxiu article for F1–F17). */
export interface Article {
  readonly publisher: string;
  readonly author: string;
  readonly headline: string;
  readonly headlineEnglish: string;
  /** Publication time as ISO 8601 with the publisher's offset. */
  readonly published: string;
}

/** A stored public web page that states a figure, usually a copy of one original report. */
export interface WebPage {
  /** Who runs the page, as it names itself ("Indian Express (Reuters copy)"). */
  readonly publisher: string;
  /** The page's own date (ISO YYYY-MM-DD), or null when the page shows none. */
  readonly date: string | null;
  readonly url: string;
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
 * @example viaHuxiu('Bloomberg', '2026-02-19')
 */
export function viaHuxiu(original: string, originalDate: string | null): SourceChain {
  return { original, originalDate, via: HUXIU_2026_02_20 };
}

/**
 * Builds a source chain through a web page: the original publisher, then the page that carries the figure.
 * @example viaPage('Reuters', null, { publisher: 'Indian Express (Reuters copy)', date: '2026-02-21', url: 'https://…' })
 */
export function viaPage(original: string, originalDate: string | null, page: WebPage): SourceChain {
  return { original, originalDate, via: page };
}

/** True when the chain goes through an article (the Huxiu piece) rather than a web page. */
function isArticle(via: Article | WebPage): via is Article {
  return 'published' in via;
}

/**
 * The date of what reports a figure (the article's or the page's, YYYY-MM-DD), or null for a direct source or an
 * undated page.
 * @example viaDate(viaHuxiu('Bloomberg', null)) // '2026-02-20'
 */
export function viaDate(source: SourceChain): string | null {
  if (source.via === null) return null;
  return isArticle(source.via) ? source.via.published.slice(0, 10) : source.via.date;
}

/**
 * One line a reader can follow back: "Bloomberg (2026-02-19) → Huxiu …, 2026-02-20", or through a page
 * "Reuters → Indian Express (Reuters copy), 2026-02-21, https://…" ("undated page" when the page shows no date).
 * `withPageUrl: false` leaves the page's address out (a sheet gives it a column of its own).
 * @example describeSourceChain(viaHuxiu('Bloomberg', '2026-02-19'))
 */
export function describeSourceChain(source: SourceChain, withPageUrl = true): string {
  const original = source.originalDate ? `${source.original} (${source.originalDate})` : source.original;
  const titled = [original, source.title ? `“${source.title}”` : null, source.url ?? null]
    .filter((part) => part !== null)
    .join(', ');
  const { via } = source;
  if (via === null) return titled;
  if (isArticle(via)) return `${titled} → ${via.publisher}, ${via.published.slice(0, 10)}`;
  const page = `${titled} → ${via.publisher}, ${via.date ?? 'undated page'}`;
  return withPageUrl ? `${page}, ${via.url}` : page;
}
