/**
 * What every widget test checks around its session: requests (only same-origin static assets, none carrying
 * typed text), dialogs (XSS payloads must not fire any), storage and cookies (empty afterwards), axe.
 *
 * Reads are race-free by construction: every input helper here returns only once the widget shows the answer
 * to that input (`settled`), so a read can never see the previous input's answer, whatever it is. Anything a
 * test does to a widget without these helpers (a click, a key press, selectOption) is followed by `settled`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { beforeAll, expect, inject } from 'vitest';
import { cspViolations, DESKTOP, useCheckedBrowser, type CheckedBrowser } from '../browser';

export interface Session {
  page: Page;
  requests: { url: string; method: string; postData: string | null }[];
  dialogs: string[];
}

export async function openSession(context: BrowserContext, url: string): Promise<Session> {
  const page = await context.newPage();
  const session: Session = { page, requests: [], dialogs: [] };
  page.on('request', (req) => session.requests.push({ url: req.url(), method: req.method(), postData: req.postData() }));
  page.on('dialog', (dialog) => {
    session.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return session;
}

/** No request but GETs of same-origin static files; none carries any of `typed` (in URL or body). */
export function expectNoLeaks(session: Session, baseUrl: string, typed: readonly string[]): void {
  for (const r of session.requests) {
    expect(r.url.startsWith(baseUrl), `request to ${r.url}`).toBe(true);
    expect(r.method, `${r.method} ${r.url}`).toBe('GET');
    expect(r.postData).toBeNull();
    const path = new URL(r.url).pathname;
    expect(path, `${r.url} is not a static asset`).toMatch(/^\/[\w./-]*(?:\.(?:js|css|woff2?|svg|png|ico|json|wasm|pf_[a-z]+)|\/)$/i);
    expect(new URL(r.url).search, `${r.url} has a query`).toBe('');
    for (const text of typed) {
      if (text.length < 4) continue;
      expect(decodeURIComponent(r.url).includes(text), `${r.url} carries typed text`).toBe(false);
    }
  }
}

export async function expectNothingStored(session: Session, context: BrowserContext): Promise<void> {
  // Starlight itself keeps the reader's theme choice under "starlight-theme" (written on every page load, by
  // Starlight's ThemeProvider, not by a widget); anything else would be ours.
  const stored = await session.page.evaluate(async () => ({
    local: Object.keys(localStorage).filter((k) => k !== 'starlight-theme'),
    theme: localStorage.getItem('starlight-theme'),
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: [], theme: expect.stringMatching(/^(|auto|dark|light)$/), session: 0, cookie: '', databases: 0 });
  expect(await context.cookies()).toEqual([]);
}

export async function expectAxeClean(page: Page, tag: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).include(tag).analyze();
  const violations = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(violations).toEqual([]);
}

/**
 * Waits until the widget holding `target` (the widget element itself or anything inside it) shows the answer to
 * its latest input: the widget base marks the element `data-rendering` from the input event until that input's
 * render is in the DOM (debounce and lazy engine load included).
 */
export async function settled(target: Locator, timeout = 60_000): Promise<void> {
  await target.first().evaluate(
    (el, ms) =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const widget = el.closest('[data-ready]');
          if (widget && !widget.hasAttribute('data-rendering')) resolve();
          else if (performance.now() - started > ms) reject(new Error(`the widget did not settle within ${ms} ms`));
          else setTimeout(check, 10);
        };
        check();
      }),
    timeout,
  );
}

/** The widget's live-region announcement of its latest answer (once settled, and once the debounced message is out). */
export async function announcement(widget: Locator): Promise<string> {
  await settled(widget);
  const region = widget.locator('[data-announce]').first();
  await expect.poll(() => region.evaluate((el) => el.hasAttribute('data-pending')), { timeout: 10_000 }).toBe(false);
  return (await region.textContent()) ?? '';
}

/** Replaces a field's content the way a paste does (one `insertFromPaste` input event), for big inputs; returns once settled. */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(selector);
  await field.evaluate((el, value) => {
    const control = el as HTMLTextAreaElement | HTMLInputElement;
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await settled(field);
}

/** Keyboard only: replaces a field's text (focus, select all, delete, type); returns once the widget settled. */
export async function typeText(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(selector);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await settled(field);
}

/** Keyboard only: focus a select and move to the option with the arrow keys. */
export async function chooseOptionByKeyboard(page: Page, selector: string, value: string): Promise<void> {
  const select = page.locator(selector);
  const [from, to] = await select.evaluate((el, v) => {
    const s = el as HTMLSelectElement;
    return [s.selectedIndex, [...s.options].findIndex((o) => o.value === v)];
  }, value);
  await select.focus();
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.inputValue()).toBe(value);
  await settled(select);
}

/** The page still answers script after a big paste. */
export async function expectResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
}

/** What an XSS payload could have turned into inside a widget: images, scripts, visible SVG. */
export const activeContent = (tag: string) => `${tag} img, ${tag} script, ${tag} svg:not([aria-hidden])`;

/** No payload opened a dialog, and nothing in `selector` became markup. */
export async function expectInert(session: Session, selector: string): Promise<void> {
  expect(session.dialogs).toEqual([]);
  expect(await session.page.locator(selector).count()).toBe(0);
}

/** Switches the page to the dark colour scheme, checks axe there, and switches back to light. */
export async function expectAxeCleanInDarkTheme(page: Page, tag: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expectAxeClean(page, tag);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Opens `url` in a fresh dark-scheme context (desktop viewport unless `options` says otherwise) and checks axe there. */
export async function expectAxeCleanInDarkContext(
  browser: Browser,
  url: string,
  tag: string,
  options: Parameters<Browser['newContext']>[0] = { viewport: DESKTOP },
): Promise<void> {
  const dark = await browser.newContext({ ...options, colorScheme: 'dark' });
  const darkPage = await dark.newPage();
  await darkPage.goto(url);
  await darkPage.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expectAxeClean(darkPage, tag);
  await dark.close();
}

export interface WidgetPage extends CheckedBrowser {
  readonly session: Session;
  readonly page: Page;
  /** Everything typed so far, for the leak check. */
  readonly typed: string[];
  /** Keyboard only: focus the field, select all, type (and remember the text); returns once the widget settled. */
  typeInto(selector: string, text: string): Promise<void>;
  /** Waits until the widget holding `selector` shows the answer to its latest input. */
  settled(selector: string): Promise<void>;
  /** Same-origin static requests only, none carrying any of `typed`, nothing stored, no CSP violation. */
  expectPrivate(typed: readonly string[]): Promise<void>;
}

/**
 * One browser session through one widget page for a whole test file: a checked desktop context (clipboard access on
 * request), the page opened at `path` with its requests and dialogs recorded.
 */
export function useWidgetPage(path: string, options: { clipboard?: boolean } = {}): WidgetPage {
  const baseUrl = inject('baseUrl');
  const chrome = useCheckedBrowser(baseUrl, options);
  let opened: Session | undefined;
  beforeAll(async () => {
    opened = await openSession(chrome.context, `${baseUrl}${path}`);
  });
  const session = () => {
    if (!opened) throw new Error('the widget page opens in beforeAll');
    return opened;
  };
  const typed: string[] = [];
  return {
    get browser() {
      return chrome.browser;
    },
    get context() {
      return chrome.context;
    },
    get session() {
      return session();
    },
    get page() {
      return session().page;
    },
    typed,
    async typeInto(selector, text) {
      typed.push(text);
      await typeText(session().page, selector, text);
    },
    settled: (selector) => settled(session().page.locator(selector)),
    async expectPrivate(texts) {
      expectNoLeaks(session(), baseUrl, texts);
      await expectNothingStored(session(), chrome.context);
      expect(await cspViolations(session().page)).toEqual([]);
    },
  };
}
