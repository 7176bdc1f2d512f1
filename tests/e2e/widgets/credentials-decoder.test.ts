import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newCheckedContext, cspViolations } from '../browser';
import { DIGEST, DIGEST_PASSWORD, JWT, NEGOTIATE_KERBEROS, NTLM_TYPE3, XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectAxeClean, expectNoLeaks, expectNothingStored, openSession, paste, type Session } from './session';

// One browser session through the decoder page: every state, then the privacy checks over all of it.
const baseUrl = inject('baseUrl');
const TAG = 'credentials-decoder';
const INPUT = `${TAG} textarea[data-input]`;
const RESULT = `${TAG} [data-result]`;
let browser: Browser;
let context: BrowserContext;
let session: Session;
let page: Page;
const typed: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  session = await openSession(context, `${baseUrl}/tools/decoder/`);
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

/** Keyboard only: focus the field, select all, type. */
async function typeInto(text: string): Promise<void> {
  typed.push(text);
  await page.locator(INPUT).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe('the credentials decoder', () => {
  it('shows the worked example before any script runs', async () => {
    const res = await fetch(`${baseUrl}/tools/decoder/`);
    const html = await res.text();
    expect(html).toContain('<credentials-decoder');
    expect(html).toMatch(/alice/);
    expect(html).not.toContain('s3cret');
  });

  it('passes axe with the worked example', async () => {
    await expectAxeClean(page, TAG);
  });

  it('reveals the Basic password with the keyboard only, and masks it again', async () => {
    const button = page.locator(`${TAG} button[data-reveal]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${TAG} [data-secret="basic-password"]`).textContent()).toBe('s3cret');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(`${TAG} [data-secret="basic-password"]`).textContent()).toBe('••••••••');
  });

  it('decodes a bare Basic value as you type', async () => {
    await typeInto('Basic Ym9iOnBhOnNz');
    await expect.poll(() => page.locator(`${TAG} [data-field="user"]`).textContent()).toBe('bob');
    await expect.poll(() => page.locator(`${TAG} [data-announce]`).textContent()).toContain('Basic credentials decoded: user bob');
  });

  it('recomputes and checks a Digest response', async () => {
    await typeInto(`Proxy-Authorization: ${DIGEST}`);
    await expect.poll(() => page.locator(RESULT).textContent()).toContain('The server nonce from the challenge');
    await expect.poll(() => page.locator(`${TAG} [data-digest-check]`).isVisible()).toBe(true);
    await page.locator(`${TAG} [data-digest-password]`).focus();
    typed.push(DIGEST_PASSWORD);
    await page.keyboard.insertText(DIGEST_PASSWORD);
    await expect.poll(() => page.locator(`${TAG} [data-digest-result]`).textContent()).toContain('The response matches');
    await page.keyboard.insertText('x');
    await expect.poll(() => page.locator(`${TAG} [data-digest-result]`).textContent()).toContain('does not match');
    await expectAxeClean(page, TAG);
  });

  it('decodes an NTLM type 3 field by field', async () => {
    await typeInto(`> Proxy-Authorization: NTLM ${NTLM_TYPE3}`);
    const text = () => page.locator(RESULT).textContent();
    await expect.poll(text).toContain('AUTHENTICATE_MESSAGE (type 3)');
    const all = (await text()) ?? '';
    expect(all).toContain('Step 3 of 3');
    expect(all).toContain('0xa0888231');
    expect(all).toContain('NTLMSSP_NEGOTIATE_UNICODE');
    expect(all).toContain('MsvAvNbDomainName');
    expect(all).toContain('The user name: alice');
    expect(all).toContain('0102030405060708 (offset 154, 8 bytes)');
    await expectAxeClean(page, TAG);
  });

  it('decodes Negotiate with a Kerberos ticket', async () => {
    await typeInto(`Negotiate ${NEGOTIATE_KERBEROS}`);
    await expect.poll(() => page.locator(RESULT).textContent()).toContain('Kerberos ticket — not decodable without the service key');
  });

  it('decodes a Bearer JWT without verifying it', async () => {
    await typeInto(`Authorization: Bearer ${JWT}`);
    await expect.poll(() => page.locator(RESULT).textContent()).toContain('"sub": "alice"');
    const text = (await page.locator(RESULT).textContent()) ?? '';
    expect(text).toContain('2023-11-14T22:13:20');
    expect(text).toContain('signature is not verified');
  });

  it('underlines the exact character of an error and links it to the field', async () => {
    // 17 base64 characters: the last one is a stray (offset 43 of the input)
    await typeInto('Proxy-Authorization: Basic YWxpY2U6czNjcmV0Y');
    const mark = page.locator(`${TAG} mark.w-mark--error`).first();
    await expect.poll(() => mark.getAttribute('data-code')).toBe('base64-bad-length');
    expect(await mark.textContent()).toBe('Y');
    expect(await mark.evaluate((m) => m.parentElement!.textContent!.indexOf(m.textContent!, 40))).toBe(43);
    expect(await page.locator(INPUT).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(INPUT).getAttribute('aria-describedby')).toBeTruthy();
    await expectAxeClean(page, TAG);
  });

  it('passes axe in the dark theme too', async () => {
    await typeInto(`Proxy-Authorization: NTLM ${NTLM_TYPE3}x`);
    await expect.poll(() => page.locator(RESULT).textContent()).toContain('Problems found');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await expectAxeClean(page, TAG);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto(`Proxy-Authorization: Digest username="${payload}", realm="${payload}"`);
      await expect.poll(() => page.locator(RESULT).textContent()).toContain(payload);
      await typeInto(payload);
      await page.waitForTimeout(50);
    }
    expect(session.dialogs).toEqual([]);
    expect(await page.locator(`${TAG} img, ${TAG} script, ${TAG} svg:not([aria-hidden])`).count()).toBe(0);
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    const big = 'Proxy-Authorization: Basic ' + 'QUFB'.repeat(262_144);
    await paste(page, INPUT, big);
    await expect
      .poll(() => page.locator(`${TAG} [data-announce]`).textContent(), { timeout: 20_000 })
      .toMatch(/Basic credentials decoded|No credentials/);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    // Binary-looking junk (Chromium's own textarea layout is pathologically slow on long runs mixing U+0000 with text,
    // whatever the page does, so NULs are kept rare here).
    const junk = ('\u0001<>é"{'.repeat(1000) + '\u0000').repeat(175);
    await paste(page, INPUT, junk);
    await expect.poll(() => page.locator(RESULT).textContent(), { timeout: 20_000 }).toContain('No credentials found');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    expectNoLeaks(session, baseUrl, [...typed, 's3cret', 'hunter2', 'alice']);
    await expectNothingStored(session, context);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('fits a 375 px screen', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 800 });
    await phone.goto(`${baseUrl}/tools/decoder/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
