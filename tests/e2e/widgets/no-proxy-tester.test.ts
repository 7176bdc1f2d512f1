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

// One browser session through the NO_PROXY tester: every state, then the privacy checks over all of it.
// Every input helper returns once the widget shows that input's answer (session.ts `settled`), so the reads
// below are plain reads: none can see the answer to the previous input.
const baseUrl = inject('baseUrl');
const TAG = 'no-proxy-tester';
const RESULT = `${TAG} [data-result]`;
const w = useWidgetPage('/tools/no-proxy-tester/');

const field = (name: string) => `${TAG} [data-field="${name}"]`;
const row = (app: string) => w.page.locator(`${RESULT} tr[data-app="${app}"]`);
const verdict = async (tool: string) => (await row(tool).locator('td').first().textContent())?.trim();

const chooseOption = (selector: string, value: string) => chooseOptionByKeyboard(w.page, selector, value);
const typeInto = (name: string, text: string) => w.typeInto(field(name), text);

describe('the NO_PROXY tester', () => {
  it('shows the worked example before any script runs', async () => {
    const html = await (await fetch(`${baseUrl}/tools/no-proxy-tester/`)).text();
    expect(html).toContain('<no-proxy-tester');
    expect(html).toContain('8 of 11 tools bypass the proxy for this URL');
    // The value that makes every tool bypass, offered to copy; rows named by the programs people run.
    expect(html).toContain('localhost,127.0.0.1,.corp.example,10.0.0.0/8,corp.example');
    for (const app of ['docker', 'npm', 'pip', 'git', 'curl', 'wget', 'java', 'dotnet']) expect(html).toContain(`data-app="${app}"`);
    expect(html).toContain('Bypassed (direct)');
  });

  it('passes axe with the worked example', async () => {
    await expectAxeClean(w.page, TAG);
    expect(await verdict('docker')).toBe('Proxied');
    expect(await verdict('curl')).toBe('Bypassed (direct)');
  });

  it('tells *.name apart per tool as you type (keyboard only)', async () => {
    await typeInto('noProxy', '*.corp.example');
    await typeInto('url', 'https://a.corp.example/');
    expect(await verdict('docker')).toBe('Bypassed (direct)');
    expect(await verdict('undici')).toBe('Bypassed (direct)');
    expect(await verdict('curl')).toBe('Proxied');
    expect(await verdict('pip')).toBe('Proxied');
    const bypassing = (await w.page.locator(`${RESULT} tr[data-app] td:first-of-type`).allTextContents()).filter((t) =>
      t.trim().startsWith('Bypassed'),
    ).length;
    expect(await announcement(w.page.locator(TAG))).toBe(`${bypassing} of 11 tools bypass the proxy for this URL`);
  });

  it('explains ports, CIDR and IPv6', async () => {
    await typeInto('noProxy', 'example.com:443, 10.0.0.0/8, ::1');
    await typeInto('url', 'https://example.com/');
    expect(await verdict('docker')).toBe('Bypassed (direct)');
    expect(await verdict('curl')).toBe('Proxied');
    await typeInto('url', 'http://10.1.2.3/');
    expect(await verdict('curl')).toBe('Bypassed (direct)');
    expect(await row('curl').textContent()).toContain('10.1.2.3 is inside 10.0.0.0/8');
    expect(await verdict('undici')).toBe('Proxied');
    await typeInto('url', 'http://[::1]:8080/');
    // The previous URL was bypassed too: the reason is what only the new URL gives.
    expect(await row('ruby').textContent()).toContain('loopback');
    expect(await verdict('ruby')).toBe('Bypassed (direct)');
  });

  it('follows the variable case each tool reads', async () => {
    await typeInto('noProxy', 'example.com');
    await typeInto('url', 'http://www.example.com/');
    await chooseOption(field('variables'), 'upper');
    expect(await row('wget').textContent()).toContain('reads no_proxy only');
    expect(await verdict('wget')).toBe('Proxied');
    expect(await verdict('docker')).toBe('Bypassed (direct)');
    await chooseOption(field('variables'), 'different');
    expect(await w.page.locator(field('upperValue')).isVisible()).toBe(true);
    await typeInto('upperValue', 'other.test');
    expect(await verdict('docker')).toBe('Proxied');
    expect(await verdict('curl')).toBe('Bypassed (direct)');
    expect(await row('docker').textContent()).toContain('it used NO_PROXY');
    await expectAxeClean(w.page, TAG);
  });

  it('locates a bad URL, links it to the field and passes axe', async () => {
    await typeInto('url', 'http://[::1/');
    expect(await w.page.locator(`${TAG} [data-url-error]`).textContent()).toContain('not a URL');
    expect(await w.page.locator(field('url')).getAttribute('aria-invalid')).toBe('true');
    expect(await w.page.locator(field('url')).getAttribute('aria-describedby')).toContain('url-error');
    await expectAxeClean(w.page, TAG);
    await typeInto('url', 'https://example.com/');
  });

  it('keeps XSS payloads inert text', async () => {
    for (const payload of XSS_PAYLOADS) {
      await typeInto('noProxy', payload);
      await typeInto('url', payload);
    }
    await typeInto('url', 'http://a.example.com/');
    await typeInto('noProxy', '"><script>alert(1)</script>');
    expect(await w.page.locator(RESULT).textContent()).toContain('"><script>alert(1)</script>: Java has no CIDR ranges');
    await expectInert(w.session, activeContent(TAG));
  });

  it('is marked data-rendering from an input until its answer is shown, and the last input wins', async () => {
    // A long list first (it waits for a pause in typing), then a short one at once: the first render must never land.
    const seen = await w.page.evaluate(async (tag) => {
      const root = document.querySelector(tag)!;
      const set = (name: string, value: string) => {
        const field = root.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('noProxy', `${'old.example,'.repeat(3_000)}first.example`);
      const during = root.hasAttribute('data-rendering');
      set('noProxy', 'last.example');
      set('url', 'http://www.last.example/');
      await new Promise<void>((resolve) => {
        const done = () => !root.hasAttribute('data-rendering');
        if (done()) resolve();
        const watch = new MutationObserver(() => done() && (watch.disconnect(), resolve()));
        watch.observe(root, { attributes: true, attributeFilter: ['data-rendering'] });
      });
      const result = root.querySelector('[data-result]')!.textContent ?? '';
      await new Promise((r) => setTimeout(r, 600)); // past the long list's pause: nothing may change any more
      return { during, result, later: root.querySelector('[data-result]')!.textContent ?? '' };
    }, TAG);
    expect(seen.during).toBe(true);
    expect(seen.result).toContain('last.example');
    expect(seen.result).not.toContain('first.example');
    expect(seen.later).toBe(seen.result);
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    await paste(w.page, field('noProxy'), 'a.example,'.repeat(100_000));
    expect(await w.page.locator(RESULT).textContent()).toContain('only the first 100000 are tested');
    await expectResponsive(w.page);
    await paste(w.page, field('url'), 'http://' + 'a'.repeat(1_000_000));
    expect(await announcement(w.page.locator(TAG))).toMatch(/tools bypass|No result/);
    await expectResponsive(w.page);
  });

  it('leaks nothing: same-origin static requests only, none with typed text, nothing stored, CSP held', async () => {
    await w.expectPrivate(w.typed);
  });

  it('passes axe in the dark theme', async () => {
    await expectAxeCleanInDarkContext(w.browser, `${baseUrl}/tools/no-proxy-tester/`, TAG);
  });

  it('fits a 375 px screen', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/no-proxy-tester/`);
  });
});
