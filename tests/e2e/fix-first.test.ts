import { describe, expect, inject, it } from 'vitest';
import { builtPages, useCheckedBrowser } from './browser';

// Fix first: someone who lands on an error page from a search, on a phone, sees the fix and a command they
// can copy without scrolling more than a screen and a half. Checked on every error page and on /codes/407/.
const PHONE = { width: 375, height: 812 };
const LIMIT = 1.5 * PHONE.height;

const pages = [...builtPages().filter((p) => p.startsWith('/errors/') && p !== '/errors/'), '/codes/407/'];
const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl);

interface FixPosition {
  heading: { text: string; top: number } | null;
  /** The first visible code block after that heading with a copy button, and its language. */
  block: { top: number; language: string; copyable: boolean } | null;
}

describe('fix-first pages at 375×812', () => {
  it('finds the error pages in dist/', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain('/errors/curl-connect-tunnel-failed/');
  });

  it.each(pages)('%s shows a "fix" heading and a copyable command within 1.5 screens', async (path) => {
    const page = await chrome.context.newPage();
    await page.setViewportSize(PHONE);
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const found: FixPosition = await page.evaluate(() => {
      const top = (el: Element): number => el.getBoundingClientRect().top + window.scrollY;
      const visible = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const main = document.querySelector('main') ?? document.body;
      const heading = [...main.querySelectorAll('h2, h3')].find((h) => /\bfix/i.test(h.textContent ?? ''));
      if (!heading) return { heading: null, block: null };
      const after = (el: Element): boolean => (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      // A command, not the quoted error message: the message blocks are ```text.
      const block = [...main.querySelectorAll('.expressive-code')].find((ec) => {
        const pre = ec.querySelector('pre');
        return after(ec) && visible(ec) && pre !== null && pre.dataset.language !== 'text';
      });
      return {
        heading: { text: heading.textContent ?? '', top: top(heading) },
        block: block
          ? {
              top: top(block),
              language: block.querySelector('pre')?.dataset.language ?? '',
              copyable: block.querySelector('.copy button') !== null,
            }
          : null,
      };
    });

    expect(found.heading, 'a heading containing "fix"').not.toBeNull();
    expect(found.heading!.top, `"${found.heading!.text}" starts within 1.5 screens`).toBeLessThanOrEqual(LIMIT);
    expect(found.block, 'a command or config block after the fix heading').not.toBeNull();
    expect(found.block!.copyable, 'the block has a copy button').toBe(true);
    expect(found.block!.top, `the first ${found.block!.language} block starts within 1.5 screens`).toBeLessThanOrEqual(LIMIT);
    await page.close();
  });
});
