// Drives the built site's search dialog the way a reader does: open it, type, wait for every part of
// the answer (our catalogue matches, Pagefind's results, the relaxed search), read the links in the
// order they are shown. Shared by `npm run bench:search` and tests/e2e/search.test.ts.

const RESULT_LINKS =
  '#starlight__search .best-results a, #starlight__search .pagefind-ui__result-link, #starlight__search .relaxed-results a';

/**
 * Types `query` into the open (or opened) search dialog of `page` and returns the distinct page paths
 * of the results, in the order shown (best matches: catalogue messages and named pages; Pagefind's results; relaxed results).
 * @param {import('playwright-core').Page} page a page of the built site
 * @param {string} query
 * @returns {Promise<string[]>}
 */
export async function searchDialog(page, query) {
  const dialog = page.locator('site-search dialog');
  if (!(await dialog.evaluate((d) => /** @type {HTMLDialogElement} */ (d).open))) {
    await page.locator('button[data-open-modal]').first().click();
  }
  const input = page.locator('#starlight__search input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const ours = document.querySelector('#starlight__search [data-state]');
      if (!(ours instanceof HTMLElement) || ours.dataset['state'] !== 'done' || ours.dataset['query'] !== q) return false;
      if (q.trim() === '') return true;
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
      // "N results for <query>": the whole query, so the answer to an earlier query that contains this one
      // ("npm ERR! code E407" before "E407") is not read as this one's.
      const norm = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();
      if (message === '' || /^Searching/i.test(message) || !norm(message).endsWith(' for ' + norm(q))) return false;
      // Pagefind lists a placeholder per result until that result's data has loaded.
      const count = Number(/^(\d+)/.exec(message.replace(/[,.\s]/g, ''))?.[1] ?? 0);
      const links = document.querySelectorAll('#starlight__search .pagefind-ui__result-link').length;
      return links >= Math.min(count, 1) && document.querySelector('#starlight__search .pagefind-ui__loading') === null;
    },
    query,
    { timeout: 60_000, polling: 50 },
  );
  // document.querySelectorAll keeps document order (the order shown); a locator need not.
  const hrefs = await page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname),
    RESULT_LINKS,
  );
  return [...new Set(hrefs)];
}
