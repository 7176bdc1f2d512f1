import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { htmlPages } from './dist-files';

/** The desktop viewport every checked context opens with. */
export const DESKTOP = { width: 1280, height: 900 };

/** Debian's Chromium, started as the machine notes advise: no background networking, fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Every HTML page of the built site, as URL paths ("/", "/codes/407/"). 404.html is checked on its own. */
export function builtPages(root = 'dist'): string[] {
  return htmlPages(root)
    .map((p) => p.path)
    .filter((path) => path.endsWith('/'));
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
  cspViolations: string[];
}

/**
 * Watches a page for what must never happen on this site: console errors, failed or 4xx/5xx requests,
 * requests to anything but the site itself, and Content-Security-Policy violations.
 */
export function watchPage(page: Page, baseUrl: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offsiteRequests: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.offsiteRequests.push(url);
  });
  return problems;
}

/** A context whose pages record Content-Security-Policy violations in window.__csp. */
export async function newCheckedContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return context;
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export interface CheckedBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
}

/**
 * One browser and one checked desktop context for a whole test file (launched in beforeAll, closed in afterAll);
 * `clipboard` grants clipboard reads and writes on the site's origin. The fields are set once beforeAll has run.
 */
export function useCheckedBrowser(baseUrl: string, { clipboard = false } = {}): CheckedBrowser {
  const handle: { browser?: Browser; context?: BrowserContext } = {};
  beforeAll(async () => {
    handle.browser = await launchBrowser();
    handle.context = await newCheckedContext(handle.browser, { viewport: DESKTOP });
    if (clipboard) await handle.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });
  afterAll(async () => {
    await handle.browser?.close();
  });
  return {
    get browser() {
      if (!handle.browser) throw new Error('the browser starts in beforeAll');
      return handle.browser;
    },
    get context() {
      if (!handle.context) throw new Error('the context opens in beforeAll');
      return handle.context;
    },
  };
}

/** Opens `url` at 375 px wide in a new page of `context`: nothing may scroll sideways. */
export async function expectFitsPhone(context: BrowserContext, url: string): Promise<void> {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 375, height: 800 });
  await phone.goto(url);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Nothing inside a widget scrolls on its own (form fields aside): on a phone the page scrolls, not a box in it.
  const nested = await phone.evaluate(() =>
    [...document.querySelectorAll('.w-widget *')]
      .filter((el) => !(el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
      .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`),
  );
  expect(nested).toEqual([]);
  await phone.close();
}
