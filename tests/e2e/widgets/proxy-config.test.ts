import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newCheckedContext, cspViolations } from '../browser';
import { XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectAxeClean, expectNoLeaks, expectNothingStored, openSession, paste, type Session } from './session';

// One browser session through the proxy config builder: every state, then the privacy checks over all of it.
const baseUrl = inject('baseUrl');
const TAG = 'proxy-config';
const RESULT = `${TAG} [data-result]`;
const TRICKY = 'p@ss:w%rd#1 "x"';
const TRICKY_ENC = 'p%40ss%3Aw%25rd%231%20%22x%22';
let browser: Browser;
let context: BrowserContext;
let session: Session;
let page: Page;
const typed: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newCheckedContext(browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  session = await openSession(context, `${baseUrl}/tools/proxy-config/`);
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

const field = (name: string) => `${TAG} [data-field="${name}"]`;
const visibleCode = (tool: string) => page.locator(`${TAG} [data-tool-section="${tool}"] pre`).first();

/** Keyboard only: focus the field, select all, type. */
async function typeInto(name: string, text: string): Promise<void> {
  typed.push(text);
  await page.locator(field(name)).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Keyboard only: focus a select and move to the option with the arrow keys. */
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

async function chooseTool(_label: string, id: string): Promise<void> {
  await chooseOption(`${TAG} select[data-tool]`, id);
  await expect.poll(() => page.locator(`${TAG} [data-tool-section="${id}"]`).isVisible()).toBe(true);
}

describe('the proxy config builder', () => {
  it('shows the worked example before any script runs', async () => {
    const html = await (await fetch(`${baseUrl}/tools/proxy-config/`)).text();
    expect(html).toContain('<proxy-config');
    expect(html).toContain('curl --proxy http://proxy.example.com:3128 --proxy-user alice:s3cret --proxy-basic');
    expect(html).toContain('export http_proxy=http://alice:s3cret@proxy.example.com:3128');
    expect(html).toContain('systemProp.http.proxyHost=proxy.example.com');
  });

  it('passes axe with the worked example, and shows one tool at a time', async () => {
    await expectAxeClean(page, TAG);
    expect(await page.locator(`${TAG} [data-tool-section]:visible`).count()).toBe(1);
  });

  it('percent-encodes a tricky password typed with the keyboard, per tool', async () => {
    await typeInto('password', TRICKY);
    await expect
      .poll(() => visibleCode('curl').textContent())
      .toBe(
        `curl --proxy http://proxy.example.com:3128 --proxy-user 'alice:${TRICKY}' --proxy-basic --noproxy localhost,127.0.0.1,.corp.example https://example.com/`,
      );
    await chooseTool('Env', 'env');
    expect(await visibleCode('env').textContent()).toContain(`export http_proxy=http://alice:${TRICKY_ENC}@proxy.example.com:3128`);
    const cmd = page.locator(`${TAG} [data-tool-section="env"] pre[aria-label*="cmd batch file, e.g."]`);
    expect(await cmd.textContent()).toContain(`set "HTTP_PROXY=http://alice:${TRICKY_ENC.replaceAll('%', '%%')}@proxy.example.com:3128"`);
    await chooseTool('Doc', 'docker');
    expect(await visibleCode('docker').textContent()).toContain(
      `Environment="HTTP_PROXY=http://alice:${TRICKY_ENC.replaceAll('%', '%%')}@proxy.example.com:3128"`,
    );
    await expect.poll(() => page.locator(`${TAG} [data-announce]`).textContent()).toMatch(/Showing Docker|Configuration for/);
  });

  it('shows the password with the Show toggle (keyboard)', async () => {
    const button = page.locator(`${TAG} button[data-show-password]`);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(field('password')).getAttribute('type')).toBe('text');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await page.locator(field('password')).getAttribute('type')).toBe('password');
  });

  it('copies a snippet with the keyboard', async () => {
    await chooseTool('git', 'git');
    const copy = page.locator(`${TAG} [data-tool-section="git"] button[data-copy-value]`).first();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `git config --global http.proxy http://alice:${TRICKY_ENC}@proxy.example.com:3128\ngit config --global http.proxyAuthMethod basic`,
    );
  });

  it('points NTLM at a local relay for Basic-only tools', async () => {
    await chooseOption(field('authScheme'), 'ntlm');
    await chooseTool('pip', 'pip');
    await expect.poll(() => visibleCode('pip').textContent()).toBe('[global]\nproxy = http://127.0.0.1:3128');
    await chooseOption(field('authScheme'), 'basic');
  });

  it('links a located error to the field, and passes axe in that state', async () => {
    await typeInto('host', 'proxy example.com');
    await expect.poll(() => page.locator(`${TAG} [data-error="host"]`).textContent()).toContain('cannot contain spaces (character 6');
    expect(await page.locator(field('host')).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(field('host')).getAttribute('aria-describedby')).toContain('host-error');
    await expectAxeClean(page, TAG);
    await typeInto('port', '99999');
    await expect.poll(() => page.locator(`${TAG} [data-error="port"]`).textContent()).toContain('1 to 65535');
    await typeInto('host', 'proxy.example.com');
    await typeInto('port', '3128');
    await expect.poll(() => page.locator(`${TAG} [data-error="host"]`).textContent()).toBe('');
  });

  it('leaves the password out of the share link unless asked', async () => {
    const share = page.locator(`${TAG} button[data-share]`);
    await share.focus();
    await page.keyboard.press('Enter');
    const read = async () => {
      const url = await page.evaluate(() => navigator.clipboard.readText());
      const b64 = new URL(url).hash.replace(/^#w=/, '');
      return JSON.parse(Buffer.from(b64, 'base64url').toString('utf8')) as Record<string, string>;
    };
    await expect.poll(async () => (await read())['host']).toBe('proxy.example.com');
    expect((await read())['password']).toBeUndefined();
    await page.locator(`${TAG} input[data-share-secrets]`).focus();
    await page.keyboard.press('Space');
    await share.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await read())['password']).toBe(TRICKY);
  });

  it('keeps XSS payloads inert text', async () => {
    await chooseTool('curl', 'curl');
    for (const payload of XSS_PAYLOADS) {
      await typeInto('user', payload);
      await expect.poll(() => page.locator(RESULT).textContent()).toContain(payload);
      await typeInto('noProxy', `a.test,${payload}`);
      // Entries with quotes or angle brackets are refused (located); the others are written as inert text.
      await expect
        .poll(
          async () => `${await page.locator(`${TAG} [data-error="noProxy"]`).textContent()} ${await page.locator(RESULT).textContent()}`,
        )
        .toMatch(/is not a host|a\.test,javascript:alert\(1\)/);
      await typeInto('noProxy', 'localhost');
    }
    await typeInto('host', '"><script>alert(1)</script>');
    await expect.poll(() => page.locator(`${TAG} [data-error="host"]`).textContent()).toContain('cannot appear in a host name');
    expect(session.dialogs).toEqual([]);
    expect(await page.locator(`${TAG} img, ${TAG} script, ${TAG} svg:not([aria-hidden])`).count()).toBe(0);
    await typeInto('user', 'alice');
    await typeInto('noProxy', 'localhost');
    await typeInto('host', 'proxy.example.com');
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(page, field('password'), 'x'.repeat(1_000_000));
    await expect
      .poll(() => page.locator(`${TAG} [data-error="password"]`).textContent(), { timeout: 20_000 })
      .toContain('Too long: 1000000 characters');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await paste(page, field('password'), 's3cret');
    await paste(page, field('noProxy'), 'a.example,'.repeat(100_000));
    await expect.poll(() => page.locator(`${TAG} [data-error="noProxy"]`).textContent(), { timeout: 20_000 }).toContain('Too long');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    expectNoLeaks(session, baseUrl, [...typed, 's3cret', TRICKY_ENC]);
    await expectNothingStored(session, context);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('passes axe in the dark theme', async () => {
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    await darkPage.goto(`${baseUrl}/tools/proxy-config/`);
    await darkPage.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expectAxeClean(darkPage, TAG);
    await dark.close();
  });

  it('fits a 375 px screen', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 800 });
    await phone.goto(`${baseUrl}/tools/proxy-config/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
