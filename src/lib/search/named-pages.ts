/**
 * Pages the query names outright. Readers type a status code with its reason phrase ("444 No
 * Response", "HTTP/1.1 407 Proxy Authentication Required"), a header line ("Proxy-Authenticate:
 * NTLM") or two codes to compare ("401 vs 407"); the page about that code, header or comparison is
 * the answer even when an error message shares some of the words. Two strengths:
 *
 * - `exact`: the query is nothing but the name (a code and words of its title, a header line, a
 *   title's every word, codes to compare): shown above any error message that is not pasted whole;
 * - `within`: the name is part of a longer text ("Upgrade fails with HTTP 407 Proxy Authentication
 *   Required", "answers CONNECT with 401 instead of 407"), or the query is how one title, and no
 *   other, begins ("CONNECT method"): shown after the matching error messages.
 *
 * Pure; linear in the query and the number of pages.
 */
import { containsRun, isStatusCode, normalise } from '../errors/normalise';
import type { PageTitle, TitleIndex } from './title-match';

type NamedStrength = 'exact' | 'within';

export interface NamedPage extends PageTitle {
  readonly strength: NamedStrength;
}

/** Words that say what kind of page is wanted, or ask to compare, not which page. */
const KIND_WORDS = new Set([
  'header',
  'headers',
  'field',
  'status',
  'code',
  'codes',
  'http',
  'https',
  'error',
  'response',
  'what',
  'does',
  'mean',
  'meaning',
  'scheme',
  'method',
  'vs',
  'versus',
  'or',
  'difference',
  'between',
  'compared',
]);
/** `Name: value` at the start of the query: a pasted header line. */
const HEADER_LINE = /^\s*([A-Za-z][A-Za-z0-9-]{1,60})\s*:/;
const MAX_QUERY = 400;

export function namedPages(index: TitleIndex, query: string): NamedPage[] {
  const text = query.slice(0, MAX_QUERY);
  const tokens = normalise(text).filter((t) => !t.startsWith('<'));
  const words = tokens.filter((t) => !KIND_WORDS.has(t));
  if (words.length === 0) return [];
  const codes = [...new Set(words.filter(isStatusCode))].filter((c) => pageOf(index, `/codes/${c}/`));
  const found: NamedPage[] = [];
  const add = (url: string, strength: NamedStrength) => {
    const page = pageOf(index, url);
    if (page && !found.some((f) => f.url === url)) found.push({ url, title: page.title, strength });
  };
  if (codes.length === 1) {
    const code = codes[0]!;
    const page = pageOf(index, `/codes/${code}/`)!;
    // "444 No Response", "460 status code": the code with nothing but words of its own title.
    if (words.every((w) => page.words.has(w))) add(page.url, 'exact');
    // "... 407 Proxy Authentication Required ...": the status line inside a longer text.
    else if (containsRun(tokens, titleRun(page.title))) add(page.url, 'within');
  } else if (codes.length > 1) {
    // "401 vs 407": the page whose title names every code.
    const onlyCodes = words.every(isStatusCode);
    for (const p of index.pages) if (codes.every((c) => p.words.has(c))) add(p.url, onlyCodes ? 'exact' : 'within');
  }
  const header = HEADER_LINE.exec(text);
  if (header) add(`/headers/${header[1]!.toLowerCase()}/`, 'exact');
  // "Proxy-Connection header": every word of a title, and nothing else.
  for (const p of index.pages) {
    const titleWords = [...p.words].filter((w) => !KIND_WORDS.has(w));
    if (titleWords.length > 0 && titleWords.length === new Set(words).size && titleWords.every((w) => words.includes(w)))
      add(p.url, 'exact');
  }
  // "CONNECT method": the words begin one page's title, and no other's.
  const starting = index.pages.filter((p) => startsWith(titleRun(p.title), words));
  if (starting.length === 1) add(starting[0]!.url, 'within');
  return found;
}

function pageOf(index: TitleIndex, url: string): TitleIndex['pages'][number] | undefined {
  return index.pages.find((p) => p.url === url);
}

/** The title's words in order, up to a parenthesis: "444 No Response (nginx)" gives 444 no response. */
function titleRun(title: string): string[] {
  return normalise(title.replace(/\s*\(.*$/, '')).filter((t) => !t.startsWith('<'));
}

function startsWith(title: readonly string[], words: readonly string[]): boolean {
  return words.length <= title.length && words.every((w, k) => title[k] === w);
}
