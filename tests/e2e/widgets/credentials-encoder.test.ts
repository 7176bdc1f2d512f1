import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, launchBrowser, newCheckedContext } from '../browser';
import { NTLM_TYPE2, XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectAxeClean, expectNoLeaks, expectNothingStored, openSession, paste, type Session } from './session';

const baseUrl = inject('baseUrl');
const TAG = 'credentials-encoder';
let browser: Browser;
let context: BrowserContext;
let session: Session;
let page: Page;
const typed: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  session = await openSession(context, `${baseUrl}/tools/encoder/`);
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

const field = (name: string) => page.locator(`${TAG} [data-field="${name}"]`);
const out = (name: string) => page.locator(`${TAG} [data-out="${name}"]`);
async function typeInto(name: string, text: string): Promise<void> {
  typed.push(text);
  await field(name).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe('the credentials encoder', () => {
  it('shows the worked examples without JavaScript and passes axe', async () => {
    const html = await (await fetch(`${baseUrl}/tools/encoder/`)).text();
    expect(html).toContain('Proxy-Authorization: Basic YWxpY2U6czNjcmV0');
    expect(html).toContain('Proxy-Authorization: NTLM TlRMTVNTUAAB');
    expect(html).toContain('Proxy-Authorization: Digest username=');
    await expectAxeClean(page, TAG);
  });

  it('encodes Basic as you type, masks the password until shown, percent-encodes the proxy URL', async () => {
    await typeInto('basic-password', 'p@ss:wörd');
    await expect.poll(() => out('header').textContent()).toBe('Proxy-Authorization: Basic YWxpY2U6cEBzczp3w7ZyZA==');
    expect(await out('joined').textContent()).toBe('alice:••••••••');
    expect(await out('url').textContent()).toBe('http://alice:••••••••@proxy.example.com:3128');
    await page.locator(`${TAG} button[data-show-password$="basic-password"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => out('url').textContent()).toBe('http://alice:p%40ss%3Aw%C3%B6rd@proxy.example.com:3128');
    expect(await out('joined').textContent()).toBe('alice:p@ss:wörd');
    // Copy with the keyboard: the real URL reaches the clipboard.
    await page.locator(`${TAG} button[data-copy-value^="http://alice"]`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('http://alice:p%40ss%3Aw%C3%B6rd@proxy.example.com:3128');
  });

  it('switches Basic to ISO-8859-1', async () => {
    await field('basic-charset').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => out('header').textContent()).toBe('Proxy-Authorization: Basic YWxpY2U6cEBzczp39nJk');
  });

  it('explains a colon in the user name', async () => {
    await typeInto('basic-user', 'dom:alice');
    await expect.poll(() => page.locator(`${TAG} [data-result="basic"]`).textContent()).toContain('must not contain a colon');
    await expectAxeClean(page, TAG);
    await typeInto('basic-user', 'alice');
  });

  it('answers a pasted Digest challenge with a fresh random cnonce', async () => {
    await typeInto('digest-challenge', 'Proxy-Authenticate: Digest realm="corp", nonce="n1", qop="auth,auth-int", algorithm=MD5-sess');
    await expect.poll(() => out('digest-header').textContent()).toContain('algorithm=MD5-sess');
    const header = (await out('digest-header').textContent()) ?? '';
    expect(header).toContain('qop=auth,');
    const cnonce = (await out('cnonce').textContent()) ?? '';
    expect(cnonce).toMatch(/^[0-9a-f]{32}$/);
    expect(cnonce).not.toBe('0a4f113b0a4f113b0a4f113b0a4f113b');
    await page.locator(`${TAG} button[data-new-cnonce]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => out('cnonce').textContent()).not.toBe(cnonce);
  });

  it('builds an NTLMv2 type 3 from a pasted type 2, with a new random client challenge on demand', async () => {
    await typeInto('ntlm-type2', `Proxy-Authenticate: NTLM ${NTLM_TYPE2}`);
    await expect.poll(() => page.locator(`${TAG} [data-result="ntlm"]`).textContent()).toContain('NTProofStr');
    const before = (await out('client-challenge').textContent()) ?? '';
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    await page.locator(`${TAG} button[data-new-client-challenge]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => out('client-challenge').textContent()).not.toBe(before);
    await typeInto('ntlm-type2', 'TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=');
    await expect.poll(() => page.locator(`${TAG} [data-result="ntlm"]`).textContent()).toContain('not a type 2');
    await expectAxeClean(page, TAG);
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto('basic-user', payload.replace(/:/g, ''));
      await typeInto('digest-challenge', `Digest realm="${payload.replace(/"/g, '')}", nonce="x"`);
      await typeInto('ntlm-type2', payload);
    }
    await expect.poll(() => page.locator(`${TAG} [data-result="digest"]`).textContent()).toContain('svg onload');
    expect(session.dialogs).toEqual([]);
    expect(await page.locator(`${TAG} img, ${TAG} script, ${TAG} svg:not([aria-hidden])`).count()).toBe(0);
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(page, `${TAG} [data-field="digest-challenge"]`, 'Digest realm="' + 'r'.repeat(1_000_000) + '", nonce="n"');
    await paste(page, `${TAG} [data-field="ntlm-type2"]`, 'TlRM'.repeat(250_000));
    await expect
      .poll(() => page.locator(`${TAG} [data-result="ntlm"]`).textContent(), { timeout: 30_000 })
      .toMatch(/Not an NTLM message|not a type 2|Cannot build/);
    await expect
      .poll(() => page.locator(`${TAG} [data-result="digest"]`).textContent(), { timeout: 30_000 })
      .toContain('Proxy-Authorization: Digest');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('passes axe in the dark theme too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expectAxeClean(page, TAG);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('leaks nothing and keeps the CSP', async () => {
    expectNoLeaks(session, baseUrl, [...typed.map((t) => t.slice(0, 60)), 's3cret', 'p@ss']);
    await expectNothingStored(session, context);
    expect(await cspViolations(page)).toEqual([]);
  });
});
