import { describe, expect, inject, it } from 'vitest';
import { expectFitsPhone } from '../browser';
import { NTLM_TYPE2, XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { activeContent, expectAxeClean, expectAxeCleanInDarkTheme, expectInert, expectResponsive, paste, useWidgetPage } from './session';

const baseUrl = inject('baseUrl');
const TAG = 'credentials-encoder';
const w = useWidgetPage('/tools/encoder/', { clipboard: true });

const field = (name: string) => w.page.locator(`${TAG} [data-field="${name}"]`);
const out = (name: string) => w.page.locator(`${TAG} [data-out="${name}"]`);
const typeInto = (name: string, text: string) => w.typeInto(`${TAG} [data-field="${name}"]`, text);
/** After a key press or click outside the input helpers: wait until the outputs show its answer. */
const settle = () => w.settled(TAG);
// typeInto and paste return once the widget shows that input's answer (session.ts `settled`): plain reads follow.

describe('the credentials encoder', () => {
  it('shows the worked examples without JavaScript and passes axe', async () => {
    const html = await (await fetch(`${baseUrl}/tools/encoder/`)).text();
    expect(html).toContain('Proxy-Authorization: Basic YWxpY2U6czNjcmV0');
    expect(html).toContain('Proxy-Authorization: NTLM TlRMTVNTUAAB');
    expect(html).toContain('Proxy-Authorization: Digest username=');
    await expectAxeClean(w.page, TAG);
  });

  it('encodes Basic as you type, masks the password until shown, percent-encodes the proxy URL', async () => {
    await typeInto('basic-password', 'p@ss:wörd');
    expect(await out('header').textContent()).toBe('Proxy-Authorization: Basic YWxpY2U6cEBzczp3w7ZyZA==');
    expect(await out('joined').textContent()).toBe('alice:••••••••');
    expect(await out('url').textContent()).toBe('http://alice:••••••••@proxy.example.com:3128');
    await w.page.locator(`${TAG} button[data-show-password$="basic-password"]`).focus();
    await w.page.keyboard.press('Enter');
    await settle();
    expect(await out('url').textContent()).toBe('http://alice:p%40ss%3Aw%C3%B6rd@proxy.example.com:3128');
    expect(await out('joined').textContent()).toBe('alice:p@ss:wörd');
    // Copy with the keyboard: the real URL reaches the clipboard.
    await w.page.locator(`${TAG} button[data-copy-value^="http://alice"]`).focus();
    await w.page.keyboard.press('Enter');
    await expect
      .poll(() => w.page.evaluate(() => navigator.clipboard.readText()))
      .toBe('http://alice:p%40ss%3Aw%C3%B6rd@proxy.example.com:3128');
  });

  it('switches Basic to ISO-8859-1', async () => {
    await field('basic-charset').focus();
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => field('basic-charset').inputValue()).toBe('latin1');
    await settle();
    expect(await out('header').textContent()).toBe('Proxy-Authorization: Basic YWxpY2U6cEBzczp39nJk');
  });

  it('explains a colon in the user name', async () => {
    await typeInto('basic-user', 'dom:alice');
    expect(await w.page.locator(`${TAG} [data-result="basic"]`).textContent()).toContain('must not contain a colon');
    await expectAxeClean(w.page, TAG);
    await typeInto('basic-user', 'alice');
  });

  it('answers a pasted Digest challenge with a fresh random cnonce', async () => {
    await typeInto('digest-challenge', 'Proxy-Authenticate: Digest realm="corp", nonce="n1", qop="auth,auth-int", algorithm=MD5-sess');
    expect(await out('digest-header').textContent()).toContain('algorithm=MD5-sess');
    const header = (await out('digest-header').textContent()) ?? '';
    expect(header).toContain('qop=auth,');
    const cnonce = (await out('cnonce').textContent()) ?? '';
    expect(cnonce).toMatch(/^[0-9a-f]{32}$/);
    expect(cnonce).not.toBe('0a4f113b0a4f113b0a4f113b0a4f113b');
    await w.page.locator(`${TAG} button[data-new-cnonce]`).focus();
    await w.page.keyboard.press('Enter');
    await settle();
    const fresh = (await out('cnonce').textContent()) ?? '';
    expect(fresh).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh).not.toBe(cnonce);
    expect(await out('digest-header').textContent()).toContain(`cnonce="${fresh}"`);
  });

  it('builds an NTLMv2 type 3 from a pasted type 2, with a new random client challenge on demand', async () => {
    await typeInto('ntlm-type2', `Proxy-Authenticate: NTLM ${NTLM_TYPE2}`);
    expect(await w.page.locator(`${TAG} [data-result="ntlm"]`).textContent()).toContain('NTProofStr');
    const before = (await out('client-challenge').textContent()) ?? '';
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    await w.page.locator(`${TAG} button[data-new-client-challenge]`).focus();
    await w.page.keyboard.press('Enter');
    await settle();
    expect(await out('client-challenge').textContent()).toMatch(/^[0-9a-f]{16}$/);
    expect(await out('client-challenge').textContent()).not.toBe(before);
    await typeInto('ntlm-type2', 'TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=');
    expect(await w.page.locator(`${TAG} [data-result="ntlm"]`).textContent()).toContain('not a type 2');
    await expectAxeClean(w.page, TAG);
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto('basic-user', payload.replace(/:/g, ''));
      await typeInto('digest-challenge', `Digest realm="${payload.replace(/"/g, '')}", nonce="x"`);
      await typeInto('ntlm-type2', payload);
    }
    expect(await w.page.locator(`${TAG} [data-result="digest"]`).textContent()).toContain('svg onload');
    await expectInert(w.session, activeContent(TAG));
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(w.page, `${TAG} [data-field="digest-challenge"]`, 'Digest realm="' + 'r'.repeat(1_000_000) + '", nonce="n"');
    await paste(w.page, `${TAG} [data-field="ntlm-type2"]`, 'TlRM'.repeat(250_000));
    expect(await w.page.locator(`${TAG} [data-result="ntlm"]`).textContent()).toMatch(/Not an NTLM message|not a type 2|Cannot build/);
    expect(await w.page.locator(`${TAG} [data-result="digest"]`).textContent()).toContain('Proxy-Authorization: Digest');
    await expectResponsive(w.page);
  });

  it('passes axe in the dark theme too', async () => {
    await expectAxeCleanInDarkTheme(w.page, TAG);
  });

  it('leaks nothing and keeps the CSP', async () => {
    await w.expectPrivate([...w.typed.map((t) => t.slice(0, 60)), 's3cret', 'p@ss']);
  });

  it('fits a 375 px screen, with nothing scrolling inside the page', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/encoder/`);
  });
});
