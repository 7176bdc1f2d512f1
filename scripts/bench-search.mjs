// `npm run bench:search`: every query of tests/bench/search-queries.tsv through the BUILT site's search
// dialog in Chromium (run `npx astro build` first; this builds nothing). Prints top-1 and top-3 per
// category, every miss with what came first, and every query that showed no result at all.
// A benchmark, not a test: it prints numbers and exits 0 (tests/e2e/search.test.ts asserts no empties).
// Queries run in PAGES dialog pages at once (each page's dialog is independent); results are reported
// in the file's order.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { readBenchQueries } from './bench-queries.mjs';
import { searchDialog } from './search-driver.mjs';
import { serveDist } from './serve-dist.mjs';

const PAGES = 4;
const queries = readBenchQueries();
const server = await serveDist({ root: 'dist' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  /** @type {string[][]} */
  const answers = new Array(queries.length);
  let next = 0;
  const worker = async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    while (next < queries.length) {
      const i = next++;
      answers[i] = await searchDialog(page, queries[i].query);
    }
  };
  await Promise.all(Array.from({ length: PAGES }, worker));
  /** @type {Map<string, { n: number, top1: number, top3: number }>} */
  const byCategory = new Map();
  const misses = [];
  const empties = [];
  for (const [i, q] of queries.entries()) {
    const results = answers[i];
    const rank = results.findIndex((path) => q.expected.includes(path));
    const stats = byCategory.get(q.category) ?? { n: 0, top1: 0, top3: 0 };
    stats.n += 1;
    if (rank === 0) stats.top1 += 1;
    if (rank >= 0 && rank < 3) stats.top3 += 1;
    byCategory.set(q.category, stats);
    if (results.length === 0) empties.push(q);
    else if (rank !== 0) misses.push({ ...q, got: results.slice(0, 3), rank });
  }
  const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
  const total = { n: 0, top1: 0, top3: 0 };
  console.log('category   queries  top-1            top-3');
  for (const [category, s] of byCategory) {
    total.n += s.n;
    total.top1 += s.top1;
    total.top3 += s.top3;
    console.log(
      `${category.padEnd(10)} ${String(s.n).padStart(7)}  ${pct(s.top1, s.n).padEnd(8)} (${s.top1})  ${pct(s.top3, s.n)} (${s.top3})`,
    );
  }
  console.log(
    `${'all'.padEnd(10)} ${String(total.n).padStart(7)}  ${pct(total.top1, total.n).padEnd(8)} (${total.top1})  ${pct(total.top3, total.n)} (${total.top3})`,
  );
  console.log(`\nempty results: ${empties.length}`);
  for (const q of empties) console.log(`  EMPTY [${q.category}] ${q.query}`);
  console.log(`\nmisses (expected not first): ${misses.length}`);
  for (const m of misses) {
    const where = m.rank < 0 ? 'not in results' : `rank ${m.rank + 1}`;
    console.log(`  [${m.category}] ${m.query.slice(0, 110)}\n      expected ${m.expected.join(' | ')} (${where}); got ${m.got.join(', ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
