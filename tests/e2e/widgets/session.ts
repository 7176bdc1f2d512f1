/**
 * What every widget test checks around its session: requests (only same-origin static assets, none carrying
 * typed text), dialogs (XSS payloads must not fire any), storage and cookies (empty afterwards), axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** Replaces a field's content the way a paste does (one input event), for big inputs. */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((el, value) => {
    const field = el as HTMLTextAreaElement | HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
