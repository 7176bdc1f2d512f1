import { describe, expect, inject, it } from 'vitest';
import { expectFitsPhone } from '../browser';
import { XSS_PAYLOADS } from '../../fixtures/widgets/credentials';
import {
  announcement,
  expectAxeClean,
  expectAxeCleanInDarkContext,
  expectInert,
  expectResponsive,
  paste,
  settled,
  useWidgetPage,
} from './session';

// One browser session through the simulator page: the worked examples, every kind of state, then the privacy
// checks over all of it (requests, storage, cookies, CSP).
const baseUrl = inject('baseUrl');
const TAG = 'curl-simulator';
const COMMAND = `${TAG} textarea[data-command]`;
const ENV = `${TAG} textarea[data-env]`;
const RESULT = `${TAG} [data-result]`;
const SEED_HTTP = 'curl -v -x http://proxy.example.com:3128 http://example.com/';
const SEED_HTTPS = 'curl -v -x http://proxy.example.com:3128 https://example.com/';
const w = useWidgetPage('/tools/curl-simulator/', { clipboard: true });
const typeInto = w.typeInto;
const resultText = () =>
  w.page
    .locator(RESULT)
    .textContent()
    .then((t) => t ?? '');
const exitCode = () => w.page.locator(`${TAG} [data-exit-code]`).getAttribute('data-exit-code');
const announced = () => announcement(w.page.locator(TAG));
/** After a click, key press or selectOption outside the input helpers: wait until the output shows its answer. */
const settle = () => w.settled(TAG);
// typeInto and paste return once the widget shows that input's answer (session.ts `settled`): plain reads follow.

describe('the curl simulator', () => {
  it('shows the worked example without JavaScript', async () => {
    const nojs = await w.browser.newContext({ javaScriptEnabled: false });
    const p = await nojs.newPage();
    await p.goto(`${baseUrl}/tools/curl-simulator/`);
    const text = (await p.locator(RESULT).textContent()) ?? '';
    expect(text).toContain('> CONNECT example.com:443 HTTP/1.1');
    expect(text).toContain('curl: (56) CONNECT tunnel failed, response 407');
    expect(text).toContain('Exit code 56CURLE_RECV_ERROR — the proxy refused the CONNECT');
    await nojs.close();
  });

  it('passes axe with the worked example, in light and dark', async () => {
    await expectAxeClean(w.page, TAG);
    await expectAxeCleanInDarkContext(w.browser, `${baseUrl}/tools/curl-simulator/`, TAG, {});
  });

  it('simulates the plain http:// seed command: the 407 is an answer, exit 0', async () => {
    await typeInto(COMMAND, SEED_HTTP);
    const text = await resultText();
    expect(text).toContain('> GET http://example.com/ HTTP/1.1');
    expect(text).toContain('> Proxy-Connection: Keep-Alive');
    expect(text).toContain('< HTTP/1.1 407 Proxy Authentication Required');
    expect(await exitCode()).toBe('0');
    expect(text).toContain("the response is the proxy's 407");
  });

  it('simulates the https:// seed command: CONNECT fails with 56 in 7.88.1', async () => {
    await typeInto(COMMAND, SEED_HTTPS);
    expect(await exitCode()).toBe('56');
    const text = await resultText();
    expect(text).toContain('> CONNECT example.com:443 HTTP/1.1');
    expect(text).toContain('< HTTP/1.1 407 Proxy Authentication Required');
    expect(text).toContain('curl: (56) CONNECT tunnel failed, response 407');
    expect(text).toContain('56CURLE_RECV_ERROR — the proxy refused the CONNECT: it wants credentials (407)');
    expect(await w.page.locator(`${TAG} [data-fix="add-proxy-user"]`).textContent()).toContain(
      'curl -U alice -v -x http://proxy.example.com:3128 https://example.com/',
    );
    expect(await announced()).toContain('Exit code 56');
  });

  it('exits 7 with the curl 8.20.0 profile, and 56 again with 7.88.1', async () => {
    await w.page.locator(`${TAG} select[data-version]`).selectOption('8.20.0');
    await settle();
    expect(await exitCode()).toBe('7');
    expect(await resultText()).toContain('curl: (7) CONNECT tunnel failed, response 407');
    await w.page.locator(`${TAG} select[data-version]`).selectOption('7.88.1');
    await settle();
    expect(await exitCode()).toBe('56');
  });

  it('gets through with -U alice:s3cret: 200 and exit 0', async () => {
    await w.page.locator(COMMAND).focus();
    await w.page.keyboard.press('ControlOrMeta+End');
    await w.page.keyboard.press('Home');
    for (let i = 0; i < 'curl'.length; i++) await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.insertText(' -U alice:s3cret');
    await settle();
    expect(await w.page.locator(COMMAND).inputValue()).toBe(
      'curl -U alice:s3cret -v -x http://proxy.example.com:3128 https://example.com/',
    );
    expect(await exitCode()).toBe('0');
    const text = await resultText();
    expect(text).toContain('> Proxy-Authorization: Basic YWxpY2U6czNjcmV0');
    expect(text).toContain('< HTTP/1.1 200 Connection established');
    expect(text).toContain('< HTTP/1.1 200 OK');
    expect(text).toContain('Nothing to fix');
    await expectAxeClean(w.page, TAG);
  });

  it('follows the simulated proxy: NTLM only, then a refused connection', async () => {
    await w.page.locator(`${TAG} input[data-scheme="Basic"]`).uncheck();
    await w.page.locator(`${TAG} input[data-scheme="NTLM"]`).check();
    await settle();
    expect(await w.page.locator(`${TAG} [data-fix="use-proxy-ntlm"]`).count()).toBe(1);
    expect(await w.page.locator(`${TAG} [data-fix="use-proxy-ntlm"]`).textContent()).toContain(
      'curl --proxy-ntlm -U alice:s3cret -v -x http://proxy.example.com:3128 https://example.com/',
    );
    await w.page.locator(`${TAG} select[data-reach]`).selectOption('refusing');
    await settle();
    expect(await exitCode()).toBe('7');
    expect(await resultText()).toContain('Nothing accepts connections at proxy.example.com:3128');
    await w.page.locator(`${TAG} select[data-reach]`).selectOption('reachable');
    await w.page.locator(`${TAG} input[data-scheme="Basic"]`).check();
    await w.page.locator(`${TAG} input[data-scheme="NTLM"]`).uncheck();
    await settle();
  });

  it('reads the environment panel and suggests lowercase http_proxy', async () => {
    await typeInto(COMMAND, 'curl -v http://example.com/');
    await typeInto(ENV, 'HTTP_PROXY=http://proxy.example.com:3128');
    expect(await w.page.locator(`${TAG} [data-fix="lowercase-http-proxy"]`).count()).toBe(1);
    await typeInto(ENV, 'http_proxy=http://alice:s3cret@proxy.example.com:3128');
    expect(await resultText()).toContain("* Uses proxy env variable http_proxy == 'http://alice:s3cret@proxy.example.com:3128'");
    await typeInto(ENV, 'not a variable');
    expect(await resultText()).toContain('Expected NAME=value on this line');
    await typeInto(ENV, '');
  });

  it('is usable with the keyboard alone: preset, password toggle, copy buttons', async () => {
    const preset = w.page.locator(`${TAG} select[data-preset]`);
    await preset.focus();
    await w.page.keyboard.press('Home');
    await w.page.keyboard.press('ArrowDown'); // seed-http
    await w.page.keyboard.press('ArrowDown'); // seed-https
    await expect.poll(() => w.page.locator(COMMAND).inputValue()).toBe(SEED_HTTPS);
    await settle();
    expect(await exitCode()).toBe('56');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.hasAttribute('data-command'))).toBe(true);
    // Tab on to the password's Show button
    for (let i = 0; i < 12 && !(await w.page.evaluate(() => document.activeElement?.hasAttribute('data-show-password'))); i++)
      await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    expect(await w.page.locator(`${TAG} input[data-password]`).getAttribute('type')).toBe('text');
    expect(await w.page.locator(`${TAG} button[data-show-password]`).textContent()).toBe('Hide');
    await w.page.keyboard.press('Space');
    expect(await w.page.locator(`${TAG} input[data-password]`).getAttribute('type')).toBe('password');
    // on to the transcript's copy button
    for (
      let i = 0;
      i < 20 && !(await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Copy the transcript'));
      i++
    )
      await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Enter');
    await expect
      .poll(() => w.page.evaluate(() => navigator.clipboard.readText()))
      .toContain('curl: (56) CONNECT tunnel failed, response 407');
    for (
      let i = 0;
      i < 20 && !(await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Copy the fixed command'));
      i++
    )
      await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Enter');
    await expect
      .poll(() => w.page.evaluate(() => navigator.clipboard.readText()))
      .toBe('curl -U alice -v -x http://proxy.example.com:3128 https://example.com/');
  });

  it('underlines a command-line error and links it to the field', async () => {
    await typeInto(COMMAND, 'curl -v --proxy=http://proxy.example.com:3128 https://example.com/');
    expect(await exitCode()).toBe('2');
    const mark = w.page.locator(`${TAG} mark.w-mark--error`).first();
    expect(await mark.getAttribute('data-code')).toBe('unknown-option');
    expect(await mark.textContent()).toBe('--proxy=http://proxy.example.com:3128');
    expect(await w.page.locator(COMMAND).getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await w.page.locator(COMMAND).getAttribute('aria-describedby')) ?? '';
    const problemsId = describedBy.split(' ')[1]!;
    expect(await w.page.locator(`#${problemsId}`).textContent()).toContain('does not accept --option=value');
    await expectAxeClean(w.page, TAG);
  });

  it("accepts the credentials the command carries (on main the proxy's hidden account rejected them)", async () => {
    await typeInto(COMMAND, 'curl -v -U alice:MyRealPassw0rd -x http://proxy.example.com:3128 https://example.com/');
    expect(await exitCode()).toBe('0');
    // -U user alone: curl prompted for the password and the user typed the right one.
    await typeInto(COMMAND, 'curl -v -U alice -x http://proxy.example.com:3128 https://example.com/');
    expect(await exitCode()).toBe('0');
    // A wrong password is an explicit choice: the account the proxy expects.
    await typeInto(`${TAG} input[data-user]`, 'alice');
    await typeInto(`${TAG} input[data-password]`, 's3cret');
    await typeInto(COMMAND, 'curl -v -U alice:wrong -x http://proxy.example.com:3128 https://example.com/');
    expect(await w.page.locator(`${TAG} [data-fix="check-credentials"]`).count()).toBe(1);
    await typeInto(`${TAG} input[data-user]`, '');
    await typeInto(`${TAG} input[data-password]`, '');
  });

  it('tells an NTLM command facing a Basic-only proxy to tick NTLM, never to use --proxy-basic', async () => {
    await typeInto(COMMAND, "curl -v --proxy-ntlm -U 'DOMAIN\\alice:pw' -x http://proxy.example.com:3128 https://example.com/");
    expect(await w.page.locator(`${TAG} [data-fix="proxy-lacks-scheme"]`).count()).toBe(1);
    const fixes = (await w.page.locator(`${TAG} [data-fixes]`).textContent()) ?? '';
    expect(fixes).toContain('tick NTLM');
    expect(fixes).not.toContain('--proxy-basic');
  });

  it('explains a pasted curl -v transcript instead of shell jargon', async () => {
    await typeInto(
      COMMAND,
      [
        '*   Trying 127.0.0.1:3128...',
        '* Connected to 127.0.0.1 (127.0.0.1) port 3128 (#0)',
        '> CONNECT example.com:443 HTTP/1.1',
        '> Host: example.com:443',
        '>',
        '< HTTP/1.1 407 Proxy Authentication Required',
        '< Proxy-Authenticate: NTLM',
        '<',
        '* CONNECT tunnel failed, response 407',
        'curl: (56) CONNECT tunnel failed, response 407',
      ].join('\n'),
    );
    const text = await resultText();
    expect(text).toContain('This is curl -v output, not a command');
    expect(text).toContain('offered NTLM');
    expect(text).not.toContain('Exit code 127');
    expect(text).not.toContain('redirection has no file name');
    expect(await exitCode()).toBe('56');
  });

  it('explains wget as GNU Wget on Linux, not as the PowerShell alias', async () => {
    await typeInto(COMMAND, 'wget https://example.com/');
    expect(await resultText()).toContain('GNU Wget');
    expect(await resultText()).not.toContain("is PowerShell's Invoke-WebRequest");
  });

  it('marks a proxy port out of range where it is', async () => {
    await typeInto(COMMAND, 'curl -v -x http://proxy.example.com:99999 https://example.com/');
    expect(await w.page.locator(`${TAG} mark[data-code="proxy-syntax"]`).count()).toBe(1);
    expect(await w.page.locator(`${TAG} mark[data-code="proxy-syntax"]`).textContent()).toBe('99999');
    const text = await resultText();
    expect(text).toContain('99999 is not a port number');
    expect(text).not.toContain('the proxy host name does not resolve');
  });

  it('copies a share link without the passwords unless asked', async () => {
    await typeInto(COMMAND, 'curl -v -U alice:Zs3cretQ -x http://bob:Pw0rdX@proxy.example.com:3128 https://example.com/');
    await typeInto(ENV, 'https_proxy=http://carol:EnvSecretY@proxy.example.com:3128');
    await w.page.evaluate(() => navigator.clipboard.writeText(''));
    await w.page.locator(`${TAG} button[data-share]`).click();
    await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toContain('#w=');
    const url = await w.page.evaluate(() => navigator.clipboard.readText());
    const json = Buffer.from(url.slice(url.indexOf('#w=') + 3), 'base64url').toString('utf8');
    for (const secret of ['Zs3cretQ', 'Pw0rdX', 'EnvSecretY', 's3cret']) expect(json).not.toContain(secret);
    expect(json).toContain('alice:withheld');
    const shared = await w.context.newPage();
    await shared.goto(url);
    await settled(shared.locator(TAG));
    expect(await shared.locator(COMMAND).inputValue()).toContain('-U alice:withheld');
    // The simulated proxy accepts the credentials the command carries, withheld ones included.
    expect(await shared.locator(`${TAG} [data-exit-code]`).getAttribute('data-exit-code')).toBe('0');
    expect(await shared.locator(`${TAG} input[data-password]`).inputValue()).toBe('');
    await shared.close();
    await w.page.locator(`${TAG} input[data-share-secrets]`).check();
    await w.page.locator(`${TAG} button[data-share]`).click();
    await expect
      .poll(async () =>
        Buffer.from((await w.page.evaluate(() => navigator.clipboard.readText())).split('#w=')[1] ?? '', 'base64url').toString('utf8'),
      )
      .toContain('Zs3cretQ');
    await w.page.locator(`${TAG} input[data-share-secrets]`).uncheck();
    await typeInto(ENV, '');
  });

  it('drops every credential form the simulator reads from an un-ticked share link', async () => {
    // Each of these is read by the simulator as a credential in use; on main several went into the link.
    const forms: [string, string][] = [
      [
        'curl -v -vH "Proxy-Authorization: Basic QmFzaWNTZWNyZXQx" -x http://proxy.example.com:3128 http://example.com/',
        'QmFzaWNTZWNyZXQx',
      ],
      ['curl -v --proxy-us alice:AbbrevSecret2 -x http://proxy.example.com:3128 https://example.com/', 'AbbrevSecret2'],
      ['curl -v --proxy-user=alice:EqualsSecret3 -x http://proxy.example.com:3128 https://example.com/', 'EqualsSecret3'],
      ['export HTTPS_PROXY=alice:ExportSecret4@proxy.example.com:3128\ncurl -v https://example.com/', 'ExportSecret4'],
      ['curl -v --oauth2-bearer BearerSecret5 -x http://proxy.example.com:3128 https://example.com/', 'BearerSecret5'],
      ['$env:HTTPS_PROXY = "http://alice:PwshSecret6@proxy.example.com:3128"\ncurl.exe -v https://example.com/', 'PwshSecret6'],
      ['curl -v -H "Proxy-Authorization: NTLM TlRMTVNTUAADNtlmBlob7" -x http://proxy.example.com:3128 http://example.com/', 'NtlmBlob7'],
      ['curl -v --bogus -U alice:AfterErrorSecret8 -x http://proxy.example.com:3128 https://example.com/', 'AfterErrorSecret8'],
    ];
    await typeInto(ENV, '');
    for (const [command, secret] of forms) {
      await typeInto(COMMAND, command);
      await w.page.evaluate(() => navigator.clipboard.writeText(''));
      await w.page.locator(`${TAG} button[data-share]`).click();
      await expect.poll(() => w.page.evaluate(() => navigator.clipboard.readText())).toContain('#w=');
      const url = await w.page.evaluate(() => navigator.clipboard.readText());
      const json = Buffer.from(url.slice(url.indexOf('#w=') + 3), 'base64url').toString('utf8');
      expect(json, command).not.toContain(secret);
      expect(json, command).toContain('withheld');
    }
  });

  it('keeps XSS payloads inert text, in the command and in the environment', async () => {
    for (const payload of XSS_PAYLOADS) {
      const q = payload.includes("'") ? '"' : "'";
      await typeInto(ENV, '');
      await typeInto(COMMAND, `curl -v -H ${q}X: ${payload}${q} -x http://proxy.example.com:3128 ${q}http://example.com/${payload}${q}`);
      expect(await resultText()).toContain(`> X: ${payload}`);
      await typeInto(ENV, `${payload}\nhttp_proxy=${payload}`);
      expect(await resultText()).toContain('Problems in the environment');
      expect(await resultText()).toContain(payload);
      await typeInto(COMMAND, payload);
      expect(await exitCode()).toBe('127');
    }
    await typeInto(ENV, '');
    await expectInert(w.session, `${TAG} [data-result] img, ${TAG} [data-result] script, ${TAG} [data-result] svg`);
    await expectAxeClean(w.page, TAG);
  });

  it('answers a 1 MB paste and stays responsive', async () => {
    const big = 'curl -v -x http://proxy.example.com:3128 http://example.com/ ' + '-H "X-Pad: yyyyyyyyyy" '.repeat(45_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    const t0 = Date.now();
    await paste(w.page, COMMAND, big);
    expect(await announced()).toContain('Exit code 0');
    console.log('1 MB command answered after', Date.now() - t0, 'ms');
    expect(await resultText()).toContain('The transcript is long');
    await expectResponsive(w.page);
    // Shell junk (operators, unbalanced quotes). NULs are kept rare: Chromium's own textarea layout is pathologically
    // slow on long runs mixing U+0000 with text, whatever the page does (it blocked the page for over 30 s here).
    await paste(w.page, COMMAND, ('<>"\'|;&'.repeat(1000) + '\u0000').repeat(170));
    expect(await announced()).toContain('Exit code 127');
    await paste(w.page, ENV, 'A=1\n'.repeat(260_000));
    expect(await exitCode()).toBe('127');
    await expectResponsive(w.page);
    await paste(w.page, ENV, '');
  });

  it('leaks nothing: same-origin static GETs only, none with typed text, nothing stored, CSP held', async () => {
    await w.expectPrivate([...w.typed, 's3cret', 'Zs3cretQ', 'EnvSecretY']);
  });

  it('fits a 375 px screen', async () => {
    await expectFitsPhone(w.context, `${baseUrl}/tools/curl-simulator/`);
  });
});

describe('the simulators embedded in the 407 page', () => {
  it('show both seed commands, and each one updates on its own', async () => {
    const p = await w.context.newPage();
    await p.goto(`${baseUrl}/codes/407/`);
    const sims = p.locator(TAG);
    expect(await sims.count()).toBe(2);
    expect(await sims.nth(0).locator('[data-exit-code]').getAttribute('data-exit-code')).toBe('0');
    expect(await sims.nth(1).locator('[data-exit-code]').getAttribute('data-exit-code')).toBe('56');
    expect(await sims.nth(1).locator('[data-result]').textContent()).toContain('> CONNECT example.com:443 HTTP/1.1');
    await sims.nth(1).locator('select[data-version]').selectOption('8.20.0');
    await settled(sims.nth(1));
    expect(await sims.nth(1).locator('[data-exit-code]').getAttribute('data-exit-code')).toBe('7');
    expect(await sims.nth(0).locator('[data-exit-code]').getAttribute('data-exit-code')).toBe('0');
    const ids = await p.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    await p.close();
  });
});
