import { describe, expect, inject, it } from 'vitest';
import { expectFitsPhone } from '../browser';
import { XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
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

const baseUrl = inject('baseUrl');
const TAG = 'challenge-parser';
const INPUT = `${TAG} textarea[data-input]`;
const RESULT = `${TAG} [data-result]`;
const w = useWidgetPage('/tools/challenge-parser/');
const typeInto = (text: string) => w.typeInto(INPUT, text);
const resultText = () => w.page.locator(RESULT).textContent();
const announced = () => announcement(w.page.locator(TAG));
// typeInto and paste return once the widget shows that input's answer (session.ts `settled`): plain reads follow.

describe('the challenge parser', () => {
  it('shows the worked example without JavaScript and passes axe', async () => {
    const html = await (await fetch(`${baseUrl}/tools/challenge-parser/`)).text();
    expect(html).toContain('Here it picks');
    expect(await resultText()).toContain('3 challenges: Negotiate, NTLM, Basic.');
    await expectAxeClean(w.page, TAG);
  });

  it('parses a curl -v 407 as you type and says what curl picks', async () => {
    await typeInto(
      '< HTTP/1.1 407 Proxy Authentication Required\n< Via: 1.1 proxy\n< Proxy-Authenticate: NTLM\n< Proxy-Authenticate: Digest realm="corp", nonce="abc", qop="auth", algorithm=SHA-256\n<',
    );
    const text = (await resultText()) ?? '';
    expect(text).toContain('2 challenges: NTLM, Digest.');
    expect(text).toContain('Here it picks Digest');
    expect(text).toContain('Here: NTLM.');
    expect(text).toContain('Server-chosen random value');
    expect(await announced()).toContain('2 challenges found (NTLM, Digest)');
  });

  it('warns about Basic over plain http and drops the warning for an https proxy, with the keyboard', async () => {
    await typeInto('Proxy-Authenticate: Basic realm="corp"');
    expect(await resultText()).toContain('Basic over a plain http:// proxy connection');
    await w.page.locator(`${TAG} select[data-proxy-scheme]`).focus();
    await w.page.keyboard.press('ArrowDown');
    await expect.poll(() => w.page.locator(`${TAG} select[data-proxy-scheme]`).inputValue()).toBe('https');
    await w.settled(TAG);
    expect(await resultText()).not.toContain('Basic over a plain http:// proxy connection');
    expect(await resultText()).toContain('Basic');
    await expectAxeClean(w.page, TAG);
  });

  it('underlines the exact spot of a 407 without Proxy-Authenticate', async () => {
    await typeInto('HTTP/1.1 407 Proxy Authentication Required\nContent-Length: 0');
    const mark = w.page.locator(`${TAG} mark.w-mark--error`).first();
    expect(await mark.getAttribute('data-code')).toBe('407-without-proxy-authenticate');
    expect(await mark.textContent()).toBe('407');
    expect(await w.page.locator(INPUT).getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(w.page, TAG);
  });

  it('finds Basic without realm, MD5-only Digest and a 401 from a proxy', async () => {
    await typeInto('HTTP/1.1 401 Unauthorized\nVia: 1.1 squid\nProxy-Authenticate: Basic\nProxy-Authenticate: Digest realm="a", nonce="b"');
    const text = (await resultText()) ?? '';
    expect(text).toContain('Basic without realm');
    expect(text).toContain('Digest with MD5 only');
    expect(text).toContain('looks like it comes from a proxy');
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto(`Proxy-Authenticate: Basic realm="${payload.replace(/"/g, '\\"')}", ${payload}`);
      expect(await resultText()).toContain('Basic');
    }
    await expectInert(w.session, activeContent(TAG));
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    const big = 'Proxy-Authenticate: ' + 'Basic realm="a", '.repeat(62_000);
    await paste(w.page, INPUT, big);
    expect(await announced()).toMatch(/62000 challenges found/);
    await expectResponsive(w.page);
  });

  it('passes axe in the dark theme too', async () => {
    await expectAxeCleanInDarkTheme(w.page, TAG);
  });

  it('leaks nothing and keeps the CSP', async () => {
    await w.expectPrivate(w.typed.map((t) => t.slice(0, 60)));
  });

  it('fits a 375 px screen, with nothing scrolling inside the page', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/challenge-parser/`);
  });
});
