import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useCheckedBrowser } from './browser';

// The per-language constants in a code page's facts box sit in a closed <details>, which the every-page axe crawl
// never opens. Here they are opened: the table must be accessible, fit a phone and name the right constants; and
// codes.json / codes.tsv must carry the same names.
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);

const PAGES = [
  { path: '/codes/407/', go: 'http.StatusProxyAuthRequired', node: '"Proxy Authentication Required"' },
  { path: '/codes/413/', go: 'http.StatusRequestEntityTooLarge', node: '"Payload Too Large"' },
  { path: '/codes/418/', go: 'http.StatusTeapot', node: `"I'm a Teapot"` },
  { path: '/codes/499/', go: 'none', node: 'none' },
] as const;

describe('the constants table on code pages', () => {
  for (const width of [1280, 375]) {
    it.each(PAGES)(`$path at ${width} px: opens, names the constants, passes axe, fits`, async ({ path, go, node }) => {
      const page = await chrome.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      // 407 renders the facts box twice (one shown on desktop, one on phones): take the visible one.
      const details = page.locator('details.status-constants:visible').first();
      await details.locator('summary').click();
      const table = details.locator('table');
      await expect.poll(() => table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBe(8);
      const cell = (label: string) => table.locator('tbody tr', { has: page.locator(`th:has-text("${label}")`) }).locator('td');
      expect(await cell('Go net/http').locator('code, .none').first().textContent()).toBe(go);
      expect(await cell('Node http.STATUS_CODES').locator('code, .none').first().textContent()).toBe(node);

      const axe = await new AxeBuilder({ page }).include('.status-facts').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});

describe('codes.json and codes.tsv', () => {
  it('carry each code’s constants and the releases they were read from', async () => {
    const json = (await (await fetch(`${baseUrl}/codes.json`)).json()) as {
      constantSources: Record<string, { release: string }>;
      codes: { code: number; constants: Record<string, { qualified: string } | null> | null }[];
    };
    expect(Object.keys(json.constantSources).sort()).toEqual(['dotnet', 'go', 'java', 'node', 'python', 'rust', 'spring', 'symfony']);
    const c407 = json.codes.find((c) => c.code === 407)?.constants;
    expect(c407?.java?.qualified).toBe('HttpURLConnection.HTTP_PROXY_AUTH');
    expect(json.codes.find((c) => c.code === 418)?.constants?.dotnet).toBeNull();

    const tsv = await (await fetch(`${baseUrl}/codes.tsv`)).text();
    const [header, ...rows] = tsv.trim().split('\n');
    expect(header!.split('\t').slice(-8)).toEqual(['go', 'python', 'java', 'spring', 'dotnet', 'node', 'rust', 'symfony']);
    expect(
      rows
        .find((r) => r.startsWith('407\t'))
        ?.split('\t')
        .at(-1),
    ).toBe('Response::HTTP_PROXY_AUTHENTICATION_REQUIRED');
  });
});
