import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { searchDialog } from '../../scripts/search-driver.mjs';
import { useCheckedBrowser } from './browser';

// One behaviour per test, on the built site: search, copy buttons, theme switch.
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl, { clipboard: true });

/** Types a query into the search dialog and returns the result links in the order shown (catalogue first). */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(baseUrl + '/');
  return searchDialog(page, query);
}

describe('the search box', () => {
  // What readers type: a code, a reason phrase, a header, a quoted error message, a variable, a scheme.
  const QUERIES: [string, string][] = [
    ['407', '/codes/407/'],
    ['Proxy Authentication Required', '/codes/407/'],
    ['Bad Gateway', '/codes/502/'],
    ['401', '/codes/401/'],
    ['Proxy-Authenticate', '/headers/proxy-authenticate/'],
    ['Proxy-Authorization', '/headers/proxy-authorization/'],
    ['CONNECT tunnel failed, response 407', '/errors/curl-connect-tunnel-failed/'],
    ['Received HTTP code 407 from proxy after CONNECT', '/errors/curl-received-http-code-407/'],
    ['Unable to tunnel through proxy', '/errors/java-unable-to-tunnel/'],
    ['NO_PROXY', '/guides/no-proxy/'],
    ['E407', '/errors/npm-e407/'],
    ['NTLM', '/schemes/ntlm/'],
  ];

  it.each(QUERIES)('lists the right page first for %j', async (query, expected) => {
    const page = await chrome.context.newPage();
    const results = await search(page, query);
    expect(results[0]).toBe(expected);
    await page.close();
  });
});

describe('a curl snippet copy button', () => {
  it('copies exactly the command', async () => {
    const page = await chrome.context.newPage();
    await page.goto(baseUrl + '/codes/407/');
    const block = page
      .locator('.expressive-code')
      .filter({ hasText: 'curl -U alice -x http://proxy.example.com:3128 https://example.com/' })
      .first();
    await block.hover();
    await block.locator('.copy button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('curl -U alice -x http://proxy.example.com:3128 https://example.com/');
    await page.close();
  });
});

describe('the theme switch', () => {
  it('switches between dark and light and keeps the choice across pages', async () => {
    const page = await chrome.context.newPage();
    await page.goto(baseUrl + '/codes/407/');
    const select = page.locator('starlight-theme-select select').first();
    await select.selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await select.selectOption('light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.goto(baseUrl + '/');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.close();
  });
});
