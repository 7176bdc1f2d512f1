/**
 * Pagefind returns only pages that contain every word of the query, so one word a page lacks (a host
 * name, a tool's prefix, a typo) hides it. When the whole query finds fewer than `few` pages, this
 * searches again for each significant word that exists in the index and ranks pages by the rarity
 * of the words they contain (a word on every page counts for little). It uses Pagefind's own module,
 * the one the dialog's UI has already loaded.
 */
import { normalise } from '../../lib/errors/normalise';

export interface PageHit {
  readonly url: string;
  readonly title: string;
  /** The query words the page contains. */
  readonly words: readonly string[];
}

interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_WORDS = 12;
const MAX_HITS = 5;
let pagefind: Promise<Pagefind> | undefined;
let pageCount: Promise<number> | undefined;

export async function relaxedSearch(query: string, few: number, base: string): Promise<PageHit[]> {
  pagefind ??= import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`) as Promise<Pagefind>;
  pageCount ??= fetch(`${base}/pagefind/pagefind-entry.json`)
    .then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>)
    .then((entry) => Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0))
    .catch(() => 100);
  const pf = await pagefind;
  const whole = await pf.search(query);
  const found = whole?.results ?? [];
  if (found.length >= few) return [];
  const words = significantWords(query);
  if (words.length < 2 && found.length > 0) return [];
  const total = await pageCount;
  const scores = new Map<string, { result: PagefindResult; score: number; words: string[] }>();
  const perWord = await Promise.all(words.map(async (word) => ({ word, results: (await pf.search(word))?.results ?? [] })));
  for (const { word, results } of perWord) {
    if (results.length === 0) continue;
    const weight = Math.log(1 + total / results.length);
    for (const result of results) {
      const hit = scores.get(result.id) ?? { result, score: 0, words: [] };
      hit.score += weight + Math.min(result.score, 10) / 100;
      hit.words.push(word);
      scores.set(result.id, hit);
    }
  }
  const already = new Set(found.map((r) => r.id));
  const best = [...scores.values()]
    .filter((h) => !already.has(h.result.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_HITS);
  return Promise.all(
    best.map(async (h) => {
      const data = await h.result.data();
      return { url: data.url, title: data.meta.title ?? data.url, words: h.words };
    }),
  );
}

/** The query's words without variable parts and duplicates, longest first (more specific). */
function significantWords(query: string): string[] {
  const words = normalise(query).filter((t) => !t.startsWith('<') && t.length >= 2);
  return [...new Set(words)]
    .slice(0, MAX_WORDS * 2)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_WORDS);
}
