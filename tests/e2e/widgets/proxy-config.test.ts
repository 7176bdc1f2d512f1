import { describe, expect, inject, it } from 'vitest';
import { XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import { expectFitsPhone } from '../browser';
import {
  activeContent,
  announcement,
  chooseOptionByKeyboard,
  expectAxeClean,
  expectAxeCleanInDarkContext,
  expectInert,
  expectResponsive,
  paste,
  useWidgetPage,
} from './session';

// One browser session through the proxy config builder: every state, then the privacy checks over all of it.
const baseUrl = inject('baseUrl');
const TAG = 'proxy-config';
const RESULT = `${TAG} [data-result]`;
const TRICKY = 'p@ss:w%rd#1 "x"';
const TRICKY_ENC = 'p%40ss%3Aw%25rd%231%20%22x%22';
const w = useWidgetPage('/tools/proxy-config/', { clipboard: true });

const field = (name: string) => `${TAG} [data-field="${name}"]`;
const visibleCode = (tool: string) => w.page.locator(`${TAG} [data-tool-section="${tool}"] pre`).first();

const typeInto = (name: string, text: string) => w.typeInto(field(name), text);
// typeInto, paste and chooseOption return once the widget shows that input's answer (session.ts `settled`).

const chooseOption = (selector: string, value: string) => chooseOptionByKeyboard(w.page, selector, value);

async function chooseTool(_label: string, id: string): Promise<void> {
  await chooseOption(`${TAG} select[data-tool]`, id);
  await expect.poll(() => w.page.locator(`${TAG} [data-tool-section="${id}"]`).isVisible()).toBe(true);
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
    await expectAxeClean(w.page, TAG);
    expect(await w.page.locator(`${TAG} [data-tool-section]:visible`).count()).toBe(1);
  });

  it('percent-encodes a tricky password typed with the keyboard, per tool', async () => {
    await typeInto('password', TRICKY);
    expect(await visibleCode('curl').textContent()).toBe(
      `curl --proxy http://proxy.example.com:3128 --proxy-user 'alice:${TRICKY}' --proxy-basic --noproxy localhost,127.0.0.1,.corp.example https://example.com/`,
    );
    await chooseTool('Env', 'env');
    expect(await visibleCode('env').textContent()).toContain(`export http_proxy=http://alice:${TRICKY_ENC}@proxy.example.com:3128`);
    const cmd = w.page.locator(`${TAG} [data-tool-section="env"] pre[aria-label*="cmd batch file, e.g."]`);
    expect(await cmd.textContent()).toContain(`set "HTTP_PROXY=http://alice:${TRICKY_ENC.replaceAll('%', '%%')}@proxy.example.com:3128"`);
    await chooseTool('Doc', 'docker');
    expect(await visibleCode('docker').textContent()).toContain(
      `Environment="HTTP_PROXY=http://alice:${TRICKY_ENC.replaceAll('%', '%%')}@proxy.example.com:3128"`,
    );
    expect(await announcement(w.page.locator(TAG))).toBe('Showing Docker');
  });

  it('shows the password with the Show toggle (keyboard)', async () => {
    const button = w.page.locator(`${TAG} button[data-show-password]`);
    await button.focus();
    await w.page.keyboard.press('Enter');
    expect(await w.page.locator(field('password')).getAttribute('type')).toBe('text');
    expect(await button.textContent()).toBe('Hide');
    await w.page.keyboard.press('Space');
    expect(await w.page.locator(field('password')).getAttribute('type')).toBe('password');
    expect(await button.textContent()).toBe('Show');
  });

  it('copies a snippet with the keyboard', async () => {
    await chooseTool('git', 'git');
    const copy = w.page.locator(`${TAG} [data-tool-section="git"] button[data-copy-value]`).first();
    await copy.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => copy.textContent()).toBe('Copied');
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(
      `git config --global http.proxy http://alice:${TRICKY_ENC}@proxy.example.com:3128\ngit config --global http.proxyAuthMethod basic`,
    );
  });

  it('points NTLM at a local relay for Basic-only tools', async () => {
    await chooseOption(field('authScheme'), 'ntlm');
    await chooseTool('pip', 'pip');
    expect(await visibleCode('pip').textContent()).toBe('[global]\nproxy = http://127.0.0.1:3128');
    await chooseOption(field('authScheme'), 'basic');
  });

  it('links a located error to the field, and passes axe in that state', async () => {
    await typeInto('host', 'proxy example.com');
    expect(await w.page.locator(`${TAG} [data-error="host"]`).textContent()).toContain('cannot contain spaces (character 6');
    expect(await w.page.locator(field('host')).getAttribute('aria-invalid')).toBe('true');
    expect(await w.page.locator(field('host')).getAttribute('aria-describedby')).toContain('host-error');
    await expectAxeClean(w.page, TAG);
    await typeInto('port', '99999');
    expect(await w.page.locator(`${TAG} [data-error="port"]`).textContent()).toContain('1 to 65535');
    await typeInto('host', 'proxy.example.com');
    await typeInto('port', '3128');
    expect(await w.page.locator(`${TAG} [data-error="host"]`).textContent()).toBe('');
  });

  it('leaves the password out of the share link unless asked', async () => {
    const share = w.page.locator(`${TAG} button[data-share]`);
    await share.focus();
    await w.page.keyboard.press('Enter');
    const read = async () => {
      const url = await w.page.evaluate(() => navigator.clipboard.readText());
      const b64 = new URL(url).hash.replace(/^#w=/, '');
      return JSON.parse(Buffer.from(b64, 'base64url').toString('utf8')) as Record<string, string>;
    };
    await expect.poll(async () => (await read())['host']).toBe('proxy.example.com');
    expect((await read())['password']).toBeUndefined();
    await w.page.locator(`${TAG} input[data-share-secrets]`).focus();
    await w.page.keyboard.press('Space');
    await share.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(async () => (await read())['password']).toBe(TRICKY);
  });

  it('keeps XSS payloads inert text', async () => {
    await chooseTool('curl', 'curl');
    for (const payload of XSS_PAYLOADS) {
      await typeInto('user', payload);
      expect(await w.page.locator(RESULT).textContent()).toContain(payload);
      await typeInto('noProxy', `a.test,${payload}`);
      // Entries with quotes or angle brackets are refused (located); the others are written as inert text.
      expect(
        `${await w.page.locator(`${TAG} [data-error="noProxy"]`).textContent()} ${await w.page.locator(RESULT).textContent()}`,
      ).toMatch(/is not a host|a\.test,javascript:alert\(1\)/);
      await typeInto('noProxy', 'localhost');
    }
    await typeInto('host', '"><script>alert(1)</script>');
    expect(await w.page.locator(`${TAG} [data-error="host"]`).textContent()).toContain('cannot appear in a host name');
    await expectInert(w.session, activeContent(TAG));
    await typeInto('user', 'alice');
    await typeInto('noProxy', 'localhost');
    await typeInto('host', 'proxy.example.com');
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(w.page, field('password'), 'x'.repeat(1_000_000));
    expect(await w.page.locator(`${TAG} [data-error="password"]`).textContent()).toContain('Too long: 1000000 characters');
    await expectResponsive(w.page);
    await paste(w.page, field('password'), 's3cret');
    await paste(w.page, field('noProxy'), 'a.example,'.repeat(100_000));
    expect(await w.page.locator(`${TAG} [data-error="noProxy"]`).textContent()).toContain('Too long');
    await expectResponsive(w.page);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    await w.expectPrivate([...w.typed, 's3cret', TRICKY_ENC]);
  });

  it('passes axe in the dark theme', async () => {
    await expectAxeCleanInDarkContext(w.browser, `${baseUrl}/tools/proxy-config/`, TAG);
  });

  it('fits a 375 px screen', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/proxy-config/`);
  });
});
