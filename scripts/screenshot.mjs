// Screenshots of built pages as a reader sees them: `npx node scripts/screenshot.mjs /codes/407/ ...`
// Writes .cache/shots/<page>-<light|dark>-<desktop|phone>.png. SELECTOR=css shoots one element, FULL=1 whole pages.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const paths = process.argv.slice(2);
const server = await serveDist({ root: 'dist' });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
mkdirSync('.cache/shots', { recursive: true });
for (const path of paths) {
  for (const theme of ['light', 'dark']) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 375, height: 800 }],
    ]) {
      const context = await browser.newContext({ viewport, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      const file = `.cache/shots/${name}-${theme}-${device}.png`;
      // SELECTOR=css shoots one element (a widget) instead of the viewport; FULL=1 the whole page.
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await server.close();
