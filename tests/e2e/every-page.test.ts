import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, cspViolations, useCheckedBrowser, watchPage } from './browser';

// The crawl: every built page loads cleanly, is accessible, keeps its CSP and fits a phone.
const pages = builtPages();
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);

describe('every built page', () => {
  it('finds the pages to check in dist/', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/codes/407/');
  });

  it.each(pages)('%s loads cleanly, passes axe, keeps its CSP and fits 375 px', async (path) => {
    const page = await chrome.context.newPage();
    const problems = watchPage(page, baseUrl);
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp?.match(/script-src[^;]*/)?.[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

    const axe = await new AxeBuilder({ page }).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page scrolls sideways at 375 px').toBeLessThanOrEqual(0);

    expect(await cspViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.offsiteRequests).toEqual([]);
    await page.close();
  });
});
