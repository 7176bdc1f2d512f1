/**
 * Issue 11, in the browser: every credential form the widgets read, typed into every widget with a share link
 * (the simulator's are in curl-simulator.test.ts), gives a link without the secret unless the box is ticked;
 * and each widget's copy button works on the first click after an edit (the edit's `change` used to rebuild
 * the output under the pointer, so the first click copied nothing).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeBase64 } from '../../../src/lib/bytes';
import { useCheckedBrowser } from '../browser';
import { announcement, settled, typeText } from './session';

const baseUrl = inject('baseUrl');
const chrome = useCheckedBrowser(baseUrl, { clipboard: true });

async function open(path: string): Promise<Page> {
  const page = await chrome.context.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Replaces a field's text with keyboard typing (what a reader does); returns once the widget shows the answer. */
const type = typeText;

/** Clicks the widget's share button and returns the link it copied (the clipboard is emptied first: never a previous link). */
async function shareLink(page: Page, tag: string, includeSecrets = false): Promise<string> {
  const box = page.locator(`${tag} input[data-share-secrets]`);
  if ((await box.isChecked()) !== includeSecrets) await box.click();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator(`${tag} button[data-share]`).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 20_000 }).toContain('#w=');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Clicks the widget's share button and returns the decoded fragment state. */
async function share(page: Page, tag: string, includeSecrets = false): Promise<Record<string, string>> {
  const url = await shareLink(page, tag, includeSecrets);
  return JSON.parse(Buffer.from(new URL(url).hash.replace(/^#w=/, ''), 'base64url').toString('utf8')) as Record<string, string>;
}

const basic = (user: string, password: string) => encodeBase64(new TextEncoder().encode(`${user}:${password}`));
const SECRET = 'Zq7s3cretPassQ';

const DECODER_FORMS: readonly [string, string, readonly string[]][] = [
  ['Basic header', `Proxy-Authorization: Basic ${basic('alice', SECRET)}`, [SECRET, basic('alice', SECRET)]],
  ['bare Basic token', basic('alice', SECRET), [SECRET, basic('alice', SECRET)]],
  [
    'whole request with Cookie and Authorization',
    `GET http://example.com/ HTTP/1.1\nHost: example.com\nCookie: session=CookieSecret99\nAuthorization: Bearer OriginTokenXYZ123\nProxy-Authorization: Basic ${basic('alice', SECRET)}\n`,
    [SECRET, 'CookieSecret99', 'OriginTokenXYZ123'],
  ],
  [
    'Digest response, nonce, cnonce, opaque',
    'Proxy-Authorization: Digest username="alice", realm="p", nonce="NonceSecret77", uri="example.com:443", response="0123456789abcdef0123456789abcdef", qop=auth, nc=00000001, cnonce="CnonceSecret55", opaque="OpaqueSecret33"',
    ['NonceSecret77', '0123456789abcdef', 'CnonceSecret55', 'OpaqueSecret33'],
  ],
  ['Bearer token', 'Proxy-Authorization: Bearer BearerTokenSecret42', ['BearerTokenSecret42']],
  ['NTLM blob', 'Proxy-Authorization: NTLM TlRMTVNTUAADAAAAGAAYAEAAAABlob7secret', ['TlRMTVNTUAAD', 'Blob7secret']],
  ['Negotiate blob', 'Proxy-Authorization: Negotiate YIIBNegotiateSecret9', ['NegotiateSecret9']],
  ['curl -v line', `> Proxy-Authorization: Basic ${basic('bob', SECRET)}`, [SECRET]],
  ['unknown scheme', 'Proxy-Authorization: Token UnknownTokenSecret8', ['UnknownTokenSecret8']],
  [
    'AWS4 Credential',
    'Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLESECRET/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=SigSecret0123456',
    ['AKIAEXAMPLESECRET', 'SigSecret0123456'],
  ],
];

describe('share links hold no secret unless the box is ticked', () => {
  it('credentials decoder: every credential form', async () => {
    const page = await open('/tools/decoder/');
    for (const [name, input, secrets] of DECODER_FORMS) {
      await type(page, 'credentials-decoder textarea[data-input]', input);
      expect(await announcement(page.locator('credentials-decoder')), name).toMatch(/decoded/);
      const text = JSON.stringify(await share(page, 'credentials-decoder'));
      for (const s of secrets) expect(text, `${name}: ${s}`).not.toContain(s);
    }
    // Ticked: the text as typed.
    const last = DECODER_FORMS[0]!;
    await type(page, 'credentials-decoder textarea[data-input]', last[1]);
    expect((await share(page, 'credentials-decoder', true))['value']).toBe(last[1]);
    // Opened, the link without secrets still decodes (the user name) and says what was left out.
    await type(page, 'credentials-decoder textarea[data-input]', last[1]);
    const link = await shareLink(page, 'credentials-decoder');
    const fresh = await chrome.context.newPage();
    await fresh.goto(link);
    await settled(fresh.locator('credentials-decoder'));
    expect(await fresh.locator('credentials-decoder [data-share-note]').textContent()).toContain('withheld');
    expect(await fresh.locator('credentials-decoder textarea[data-input]').inputValue()).not.toContain(SECRET);
    await fresh.close();
    await page.close();
  });

  it('challenge parser: tokens, cookies and stray credentials in a pasted 407', async () => {
    const page = await open('/tools/challenge-parser/');
    const input = [
      '< HTTP/1.1 407 Proxy Authentication Required',
      '< Proxy-Authenticate: NTLM TlRMTVNTUAACType2Secret',
      '< Proxy-Authenticate: Basic realm="corp"',
      '< Set-Cookie: sid=CookieSecret99',
      `> Proxy-Authorization: Basic ${basic('alice', SECRET)}`,
    ].join('\n');
    await type(page, 'challenge-parser textarea[data-input]', input);
    expect(await announcement(page.locator('challenge-parser'))).toContain('challenges found');
    const shared = await share(page, 'challenge-parser');
    for (const s of ['Type2Secret', 'CookieSecret99', SECRET, basic('alice', SECRET)]) expect(JSON.stringify(shared)).not.toContain(s);
    expect(shared['value']).toContain('Basic realm="corp"');
    expect((await share(page, 'challenge-parser', true))['value']).toBe(input);
    await page.close();
  });

  it('NO_PROXY tester: user:password@ and tokens in the URL and the lists', async () => {
    const page = await open('/tools/no-proxy-tester/');
    await type(page, 'no-proxy-tester [data-field="url"]', `https://alice:${SECRET}@corp.example/path?access_token=QueryTokenSecret1`);
    await type(page, 'no-proxy-tester [data-field="noProxy"]', 'localhost,http://bob:ListSecret777@internal.example');
    expect(await announcement(page.locator('no-proxy-tester'))).toContain('bypass');
    const shared = await share(page, 'no-proxy-tester');
    for (const s of [SECRET, 'QueryTokenSecret1', 'ListSecret777']) expect(JSON.stringify(shared)).not.toContain(s);
    expect(shared['url']).toBe('https://corp.example/');
    expect(JSON.stringify(await share(page, 'no-proxy-tester', true))).toContain(SECRET);
    await page.close();
  });

  it('proxy config builder: the password, and user:password@ pasted into host or NO_PROXY', async () => {
    const page = await open('/tools/proxy-config/');
    await type(page, 'proxy-config [data-field="password"]', SECRET);
    await type(page, 'proxy-config [data-field="noProxy"]', 'localhost,carol:ListSecret777@internal.example');
    await type(page, 'proxy-config [data-field="host"]', `alice:HostSecret555@proxy.example.com`);
    expect(await page.locator('proxy-config [data-error="host"]').textContent()).not.toBe('');
    const shared = await share(page, 'proxy-config');
    for (const s of [SECRET, 'HostSecret555', 'ListSecret777']) expect(JSON.stringify(shared)).not.toContain(s);
    expect(shared['host']).toBe('proxy.example.com');
    expect((await share(page, 'proxy-config', true))['password']).toBe(SECRET);
    await page.close();
  });
});

/**
 * Edits a field (`text(how)`), waits for the output to follow while the field keeps the focus, then clicks (mouse,
 * then a tap: pointer down and up) the first visible copy button at once: the clipboard must hold its value.
 */
async function expectFirstClickCopies(page: Page, field: string, text: (how: string) => string, scope: string): Promise<void> {
  for (const how of ['click', 'tap'] as const) {
    const button = page.locator(`${scope} button[data-copy-value]:visible`).first();
    const before = await button.getAttribute('data-copy-value').catch(() => null);
    await page.evaluate(() => navigator.clipboard.writeText('(nothing)'));
    await type(page, field, text(how));
    expect(await button.getAttribute('data-copy-value')).not.toBe(before);
    const expected = await button.getAttribute('data-copy-value');
    if (how === 'click') await button.click();
    else {
      const box = (await button.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.up();
    }
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toBe(expected);
  }
}

describe('copy buttons work on the first click after an edit', () => {
  it('credentials encoder (Basic)', async () => {
    const page = await open('/tools/encoder/');
    await expectFirstClickCopies(
      page,
      'credentials-encoder [data-field="basic-user"]',
      (how) => `carol${how}`,
      'credentials-encoder [data-result="basic"]',
    );
    await page.close();
  });

  it('proxy config builder', async () => {
    const page = await open('/tools/proxy-config/');
    await expectFirstClickCopies(
      page,
      'proxy-config [data-field="user"]',
      (how) => `dave${how}`,
      'proxy-config [data-tool-section]:not([data-inactive])',
    );
    await page.close();
  });

  it('credentials decoder', async () => {
    const page = await open('/tools/decoder/');
    await expectFirstClickCopies(
      page,
      'credentials-decoder textarea[data-input]',
      (how) => `Proxy-Authorization: Basic ${basic(`erin${how}`, 'x')}`,
      'credentials-decoder [data-result]',
    );
    await page.close();
  });
});

describe('new-user problems of issue 11', () => {
  it('decoder: a bare token68 of user:password decodes as Basic, with a note', async () => {
    const page = await open('/tools/decoder/');
    await type(page, 'credentials-decoder textarea[data-input]', 'YWxpY2U6czNjcjN0');
    expect(await page.locator('credentials-decoder [data-scheme]').textContent()).toBe('Basic');
    expect(await page.locator('credentials-decoder [data-result]').textContent()).toContain('No scheme was given');
    await page.close();
  });

  it('decoder: the Digest recompute uses CONNECT for a host:port uri', async () => {
    const page = await open('/tools/decoder/');
    await type(
      page,
      'credentials-decoder textarea[data-input]',
      'Proxy-Authorization: Digest username="alice", realm="p", nonce="n", uri="example.com:443", response="00000000000000000000000000000000"',
    );
    await type(page, 'credentials-decoder [data-digest-password]', 'pw');
    expect(await page.locator('credentials-decoder [data-digest-result]').textContent()).toContain('Method: CONNECT');
    await page.close();
  });

  it('Show becomes Hide and back', async () => {
    const page = await open('/tools/encoder/');
    const button = page.locator('credentials-encoder button[data-show-password]').first();
    await button.click();
    expect(await button.textContent()).toBe('Hide');
    await button.click();
    expect(await button.textContent()).toBe('Show');
    await page.close();
  });

  it('encoder: an error names the field and points at the character', async () => {
    const page = await open('/tools/encoder/');
    await type(page, 'credentials-encoder [data-field="basic-user"]', 'ali:ce');
    const error = page.locator('credentials-encoder [data-result="basic"] [data-error]');
    expect(await error.textContent()).toContain('User name, character 4');
    expect(await page.locator('credentials-encoder [data-result="basic"] mark').textContent()).toBe(':');
    await page.close();
  });

  it('challenge parser: the answer comes before the warnings', async () => {
    const page = await open('/tools/challenge-parser/');
    await type(page, 'challenge-parser textarea[data-input]', 'HTTP/1.1 407 x\nProxy-Authenticate: Basic');
    expect(await announcement(page.locator('challenge-parser'))).toContain('1 challenge found');
    const order = await page.evaluate(() => {
      const result = document.querySelector('challenge-parser [data-result]')!;
      const text = result.textContent ?? '';
      return [text.indexOf('What curl does'), text.indexOf('Warnings and errors')];
    });
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[0]).toBeLessThan(order[1]!);
    await page.close();
  });

  it('a huge input is named in the failure, never a raw engine error', async () => {
    const page = await open('/tools/challenge-parser/');
    await page.locator('challenge-parser textarea[data-input]').evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      t.value = 'a'.repeat(4_000_001);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settled(page.locator('challenge-parser'));
    const failure = page.locator('challenge-parser [data-failure]');
    expect(await failure.textContent()).toContain('4,000,001 characters');
    expect(await failure.textContent()).not.toMatch(/RangeError|Maximum call stack|TypeError/);
    await page.close();
  });
});
