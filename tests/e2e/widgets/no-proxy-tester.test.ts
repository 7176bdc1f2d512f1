import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newCheckedContext, cspViolations } from '../browser';
import { XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectAxeClean, expectNoLeaks, expectNothingStored, openSession, paste, type Session } from './session';

// One browser session through the NO_PROXY tester: every state, then the privacy checks over all of it.
const baseUrl = inject('baseUrl');
const TAG = 'no-proxy-tester';
const RESULT = `${TAG} [data-result]`;
let browser: Browser;
let context: BrowserContext;
let session: Session;
let page: Page;
const typed: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 } });
  session = await openSession(context, `${baseUrl}/tools/no-proxy-tester/`);
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

const field = (name: string) => `${TAG} [data-field="${name}"]`;
const row = (tool: string) => page.locator(`${RESULT} tr[data-tool="${tool}"]`);
const verdict = async (tool: string) => (await row(tool).locator('td').first().textContent())?.trim();

async function chooseOption(selector: string, value: string): Promise<void> {
  const select = page.locator(selector);
  const [from, to] = await select.evaluate((el, v) => {
    const s = el as HTMLSelectElement;
    return [s.selectedIndex, [...s.options].findIndex((o) => o.value === v)];
  }, value);
  await select.focus();
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.inputValue()).toBe(value);
}

async function typeInto(name: string, text: string): Promise<void> {
  typed.push(text);
  await page.locator(field(name)).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe('the NO_PROXY tester', () => {
  it('shows the worked example before any script runs', async () => {
    const html = await (await fetch(`${baseUrl}/tools/no-proxy-tester/`)).text();
    expect(html).toContain('<no-proxy-tester');
    expect(html).toContain('6 of 9 tools bypass the proxy for this URL');
    expect(html).toContain('Bypassed (direct)');
  });

  it('passes axe with the worked example', async () => {
    await expectAxeClean(page, TAG);
    expect(await verdict('go')).toBe('Proxied');
    expect(await verdict('curl')).toBe('Bypassed (direct)');
  });

  it('tells *.name apart per tool as you type (keyboard only)', async () => {
    await typeInto('noProxy', '*.corp.example');
    await typeInto('url', 'https://a.corp.example/');
    await expect.poll(() => verdict('go')).toBe('Bypassed (direct)');
    expect(await verdict('undici')).toBe('Bypassed (direct)');
    expect(await verdict('curl')).toBe('Proxied');
    expect(await verdict('python-requests')).toBe('Proxied');
    await expect.poll(() => page.locator(`${TAG} [data-announce]`).textContent()).toContain('of 9 tools bypass the proxy');
  });

  it('explains ports, CIDR and IPv6', async () => {
    await typeInto('noProxy', 'example.com:443, 10.0.0.0/8, ::1');
    await typeInto('url', 'https://example.com/');
    await expect.poll(() => verdict('go')).toBe('Bypassed (direct)');
    expect(await verdict('curl')).toBe('Proxied');
    await typeInto('url', 'http://10.1.2.3/');
    await expect.poll(() => verdict('curl')).toBe('Bypassed (direct)');
    expect(await row('curl').textContent()).toContain('10.1.2.3 is inside 10.0.0.0/8');
    expect(await verdict('undici')).toBe('Proxied');
    await typeInto('url', 'http://[::1]:8080/');
    await expect.poll(() => verdict('ruby')).toBe('Bypassed (direct)');
    expect(await row('ruby').textContent()).toContain('loopback');
  });

  it('follows the variable case each tool reads', async () => {
    await typeInto('noProxy', 'example.com');
    await typeInto('url', 'http://www.example.com/');
    await chooseOption(field('variables'), 'upper');
    await expect.poll(() => verdict('wget')).toBe('Proxied');
    expect(await row('wget').textContent()).toContain('reads no_proxy only');
    expect(await verdict('go')).toBe('Bypassed (direct)');
    await chooseOption(field('variables'), 'different');
    await expect.poll(() => page.locator(field('upperValue')).isVisible()).toBe(true);
    await typeInto('upperValue', 'other.test');
    await expect.poll(() => verdict('go')).toBe('Proxied');
    expect(await verdict('curl')).toBe('Bypassed (direct)');
    expect(await row('go').textContent()).toContain('it used NO_PROXY');
    await expectAxeClean(page, TAG);
  });

  it('locates a bad URL, links it to the field and passes axe', async () => {
    await typeInto('url', 'http://[::1/');
    await expect.poll(() => page.locator(`${TAG} [data-url-error]`).textContent()).toContain('not a URL');
    expect(await page.locator(field('url')).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(field('url')).getAttribute('aria-describedby')).toContain('url-error');
    await expectAxeClean(page, TAG);
    await typeInto('url', 'https://example.com/');
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto('noProxy', payload);
      await typeInto('url', payload);
      await page.waitForTimeout(50);
    }
    await typeInto('url', 'http://a.example.com/');
    await typeInto('noProxy', '"><script>alert(1)</script>');
    await expect.poll(() => page.locator(RESULT).textContent()).toContain('"><script>alert(1)</script>: Java has no CIDR ranges');
    expect(session.dialogs).toEqual([]);
    expect(await page.locator(`${TAG} img, ${TAG} script, ${TAG} svg:not([aria-hidden])`).count()).toBe(0);
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(page, field('noProxy'), 'a.example,'.repeat(100_000));
    await expect.poll(() => page.locator(RESULT).textContent(), { timeout: 20_000 }).toContain('only the first 100000 are tested');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await paste(page, field('url'), 'http://' + 'a'.repeat(1_000_000));
    await expect.poll(() => page.locator(`${TAG} [data-announce]`).textContent(), { timeout: 20_000 }).toMatch(/tools bypass|No result/);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    expectNoLeaks(session, baseUrl, typed);
    await expectNothingStored(session, context);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('passes axe in the dark theme', async () => {
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${baseUrl}/tools/no-proxy-tester/`);
    await darkPage.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectAxeClean(darkPage, TAG);
    await dark.close();
  });

  it('fits a 375 px screen', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 800 });
    await phone.goto(`${baseUrl}/tools/no-proxy-tester/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
