import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useCheckedBrowser } from './browser';
import { htmlPages } from './dist-files';

/**
 * Tables never hide their links (issue 10). For every built page with a table whose body holds a link, at
 * 375 px and at 1280 px: every link in a table row lies inside the viewport and inside the table's own visible
 * box (Starlight lets a wide table scroll sideways in place: a link past its right edge is off screen with no
 * hint), with both scroll positions at zero, and the page itself does not scroll sideways.
 */
const TABLE_WITH_LINK = /<table\b[\s\S]*?<tbody>[\s\S]*?<a\s[\s\S]*?<\/table>/;
const pages = htmlPages()
  .filter((p) => p.path.endsWith('/') && TABLE_WITH_LINK.test(p.html))
  .map((p) => p.path);
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);
const WIDTHS = [375, 1280] as const;

/** Links of table rows that are not fully visible without scrolling: "row text -> link text (why)". */
async function hiddenLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const viewport = document.documentElement.clientWidth;
    for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
      table.scrollLeft = 0;
      const box = table.getBoundingClientRect();
      const right = Math.min(viewport, box.left + table.clientWidth);
      const left = Math.max(0, box.left);
      for (const link of table.querySelectorAll<HTMLAnchorElement>('tbody a')) {
        const rect = link.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue; // not rendered (e.g. inside a closed <details>)
        if (rect.left < left - 1 || rect.right > right + 1) {
          const row = link.closest('tr')?.textContent?.trim().replace(/\s+/g, ' ').slice(0, 60) ?? '';
          out.push(
            `${row} -> ${link.textContent?.trim()} (${Math.round(rect.left)}..${Math.round(rect.right)} outside ${Math.round(left)}..${Math.round(right)})`,
          );
        }
      }
    }
    return out;
  });
}

describe('tables keep their links on screen', () => {
  it('finds pages with linked tables to check', () => {
    expect(pages).toContain('/codes/407/');
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const width of WIDTHS) {
    it.each(pages)(`%s at ${width} px`, async (path) => {
      const page = await chrome.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      expect(await hiddenLinks(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
