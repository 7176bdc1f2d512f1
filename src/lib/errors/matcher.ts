/**
 * Matches what a reader typed or pasted against the catalogue. Two ways to match, best first:
 *
 * - exact: the pattern's tokens appear consecutively in the input (a slot stands for any one token),
 *   so a pasted line is found however much log surrounds it;
 * - fragment: a short query is a run of the pattern's tokens with at least two specific words
 *   ("CONNECT tunnel failed", "Unable to tunnel through proxy");
 * - partial: enough of the pattern's words are present, weighted by how rare each word is across the
 *   catalogue. A partial match needs at least one rare word: "407 Proxy Authentication Required" is
 *   in a dozen messages and names no tool, so it is left to the page search.
 *
 * Linear in the input: it is tokenised once; exact matching only starts at positions holding a
 * pattern's first word, and partial matching looks words up in a set.
 */
import { LINE_BREAK, normalise } from './normalise';
import { parsePattern } from './pattern';
import { TOOLS, type CatalogueEntry, type Cause } from './types';

const SLOT = '*';
/** A word in at most this share of the entries counts as rare. */
const RARE_SHARE = 0.12;
/** A word in more than this share of the entries says nothing about which message it is. */
const GENERIC_SHARE = 0.25;
const MIN_PARTIAL = 0.5;
/** Queries up to this many tokens may be a fragment of a message. */
const MAX_FRAGMENT = 64;
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
}

type MatchKind = 'exact' | 'fragment' | 'partial';

export interface Match {
  readonly entry: CatalogueEntry;
  readonly kind: MatchKind;
  /** Higher is better: exact above 2, fragment in (1, 1.65], partial in [0.35, 1.15]. */
  readonly score: number;
  /** The cause that shares most of the reader's extra words (the first, most likely, when none does). */
  readonly cause: Cause;
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
  const matches: Match[] = [];
  for (const e of index.entries) {
    const tool = e.toolWords.some((w) => positions.has(w));
    const found = scoreEntry(index, e, tokens, positions, query, tool);
    if (found === null) continue;
    const score = found.score + (tool ? TOOL_BONUS : 0);
    matches.push({ entry: e.entry, kind: found.kind, score, cause: bestCause(e, positions) });
  }
  matches.sort((a, b) => b.score - a.score);
  return matches.slice(0, limit);
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
  const partial = partialScore(index, e, positions, tool);
  return partial + (tool ? TOOL_BONUS : 0) >= MIN_PARTIAL ? { kind: 'partial', score: partial } : null;
}

/**
 * True when the whole query is a run of the pattern (slots match any token) with at least two words
 * that are not in most messages: "CONNECT tunnel failed" yes, "Proxy Authentication Required" no.
 */
function isFragment(index: MatcherIndex, query: readonly string[], sequence: readonly string[]): boolean {
  const specific = query.filter((t) => index.weights.has(t) && !index.generic.has(t) && !isClassToken(t)).length;
  if (specific < 2 || query.length > sequence.length) return false;
  for (let begin = 0; begin + query.length <= sequence.length; begin += 1) {
    let ok = true;
    for (let k = 0; k < query.length && ok; k += 1) ok = sequence[begin + k] === SLOT || sequence[begin + k] === query[k];
    if (ok) return true;
  }
  return false;
}

function indexEntry(entry: CatalogueEntry): IndexedEntry {
  const sequence: string[] = [];
  for (const part of parsePattern(entry.message)) {
    if (part.kind === 'slot') sequence.push(SLOT);
    else sequence.push(...normalise(part.text));
  }
  const words = [...new Set(sequence.filter((t) => t !== SLOT))];
  const toolWords = entry.tools.flatMap((tool) => [tool, ...normalise(TOOLS[tool])]);
  const causeWords = entry.causes.map((cause) => normalise(cause.text));
  return { entry, sequence, words, toolWords: [...new Set(toolWords)], causeWords, weak: false };
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
