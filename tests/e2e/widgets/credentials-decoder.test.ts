import { describe, expect, inject, it } from 'vitest';
import { DIGEST, DIGEST_PASSWORD, JWT, NEGOTIATE_KERBEROS, NTLM_TYPE3, XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectFitsPhone } from '../browser';
import {
  activeContent,
  announcement,
  expectAxeClean,
  expectAxeCleanInDarkTheme,
  expectInert,
  expectResponsive,
  paste,
  useWidgetPage,
} from './session';

// One browser session through the decoder page: every state, then the privacy checks over all of it.
const baseUrl = inject('baseUrl');
const TAG = 'credentials-decoder';
const INPUT = `${TAG} textarea[data-input]`;
const RESULT = `${TAG} [data-result]`;
const w = useWidgetPage('/tools/decoder/', { clipboard: true });
const typeInto = (text: string) => w.typeInto(INPUT, text);
const announced = () => announcement(w.page.locator(TAG));
// typeInto and paste return once the widget shows that input's answer (session.ts `settled`): plain reads follow.

describe('the credentials decoder', () => {
  it('shows the worked example before any script runs', async () => {
    const res = await fetch(`${baseUrl}/tools/decoder/`);
    const html = await res.text();
    expect(html).toContain('<credentials-decoder');
    expect(html).toMatch(/alice/);
    expect(html).not.toContain('s3cret');
  });

  it('passes axe with the worked example', async () => {
    await expectAxeClean(w.page, TAG);
  });

  it('reveals the Basic password with the keyboard only, and masks it again', async () => {
    const button = w.page.locator(`${TAG} button[data-reveal]`);
    await button.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator(`${TAG} [data-secret="basic-password"]`).textContent()).toBe('s3cret');
    // its bytes are the password too: hidden and shown with it
    expect(await w.page.locator(`${TAG} [data-secret="basic-password-bytes"]`).textContent()).toBe('73 33 63 72 65 74');
    expect(await button.textContent()).toBe('Hide');
    await w.page.keyboard.press('Space');
    await expect.poll(() => w.page.locator(`${TAG} [data-secret="basic-password"]`).textContent()).toBe('••••••••');
    expect(await w.page.locator(`${TAG} [data-secret="basic-password-bytes"]`).textContent()).toBe('•• •• •• •• •• ••');
    expect(await button.textContent()).toBe('Show');
  });

  it('decodes a bare Basic value as you type', async () => {
    await typeInto('Basic Ym9iOnBhOnNz');
    expect(await w.page.locator(`${TAG} [data-field="user"]`).textContent()).toBe('bob');
    expect(await announced()).toContain('Basic credentials decoded: user bob');
  });

  it('recomputes and checks a Digest response', async () => {
    await typeInto(`Proxy-Authorization: ${DIGEST}`);
    expect(await w.page.locator(RESULT).textContent()).toContain('The server nonce from the challenge');
    expect(await w.page.locator(`${TAG} [data-digest-check]`).isVisible()).toBe(true);
    await w.typeInto(`${TAG} [data-digest-password]`, DIGEST_PASSWORD);
    expect(await w.page.locator(`${TAG} [data-digest-result]`).textContent()).toContain('The response matches');
    await w.page.keyboard.insertText('x');
    await w.settled(TAG);
    expect(await w.page.locator(`${TAG} [data-digest-result]`).textContent()).toContain('does not match');
    await expectAxeClean(w.page, TAG);
  });

  it('decodes an NTLM type 3 field by field', async () => {
    await typeInto(`> Proxy-Authorization: NTLM ${NTLM_TYPE3}`);
    const all = (await w.page.locator(RESULT).textContent()) ?? '';
    expect(all).toContain('AUTHENTICATE_MESSAGE (type 3)');
    expect(all).toContain('Step 3 of 3');
    expect(all).toContain('0xa0888231');
    expect(all).toContain('NTLMSSP_NEGOTIATE_UNICODE');
    expect(all).toContain('MsvAvNbDomainName');
    expect(all).toContain('The user name: alice');
    expect(all).toContain('0102030405060708 (offset 154, 8 bytes)');
    await expectAxeClean(w.page, TAG);
  });

  it('decodes Negotiate with a Kerberos ticket', async () => {
    await typeInto(`Negotiate ${NEGOTIATE_KERBEROS}`);
    expect(await w.page.locator(RESULT).textContent()).toContain('Kerberos ticket — not decodable without the service key');
  });

  it('decodes a Bearer JWT without verifying it', async () => {
    await typeInto(`Authorization: Bearer ${JWT}`);
    const text = (await w.page.locator(RESULT).textContent()) ?? '';
    expect(text).toContain('"sub": "alice"');
    expect(text).toContain('2023-11-14T22:13:20');
    expect(text).toContain('signature is not verified');
  });

  it('underlines the exact character of an error and links it to the field', async () => {
    // 17 base64 characters: the last one is a stray (offset 43 of the input)
    await typeInto('Proxy-Authorization: Basic YWxpY2U6czNjcmV0Y');
    const mark = w.page.locator(`${TAG} mark.w-mark--error`).first();
    expect(await mark.getAttribute('data-code')).toBe('base64-bad-length');
    expect(await mark.textContent()).toBe('Y');
    expect(await mark.evaluate((m) => m.parentElement!.textContent!.indexOf(m.textContent!, 40))).toBe(43);
    expect(await w.page.locator(INPUT).getAttribute('aria-invalid')).toBe('true');
    expect(await w.page.locator(INPUT).getAttribute('aria-describedby')).toBeTruthy();
    await expectAxeClean(w.page, TAG);
  });

  it('passes axe in the dark theme too', async () => {
    await typeInto(`Proxy-Authorization: NTLM ${NTLM_TYPE3}x`);
    expect(await w.page.locator(RESULT).textContent()).toContain('Problems found');
    await expectAxeCleanInDarkTheme(w.page, TAG);
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto(`Proxy-Authorization: Digest username="${payload}", realm="${payload}"`);
      expect(await w.page.locator(RESULT).textContent()).toContain(payload);
      await typeInto(payload);
    }
    await expectInert(w.session, activeContent(TAG));
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    const big = 'Proxy-Authorization: Basic ' + 'QUFB'.repeat(262_144);
    await paste(w.page, INPUT, big);
    expect(await announced()).toMatch(/Basic credentials decoded|No credentials/);
    await expectResponsive(w.page);
    // Binary-looking junk (Chromium's own textarea layout is pathologically slow on long runs mixing U+0000 with text,
    // whatever the page does, so NULs are kept rare here).
    const junk = ('\u0001<>é"{'.repeat(1000) + '\u0000').repeat(175);
    await paste(w.page, INPUT, junk);
    expect(await w.page.locator(RESULT).textContent()).toContain('No credentials found');
    await expectResponsive(w.page);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    await w.expectPrivate([...w.typed, 's3cret', 'hunter2', 'alice']);
  });

  it('fits a 375 px screen', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/decoder/`);
  });
});
