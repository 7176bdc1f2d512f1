/**
 * The order of what the search dialog shows above Pagefind's results. Each source is good at one
 * kind of query, and the order says which source wins when several answer:
 *
 * 1. a catalogued message pasted whole (an `exact` match): the page that fixes that message;
 * 2. a page the query names outright: "444 No Response", "Proxy-Connection header", "401 vs 407";
 * 3. the tool's guide for a setup question: "configure npm behind corporate proxy" (after 4 when the
 *    question also quotes part of a message);
 * 4. a message the query is a fragment of, or shares the rare words of while naming its tool;
 * 5. a page named inside a longer text: "Upgrade fails with HTTP 407 Proxy Authentication Required";
 * 6. other messages sharing enough rare words (often a different tool's wording of the same failure);
 * 7. pages whose title the query mostly covers.
 *
 * A page is listed once, at its best place; messages on the same page keep their own entries only
 * when they point at different headings. Pure.
 */
import type { Match } from '../errors/matcher';
import type { NamedPage } from './named-pages';
import type { PageTitle } from './title-match';

export type Suggestion =
  { readonly kind: 'message'; readonly match: Match } | { readonly kind: 'page'; readonly page: PageTitle; readonly why: PageReason };

/** Why a page is suggested: its name is the query, it is the tool's setup guide, or its title matches. */
export type PageReason = 'named' | 'guide' | 'title';

export interface Candidates {
  /** Catalogue matches, best first. */
  readonly messages: readonly Match[];
  readonly named: readonly NamedPage[];
  readonly guide: PageTitle | null;
  readonly titles: readonly PageTitle[];
}

const MAX_MESSAGES = 3;
const MAX_PAGES = 3;

export function arrange(c: Candidates): Suggestion[] {
  const messages = distinctMessages(c.messages).slice(0, MAX_MESSAGES);
  const message = (m: Match): Suggestion => ({ kind: 'message', match: m });
  const page =
    (why: PageReason) =>
    (p: PageTitle): Suggestion => ({ kind: 'page', page: { url: p.url, title: p.title }, why });
  const strong = (m: Match) => m.kind === 'fragment' || (m.kind === 'partial' && m.tool);
  // A question that also quotes part of a message ("git clone behind proxy: SSL certificate problem")
  // is about that message first.
  const quotes = messages.some((m) => m.kind === 'fragment');
  const guide = c.guide ? [page('guide')(c.guide)] : [];
  const tiers: Suggestion[][] = [
    messages.filter((m) => m.kind === 'exact').map(message),
    c.named.filter((n) => n.strength === 'exact').map(page('named')),
    quotes ? [] : guide,
    messages.filter(strong).map(message),
    quotes ? guide : [],
    c.named.filter((n) => n.strength === 'within').map(page('named')),
    messages.filter((m) => m.kind === 'partial' && !m.tool).map(message),
    c.titles.map(page('title')),
  ];
  const out: Suggestion[] = [];
  const urls = new Set<string>();
  let pages = 0;
  for (const s of tiers.flat()) {
    const url = s.kind === 'message' ? s.match.entry.page : s.page.url;
    if (s.kind === 'page') {
      if (urls.has(url) || pages >= MAX_PAGES) continue;
      pages += 1;
    }
    urls.add(url);
    out.push(s);
  }
  return out;
}

/** One match per page and heading: two wordings of the same message lead to the same fix. */
function distinctMessages(matches: readonly Match[]): Match[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.entry.page}#${m.entry.anchor}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
