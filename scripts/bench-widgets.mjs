// `npm run bench:widgets`: each widget in Chromium with 1 MB pasted into its main field. Prints, per widget,
// how long the paste takes to answer (the output changes; a paste renders at once, typing waits for a pause) and
// how long the next keystroke blocks the page (keydown to the next painted frame), then how long that
// keystroke takes to answer. Numbers, not assertions (targets: answer < 1 s, keystroke < 50 ms).
// Needs a built site (npx astro build). Serves dist/ on 127.0.0.1 and stops it at the end.
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const MB = 1_000_000;
const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
// Inputs from the world's shapes (headers, lists, commands), made large; every widget gets one it must read.
const CASES = [
  // The floor: a bare textarea in the decoder's page, no widget code involved (what the browser alone costs).
  {
    widget: 'baseline',
    path: '/tools/decoder/',
    field: 'textarea',
    result: 'p',
    text: fill('YIIBhwYGKwYBBQUCoIIBezCCAXegMDAuBgkqhkiC9xIBAgIG'),
    bare: true,
  },
  {
    widget: 'credentials-decoder',
    path: '/tools/decoder/',
    field: 'textarea[data-input]',
    result: '[data-result]',
    text: 'Proxy-Authorization: Negotiate ' + fill('YIIBhwYGKwYBBQUCoIIBezCCAXegMDAuBgkqhkiC9xIBAgIG'),
  },
  {
    widget: 'credentials-encoder',
    path: '/tools/encoder/',
    field: '[data-field="digest-challenge"]',
    result: '[data-result="digest"]',
    text: 'Proxy-Authenticate: Digest ' + fill('realm="x", nonce="abc", qop="auth", '),
  },
  {
    widget: 'challenge-parser',
    path: '/tools/challenge-parser/',
    field: 'textarea[data-input]',
    result: '[data-result]',
    text: 'HTTP/1.1 407 x\n' + fill('Proxy-Authenticate: Basic realm="a"\n'),
  },
  {
    widget: 'curl-simulator',
    path: '/tools/curl-simulator/',
    field: 'textarea[data-command]',
    result: '[data-result]',
    text: 'curl -v -x http://proxy.example.com:3128 http://example.com/ ' + fill('-H "X-Pad: yyyyyyyyyy" '),
  },
  {
    // One 1 MB shell word (a pasted URL): the lexer's worst case before it appended runs as slices.
    widget: 'curl-simulator',
    name: 'curl-simulator (URL)',
    path: '/tools/curl-simulator/',
    field: 'textarea[data-command]',
    result: '[data-result]',
    text: 'curl -v -x http://proxy.example.com:3128 http://example.com/' + fill('p'),
  },
  {
    widget: 'proxy-config',
    path: '/tools/proxy-config/',
    field: '[data-field="noProxy"]',
    result: '[data-result]',
    text: fill('host.example,'),
  },
  {
    widget: 'no-proxy-tester',
    path: '/tools/no-proxy-tester/',
    field: '[data-field="noProxy"]',
    result: '[data-result]',
    text: fill('.corp.example,10.0.0.0/8,'),
  },
];

/** In the page: sets the field as a paste does and resolves with ms until the result subtree changes. */
async function timePaste(page, c, text) {
  return page.evaluate(
    ({ tag, field, result, text }) =>
      new Promise((resolve) => {
        const root = document.querySelector(tag);
        const input = root.querySelector(field);
        const out = root.querySelector(result);
        const t0 = performance.now();
        const mo = new MutationObserver(() => {
          mo.disconnect();
          resolve(performance.now() - t0);
        });
        mo.observe(out, { childList: true, subtree: true, characterData: true });
        input.value = text;
        // what a real paste fires (the widget renders a paste at once; typing waits for a pause)
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        setTimeout(() => resolve(Number.NaN), 30_000);
      }),
    { tag: c.widget, field: c.field, result: c.result, text },
  );
}

/** A real keystroke: ms from keydown to the next painted frame, and to the result changing. */
async function timeKeystroke(page, c) {
  await page.locator(`${c.widget} ${c.field}`).focus();
  await page.evaluate(
    ({ tag, field, result }) => {
      const root = document.querySelector(tag);
      const input = root.querySelector(field);
      const out = root.querySelector(result);
      input.setSelectionRange(input.value.length, input.value.length);
      const w = window;
      w.__bench = { frame: Number.NaN, answer: Number.NaN };
      input.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => (w.__bench.frame = performance.now() - t0), 0));
          const mo = new MutationObserver(() => {
            mo.disconnect();
            w.__bench.answer = performance.now() - t0;
          });
          mo.observe(out, { childList: true, subtree: true, characterData: true });
        },
        { once: true },
      );
    },
    { tag: c.widget, field: c.field, result: c.result },
  );
  await page.keyboard.press('x');
  await page.waitForFunction(() => !Number.isNaN(window.__bench.answer), undefined, { timeout: 30_000 }).catch(() => undefined);
  return page.evaluate(() => window.__bench);
}

const only = process.argv.slice(2);
const server = await serveDist({ root: 'dist' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log(
    `widget                 paste→answer  keystroke→frame  keystroke→answer   (1 MB; targets < 1000 ms, < 50 ms; load ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
  );
  for (const c of CASES.filter((x) => only.length === 0 || only.includes(x.widget) || only.includes(x.name))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url + c.path, { waitUntil: 'networkidle' });
    if (c.bare)
      await page.evaluate(() => {
        const host = document.createElement('baseline');
        host.innerHTML = '<textarea rows="4" spellcheck="false"></textarea><p></p>';
        host
          .querySelector('textarea')
          .addEventListener('input', (e) => (e.target.nextElementSibling.textContent = String(e.target.value.length)));
        document.body.prepend(host);
      });
    await page.locator(`${c.widget} ${c.field}`).focus(); // loads the engine, as a reader's first touch does
    await page.waitForTimeout(500);
    const paste = await timePaste(page, c, c.text);
    const key = await timeKeystroke(page, c);
    const ms = (n) => (Number.isNaN(n) ? 'no answer' : `${n.toFixed(0)} ms`).padStart(12);
    console.log(`${(c.name ?? c.widget).padEnd(22)} ${ms(paste)}  ${ms(key.frame)}     ${ms(key.answer)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
