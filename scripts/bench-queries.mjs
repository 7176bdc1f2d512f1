// Reads tests/bench/search-queries.tsv: category, query, expected page(s) separated by |, source.
import { readFileSync } from 'node:fs';

/** @returns {{ category: string, query: string, expected: string[], source: string }[]} */
export function readBenchQueries(file = 'tests/bench/search-queries.tsv') {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [category = '', query = '', expected = '', source = ''] = line.split('\t');
      return { category, query, expected: expected.split('|'), source };
    });
}
