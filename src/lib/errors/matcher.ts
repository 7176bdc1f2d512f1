/**
 * Matches what a reader typed or pasted against the catalogue. Two ways to match, best first:
 *
 * - exact: the pattern's tokens appear consecutively in the input (a slot stands for any one token),
 *   so a pasted line is found however much log surrounds it;
 * - fragment: a short query is a run of the pattern's tokens with at least two specific words
 *   ("CONNECT tunnel failed", "Unable to tunnel through proxy"), or the query quotes most of the
 *   pattern's specific words in stretches of three or more tokens, with other text between them (an
 *   older version's wording, the proxy's own reason phrase inserted);
 * - partial: enough of the pattern's words are present, weighted by how rare each word is across the
 *   catalogue. A partial match needs at least one rare word: "407 Proxy Authentication Required" is
 *   in a dozen messages and names no tool, so it is left to the page search.
 *
 * Linear in the input: it is tokenised once; exact matching only starts at positions holding a
 * pattern's first word, and partial matching looks words up in a set.
 */
import { containsRun, isStatusCode, LINE_BREAK, normalise } from './normalise';
import { parsePattern } from './pattern';
import { TOOLS, type CatalogueEntry, type Cause } from './types';

const SLOT = '*';
/** Stands for a slot while a pattern is tokenised: a word no message contains. */
const SLOT_MARKER = 'qqslotqq';
/** A word in at most this share of the entries counts as rare. */
const RARE_SHARE = 0.12;
/** A word in more than this share of the entries says nothing about which message it is. */
const GENERIC_SHARE = 0.25;
const MIN_PARTIAL = 0.5;
/** Queries up to this many tokens may be a fragment of a message. */
const MAX_FRAGMENT = 64;
/** Queries up to this many tokens are searched for quoted stretches of a message. */
const MAX_QUOTING = 256;
/** A stretch of the pattern counts as quoted from this many tokens on. */
const MIN_STRETCH = 3;
/** Share of the pattern's specific words that quoted stretches must cover, and their least number. */
const MIN_QUOTED_SHARE = 0.6;
const MIN_QUOTED_WORDS = 4;
/** Words of a longer message, beyond the inner one, that show the reader pasted the longer one. */
const MIN_SURROUNDING_WORDS = 3;
/** A slot in an exact match stands for up to this many tokens. */
const MAX_SLOT_TOKENS = 8;
const TOOL_BONUS = 0.15;

export interface MatcherIndex {
  readonly entries: readonly IndexedEntry[];
  readonly weights: ReadonlyMap<string, number>;
  readonly rare: ReadonlySet<string>;
  readonly generic: ReadonlySet<string>;
}

interface IndexedEntry {
  readonly entry: CatalogueEntry;
  /** Pattern tokens in order; slots are `*`. */
  readonly sequence: readonly string[];
  /** Distinct words of the pattern (no slots). */
  readonly words: readonly string[];
  readonly toolWords: readonly string[];
  readonly causeWords: readonly (readonly string[])[];
  /**
   * Fewer than two words that are not in most messages ("ERROR 407: Proxy Authentication Required."):
   * such a pattern matches exactly only at the start of a line (after a timestamp at most), not
   * inside another tool's longer message.
   */
  readonly weak: boolean;
  /** Ids of the entries whose pattern holds this whole pattern as a run. */
  readonly containedIn: ReadonlySet<string>;
}

export type MatchKind = 'exact' | 'fragment' | 'partial';

export interface Match {
  readonly entry: CatalogueEntry;
  readonly kind: MatchKind;
  /** Higher is better: exact above 2, fragment in (1, 1.65], partial in [0.35, 1.15]. */
  readonly score: number;
  /** The cause that shares most of the reader's extra words (the first, most likely, when none does). */
  readonly cause: Cause;
  /** The query names one of the message's tools ("npm", "Maven"). */
  readonly tool: boolean;
}

/** Prepares the catalogue for matching (once per page load). */
export function buildIndex(entries: readonly CatalogueEntry[]): MatcherIndex {
  const indexed = entries.map(indexEntry);
  const df = new Map<string, number>();
  for (const e of indexed) for (const w of e.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, indexed.length);
  const weights = new Map<string, number>();
  const rare = new Set<string>();
  const generic = new Set<string>();
  for (const [word, count] of df) {
    weights.set(word, Math.log(1 + n / count));
    if (count <= Math.max(2, n * RARE_SHARE) && !isClassToken(word)) rare.add(word);
    if (count > n * GENERIC_SHARE) generic.add(word);
  }
  const entriesWithStrength = indexed.map((e) => ({
    ...e,
    weak: e.words.filter((w) => !isClassToken(w) && !generic.has(w)).length < 2,
    containedIn: new Set(indexed.filter((o) => o !== e && holdsRun(o.sequence, e.sequence)).map((o) => o.entry.id)),
  }));
  return { entries: entriesWithStrength, weights, rare, generic };
}

/** The catalogue entries that match `input`, best first, at most `limit`. Never throws. */
export function matchMessage(index: MatcherIndex, input: string, limit = 5): Match[] {
  const tokens = normalise(input, { lines: true });
  if (tokens.length === 0) return [];
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = positions.get(t);
    if (list) list.push(i);
    else positions.set(t, [i]);
  });
  const query = tokens.length <= MAX_FRAGMENT ? tokens : null;
  const scored: Scored[] = [];
  for (const e of index.entries) {
    const tool = e.toolWords.some((w) => positions.has(w));
    const found = scoreEntry(index, e, tokens, positions, query, tool);
    if (found === null) continue;
    const score = found.score + (tool ? TOOL_BONUS : 0);
    scored.push({ indexed: e, match: { entry: e.entry, kind: found.kind, score, cause: bestCause(e, positions), tool } });
  }
  promoteSurrounding(index, scored, positions);
  return scored
    .map((s) => s.match)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** A match with the indexed entry it came from. */
interface Scored {
  readonly indexed: IndexedEntry;
  match: Match;
}

/**
 * A short message pasted whole can be the inner part of a longer one (Python's "Tunnel connection
 * failed: 407 ..." inside pip's "Retrying ... after connection broken by ..."). When the query also
 * quotes the longer message, that one is what the reader has: it takes the inner one's place, just
 * above it.
 */
function promoteSurrounding(index: MatcherIndex, scored: Scored[], positions: ReadonlyMap<string, number[]>): void {
  // The reader's text must hold words of the longer message beyond the inner one.
  const quotesMore = (outer: IndexedEntry, inner: IndexedEntry) =>
    outer.words.filter((w) => positions.has(w) && !inner.words.includes(w) && !index.generic.has(w)).length >= MIN_SURROUNDING_WORDS;
  for (const outer of scored) {
    if (outer.match.kind !== 'fragment') continue;
    const inner = scored.filter(
      (s) => s.match.kind === 'exact' && s.indexed.containedIn.has(outer.indexed.entry.id) && quotesMore(outer.indexed, s.indexed),
    );
    if (inner.length === 0) continue;
    // Just above the inner message; among several longer ones, the one quoted most goes first.
    const best = Math.max(...inner.map((s) => s.match.score));
    outer.match = { ...outer.match, kind: 'exact', score: best + outer.match.score / 1000 };
  }
}

function scoreEntry(
  index: MatcherIndex,
  e: IndexedEntry,
  tokens: readonly string[],
  positions: ReadonlyMap<string, number[]>,
  query: readonly string[] | null,
  tool: boolean,
): { kind: MatchKind; score: number } | null {
  if (containsSequence(tokens, positions, e.sequence, e.weak)) {
    return { kind: 'exact', score: 2 + e.sequence.length / 100 };
  }
  if (query && isFragment(index, query, e.sequence)) {
    return { kind: 'fragment', score: 1 + (0.5 * query.length) / e.sequence.length };
  }
  const quoted = tokens.length <= MAX_QUOTING ? quotedShare(index, tokens, e.sequence) : 0;
  if (quoted > 0) return { kind: 'fragment', score: 1 + 0.5 * quoted };
  const partial = partialScore(index, e, positions, tool);
  return partial + (tool ? TOOL_BONUS : 0) >= MIN_PARTIAL ? { kind: 'partial', score: partial } : null;
}

/**
 * True when the whole query is a run of the pattern (slots match any token) in which at least two
 * words that are not in most messages meet the same words of the pattern: "CONNECT tunnel failed"
 * yes, "Proxy Authentication Required" no, and "503 Service Unavailable" no (three words that only
 * fall into the slots of `lookup {host} on {ip}:{port}` say nothing about that message).
 */
function isFragment(index: MatcherIndex, query: readonly string[], sequence: readonly string[]): boolean {
  const specific = (t: string) => index.weights.has(t) && !index.generic.has(t) && !isClassToken(t);
  if (query.filter(specific).length < 2 || query.length > sequence.length) return false;
  for (let begin = 0; begin + query.length <= sequence.length; begin += 1) {
    let ok = true;
    let literal = 0;
    for (let k = 0; k < query.length && ok; k += 1) {
      const expected = sequence[begin + k]!;
      if (expected === SLOT) continue;
      ok = expected === query[k];
      if (ok && specific(expected)) literal += 1;
    }
    if (ok && literal >= 2) return true;
  }
  return false;
}

/**
 * The share of the pattern's specific words that the query quotes in stretches of at least
 * MIN_STRETCH consecutive pattern tokens (a slot stands for one token), or 0 when below
 * MIN_QUOTED_SHARE or MIN_QUOTED_WORDS, or when the query lacks a status code the pattern spells out. Greedy from left to right; the work is bounded by the query
 * length times the pattern's length.
 */
function quotedShare(index: MatcherIndex, tokens: readonly string[], sequence: readonly string[]): number {
  const specific = (t: string) => t !== SLOT && !index.generic.has(t) && !isClassToken(t);
  const total = sequence.filter(specific).length;
  if (total < MIN_QUOTED_WORDS) return 0;
  // A status code written into the message is what tells it from its neighbours (403 is not 407).
  if (sequence.some((t) => isStatusCode(t) && !tokens.includes(t))) return 0;
  const covered = new Set<number>();
  for (let t = 0; t < tokens.length;) {
    let bestLength = 0;
    let bestStart = -1;
    for (let s = 0; s < sequence.length; s += 1) {
      if (sequence[s] !== tokens[t]) continue;
      let k = 0;
      while (t + k < tokens.length && s + k < sequence.length && (sequence[s + k] === tokens[t + k] || sequence[s + k] === SLOT)) k += 1;
      if (k > bestLength) {
        bestLength = k;
        bestStart = s;
      }
    }
    if (bestLength >= MIN_STRETCH) {
      for (let k = 0; k < bestLength; k += 1) if (specific(sequence[bestStart + k]!)) covered.add(bestStart + k);
      t += bestLength;
    } else t += 1;
  }
  const share = covered.size / total;
  return covered.size >= MIN_QUOTED_WORDS && share >= MIN_QUOTED_SHARE ? share : 0;
}

function indexEntry(entry: CatalogueEntry): IndexedEntry {
  // The whole message is tokenised at once, each slot written as a marker word, so that text next to a
  // slot reads as it does in a paste: `Err:{number:1}` keeps `err` (alone, `Err:` is a line prefix).
  const marked = parsePattern(entry.message)
    .map((part) => (part.kind === 'slot' ? SLOT_MARKER : part.text))
    .join('');
  const sequence = normalise(marked).map((t) => (t === SLOT_MARKER ? SLOT : t));
  const words = [...new Set(sequence.filter((t) => t !== SLOT))];
  const toolWords = entry.tools.flatMap((tool) => [tool, ...normalise(TOOLS[tool])]);
  const causeWords = entry.causes.map((cause) => normalise(cause.text));
  return { entry, sequence, words, toolWords: [...new Set(toolWords)], causeWords, weak: false, containedIn: new Set() };
}

/** Does `outer` hold `inner` as consecutive tokens (longer, not the same pattern)? */
function holdsRun(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.length < outer.length && containsRun(outer, inner);
}

function containsSequence(
  tokens: readonly string[],
  positions: ReadonlyMap<string, number[]>,
  sequence: readonly string[],
  weak: boolean,
): boolean {
  const anchor = sequence.findIndex((t) => t !== SLOT);
  if (anchor < 0) return false;
  for (const at of positions.get(sequence[anchor]!) ?? []) {
    if (weak && !startsLine(tokens, at)) continue;
    // Slots before the first word are not needed for a match: what precedes it is free.
    if (matchesFrom(tokens, at + 1, sequence, anchor + 1)) return true;
  }
  return false;
}

/** Only numbers (a timestamp, a line number) stand between `at` and the start of its line. */
function startsLine(tokens: readonly string[], at: number): boolean {
  // Bounded look-back: a line prefix longer than a timestamp is not a line start.
  for (let i = at - 1, seen = 0; i >= 0; i -= 1, seen += 1) {
    const t = tokens[i]!;
    if (t === LINE_BREAK) return true;
    if (seen >= 8 || !(t === '<num>' || /^\d+$/.test(t))) return false;
  }
  return true;
}

function isClassToken(token: string): boolean {
  return token.startsWith('<');
}

/**
 * Does `sequence[s..]` match `tokens[t..]`? A slot takes 0 to MAX_SLOT_TOKENS tokens
 * (`org.example:lib:jar:2.1` is six; `{host}:{port}` written `example.com:443` is one). Patterns hold at most a few slots, so the work per start
 * position is bounded by a constant and the whole match stays linear in the input.
 */
function matchesFrom(tokens: readonly string[], t: number, sequence: readonly string[], s: number): boolean {
  if (s === sequence.length) return true;
  if (t >= tokens.length) return false;
  if (sequence[s] !== SLOT) return sequence[s] === tokens[t] && matchesFrom(tokens, t + 1, sequence, s + 1);
  for (let take = 0; take <= MAX_SLOT_TOKENS && t + take <= tokens.length; take += 1) {
    if (matchesFrom(tokens, t + take, sequence, s + 1)) return true;
  }
  return false;
}

function partialScore(index: MatcherIndex, e: IndexedEntry, positions: ReadonlyMap<string, number[]>, tool: boolean): number {
  let total = 0;
  let found = 0;
  let rareFound = tool;
  for (const w of e.words) {
    const weight = index.weights.get(w) ?? 0;
    total += weight;
    if (positions.has(w)) {
      found += weight;
      if (index.rare.has(w)) rareFound = true;
    }
  }
  return rareFound && total > 0 ? found / total : 0;
}

function bestCause(e: IndexedEntry, positions: ReadonlyMap<string, number[]>): Cause {
  // Words of the message itself say nothing about the cause; the reader's extra words might.
  const pattern = new Set(e.words);
  let best = 0;
  let bestCount = 0;
  e.causeWords.forEach((words, i) => {
    const count = new Set(words.filter((w) => positions.has(w) && !pattern.has(w))).size;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return e.entry.causes[best] ?? e.entry.causes[0];
}
