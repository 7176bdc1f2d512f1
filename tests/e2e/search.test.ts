import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readBenchQueries } from '../../scripts/bench-queries.mjs';
import { searchDialog } from '../../scripts/search-driver.mjs';
import { cspViolations, useCheckedBrowser } from './browser';

// The search dialog as readers use it: catalogue matches first, Pagefind after, a relaxed search when
// the whole text finds little, lazy loading, the keyboard. Ranking quality is measured by
// `npm run bench:search`; here only what must always hold.
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);

async function openPage(path = '/codes/404/'): Promise<{ page: Page; requests: string[] }> {
  const page = await chrome.context.newPage();
  const requests: string[] = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  await page.goto(baseUrl + path);
  return { page, requests };
}

describe('the search dialog', () => {
  it('shows the catalogue’s match first, as a link with the page title and the likely cause', async () => {
    const { page } = await openPage();
    const results = await searchDialog(page, "fatal: unable to access 'https://git.acme.io/app.git/': CONNECT tunnel failed, response 407");
    expect(results[0]).toBe('/errors/git-407/');
    const first = page.locator('.best-results a').first();
    await expect.poll(() => first.getAttribute('href')).toBe('/errors/git-407/#how-to-fix-it');
    expect(await first.textContent()).toContain('Likely cause: No proxy credentials');
    expect(await page.locator('#starlight__search [role="status"]').first().textContent()).toBe('1 known error message match');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches the catalogue links with Tab from the search field, before Pagefind’s results', async () => {
    const { page } = await openPage();
    await searchDialog(page, 'npm ERR! code E407');
    await page.locator('#starlight__search input').focus();
    let href: string | null = null;
    for (let i = 0; i < 4 && !href?.includes('/errors/'); i += 1) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(href).toBe('/errors/npm-e407/#how-to-fix-it');
    await page.close();
  });

  it('loads the catalogue only when the dialog opens', async () => {
    const { page, requests } = await openPage();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('catalogue'))).toEqual([]);
    await page.locator('button[data-open-modal]').first().click();
    await expect.poll(() => requests.filter((p) => p.includes('catalogue')).length).toBeGreaterThanOrEqual(2);
    expect(requests).toContain('/errors/catalogue.json');
    await page.close();
  });

  it('falls back to the significant words when the whole pasted text matches no page', async () => {
    const { page } = await openPage();
    const query = 'zzqx proxyconnect squid.intra.acme.net:8080 wibble';
    const results = await searchDialog(page, query);
    expect(await page.locator('.pagefind-ui__message').textContent()).toContain('No results');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.locator('.relaxed-results a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens on "/" when focus is not in a field, and leaves "/" typed into a field alone', async () => {
    const { page } = await openPage('/errors/');
    const dialog = page.locator('site-search dialog');
    await page.locator('#error-filter-text').focus();
    await page.keyboard.press('/');
    expect(await page.locator('#error-filter-text').inputValue()).toBe('/');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.close();
  });
});

describe('the search benchmark', () => {
  // Every query gathered for `npm run bench:search` must show at least one result (a link) in the dialog.
  const queries = readBenchQueries();

  it(`shows a result for every one of the ${queries.length} benchmark queries`, { timeout: 900_000 }, async () => {
    const { page } = await openPage('/');
    const empty: string[] = [];
    for (const q of queries) {
      if ((await searchDialog(page, q.query)).length === 0) empty.push(q.query);
    }
    expect(empty).toEqual([]);
    await page.close();
  });
});

describe('the /errors/ list', () => {
  it('narrows by pasted text and by tool, and says how many messages are shown', async () => {
    const { page } = await openPage('/errors/');
    const visible = () => page.locator('.error-list li:visible').count();
    const total = await visible();
    await page.locator('#error-filter-text').fill('npm ERR! code E407 from my.proxy.local');
    const afterText = await visible();
    expect(afterText).toBeGreaterThan(0);
    expect(afterText).toBeLessThan(total);
    expect(await page.locator('.error-list li:visible a').first().getAttribute('href')).toBe('/errors/npm-e407/#how-to-fix-it');
    await page.locator('#error-filter-text').fill('');
    await page.locator('.chip', { hasText: 'wget' }).click();
    const wget = await page.locator('.error-list li:visible').evaluateAll((items) => items.map((li) => li.getAttribute('data-tools')));
    expect(wget.length).toBeGreaterThan(0);
    expect(wget.every((tools) => tools?.split(' ').includes('wget'))).toBe(true);
    expect(await page.locator('.error-filter-status').textContent()).toBe(`${wget.length} of ${total} messages shown`);
    await page.close();
  });
});
