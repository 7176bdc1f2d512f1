import { describe, expect, inject, it } from 'vitest';
import { useCheckedBrowser } from './browser';

// The site-wide ways in (issue 10): the home page's search field, the 404 page, the /codes/ filter, and the
// fix on /codes/407/ before its facts box on a phone.
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);
const PHONE = { width: 375, height: 812 };

describe('the search field of the home page', () => {
  it('opens the search dialog with the typed text and shows results for it', async () => {
    const page = await chrome.context.newPage();
    await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
    await page.fill('#hero-search', 'Proxy Authentication Required');
    await page.press('#hero-search', 'Enter');
    const dialogInput = page.locator('site-search dialog input').first();
    await expect.poll(() => page.evaluate(() => document.querySelector('site-search dialog')?.hasAttribute('open'))).toBe(true);
    await expect.poll(() => dialogInput.inputValue(), { timeout: 15_000 }).toBe('Proxy Authentication Required');
    await page.locator('site-search dialog a[href*="/codes/407/"]').first().waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(baseUrl + '/');
    await page.close();
  });

  it('submits to the error-message index when scripts are off', async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    await page.fill('#hero-search', 'E407');
    await page.press('#hero-search', 'Enter');
    await page.waitForURL(/\/errors\/\?q=E407$/);
    await context.close();
  });

  it('claims no "/" shortcut, only the one Starlight binds', async () => {
    const page = await chrome.context.newPage();
    await page.goto(baseUrl + '/');
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\bor \/\)|press \//i);
    await page.close();
  });
});

describe('the 404 page', () => {
  it('offers the search field, started from the words of the missing address, and the most visited pages', async () => {
    const page = await chrome.context.newPage();
    const response = await page.goto(baseUrl + '/guides/curll/', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.inputValue('#hero-search')).toBe('guides curll');
    for (const href of ['/codes/407/', '/codes/', '/errors/', '/guides/curl/']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('the /codes/ filter', () => {
  it('filters by number, phrase or vendor, and by class chip, and says how many are shown', async () => {
    const page = await chrome.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(baseUrl + '/codes/', { waitUntil: 'networkidle' });
    const visible = () => page.locator('li[data-code]:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    const all = (await visible()).length;
    expect(all).toBeGreaterThan(60);

    await page.fill('#code-filter-input', '407');
    expect(await visible()).toEqual(['407']);
    await page.fill('#code-filter-input', 'nginx');
    expect(await visible()).toContain('499');
    await page.fill('#code-filter-input', 'no such phrase anywhere');
    expect(await visible()).toEqual([]);
    await expect.poll(() => page.textContent('[data-filter-status]')).toBe(`0 of ${all} codes shown.`);

    await page.fill('#code-filter-input', '');
    await page.click('button[data-chip="server-error"]');
    const fives = await visible();
    expect(fives.length).toBeGreaterThan(5);
    expect(fives.every((c) => c?.startsWith('5'))).toBe(true);
    expect(await page.getAttribute('button[data-chip="server-error"]', 'aria-pressed')).toBe('true');
    await page.close();
  });

  it('lists every code in the HTML, readable on a phone without the script', async () => {
    const context = await chrome.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(baseUrl + '/codes/');
    expect(await page.locator('li[data-code]').count()).toBeGreaterThan(60);
    expect(await page.locator('.code-filter').isVisible()).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'page height at 375 px').toBeLessThan(20_000);
    await context.close();
  });
});

describe('/codes/407/ on a phone', () => {
  it('shows a fix heading and a copyable command within 1.5 screens, before the facts box', async () => {
    const page = await chrome.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(baseUrl + '/codes/407/', { waitUntil: 'networkidle' });
    const heading = page.locator('main h2', { hasText: /fix/i }).first();
    const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const copy = page.locator('main .expressive-code button[data-code]').first();
    const copyBox = await copy.evaluate((el) => {
      const r = el.closest('figure')!.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    });
    const factsTop = await page
      .locator('dl.status-facts')
      .filter({ visible: true })
      .first()
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(copyBox.top).toBeGreaterThan(headingTop);
    expect(copyBox.bottom).toBeLessThanOrEqual(1.5 * PHONE.height);
    expect(factsTop).toBeGreaterThan(copyBox.bottom);
    await page.close();
  });

  it('hides the facts box under the title before the parser reaches the one below the fix (no layout shift)', async () => {
    // A phone paints the page before it has all of it: served only up to the box placed below the fix, the
    // page must already hide the box under the title, or that box shows first and then disappears.
    const page = await chrome.context.newPage();
    await page.setViewportSize(PHONE);
    await page.route(baseUrl + '/codes/407/', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const cut = html.indexOf('class="facts-here"');
      expect(cut).toBeGreaterThan(0);
      await route.fulfill({ response, body: html.slice(0, html.lastIndexOf('<', cut)) });
    });
    await page.goto(baseUrl + '/codes/407/');
    expect(await page.locator('.facts-here').count()).toBe(0);
    expect(await page.locator('dl.status-facts').count()).toBe(1);
    expect(await page.locator('dl.status-facts').isVisible()).toBe(false);
    await page.close();
  });
});
