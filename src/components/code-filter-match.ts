/**
 * The codes index filter's rule, pure and total: what the reader typed -> does an entry match.
 * - "407", "40", "4": codes starting with those digits; "4xx" (or "4XX"): the whole class.
 * - anything else: every word must occur in the entry's text (phrase, vendor, summary), ignoring case.
 * An empty query matches everything.
 */
export interface FilterEntry {
  code: string;
  /** lowercase phrase, origin(s) and summary */
  text: string;
}

export type CodeQuery =
  { kind: 'all' } | { kind: 'prefix'; digits: string } | { kind: 'class'; digit: string } | { kind: 'words'; words: string[] };

const MAX_QUERY = 500;

export function parseCodeQuery(raw: string): CodeQuery {
  const query = raw.slice(0, MAX_QUERY).trim().toLowerCase();
  if (query === '') return { kind: 'all' };
  if (/^\d{1,3}$/.test(query)) return { kind: 'prefix', digits: query };
  const cls = /^(\d)xx$/.exec(query);
  if (cls) return { kind: 'class', digit: cls[1]! };
  return { kind: 'words', words: query.split(/\s+/) };
}

export function matchesCode(entry: FilterEntry, query: CodeQuery): boolean {
  switch (query.kind) {
    case 'all':
      return true;
    case 'prefix':
      return entry.code.startsWith(query.digits);
    case 'class':
      return entry.code.startsWith(query.digit);
    case 'words':
      return query.words.every((w) => entry.code === w || entry.text.includes(w));
  }
}
