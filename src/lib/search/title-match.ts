/**
 * Pages whose title is what the reader typed. Readers type a page's name ("403 Forbidden",
 * "Proxy-Connection header", "error 407") far more often than its content, and Pagefind can rank a
 * short page that merely contains the words above the page named by them. A title matches when
 * every word of a short query is in it and the query covers more than half of the title ("NO_PROXY" names
 * the NO_PROXY guide as much as the "NO_PROXY tester", so a half-covered title is left to the page search); a query that
 * is only a status-code number matches that code's page. Pure and linear in the query.
 */
import { isStatusCode, normalise } from '../errors/normalise';

export interface PageTitle {
  readonly url: string;
  readonly title: string;
}

export interface TitleIndex {
  readonly pages: readonly { readonly url: string; readonly title: string; readonly words: ReadonlySet<string> }[];
}

/** Words that say what kind of page is wanted, not which one. */
const KIND_WORDS = new Set(['header', 'headers', 'status', 'code', 'http', 'https', 'error', 'what', 'does', 'mean', 'meaning', 'scheme']);
const MAX_QUERY_WORDS = 5;
const MIN_TITLE_COVERAGE = 0.5;

export function buildTitleIndex(pages: readonly PageTitle[]): TitleIndex {
  return { pages: pages.map((p) => ({ ...p, words: new Set(titleWords(p.title)) })) };
}

/** At most `limit` pages whose title matches `query`, best first. Never throws. */
export function matchTitles(index: TitleIndex, query: string, limit = 2): PageTitle[] {
  const words = [...new Set(titleWords(query.slice(0, 200)))].filter((w) => !KIND_WORDS.has(w));
  if (words.length === 0 || words.length > MAX_QUERY_WORDS) return [];
  if (words.length === 1 && isStatusCode(words[0]!)) {
    const code = index.pages.find((p) => p.url === `/codes/${words[0]}/`);
    return code ? [{ url: code.url, title: code.title }] : [];
  }
  const scored = index.pages
    .map((p) => ({ page: p, coverage: words.every((w) => p.words.has(w)) ? words.length / p.words.size : 0 }))
    .filter((s) => s.coverage > MIN_TITLE_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage);
  return scored.slice(0, limit).map((s) => ({ url: s.page.url, title: s.page.title }));
}

function titleWords(text: string): string[] {
  return normalise(text).filter((t) => !t.startsWith('<'));
}
