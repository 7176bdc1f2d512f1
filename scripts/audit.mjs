// `npm run audit`: Lighthouse on every page type, measured as readers get the site.
// Builds dist/ when it is missing or older than the sources (`--build` always builds), serves (a copy of)
// it on 127.0.0.1 with gzip and the `_headers` of a CDN (scripts/serve-dist.mjs), then runs Lighthouse's
// Node API with its default mobile settings (emulated phone, simulated throttling) in Debian's
// Chromium, one fresh browser and profile per page. Prints a table and writes it as JSON to
// .cache/audit/latest.json and a timestamped copy, for comparison between runs, and each page's full
// Lighthouse report to .cache/audit/lhr/. `--no-build` audits dist/ as it is, `--dist=DIR` another
// build output; `--runs=N` keeps each page's median run; `/path/` arguments audit only those pages.
//
// Only 127.0.0.1 is ever contacted: Chromium's background networking is off, and its host
// resolver answers nothing but 127.0.0.1, so a request that would leave the machine fails instead
// (and is listed as off-site). Lighthouse's own error reporting is off; its audits read the page only.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const PAGES = ['/', '/codes/407/', '/codes/404/', '/guides/curl/'];
const TOOL_PAGES = [
  '/tools/decoder/',
  '/tools/encoder/',
  '/tools/challenge-parser/',
  '/tools/curl-simulator/',
  '/tools/proxy-config/',
  '/tools/no-proxy-tester/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];
const OUT_DIR = '.cache/audit';
const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Nothing but the local server resolves: whatever tries to leave the machine fails fast.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const args = process.argv.slice(2);
const forceBuild = args.includes('--build');
const distArg = args.find((a) => a.startsWith('--dist='))?.slice(7); // audit another build output, as it is
const noBuild = args.includes('--no-build') || distArg !== undefined; // audit dist/ as it is
const dist = distArg ?? 'dist';
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1));
const only = args.filter((a) => a.startsWith('/')); // `npm run audit -- /codes/407/` audits just that page
const chromePath = chromiumPath();

if (forceBuild || (!noBuild && isStale(dist))) {
  console.log(forceBuild ? 'Building (--build)...' : 'dist/ is missing or older than the sources: building...');
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await snapshot(dist, join(OUT_DIR, 'site'));
const present = TOOL_PAGES.filter((p) => existsSync(join(site, p, 'index.html')));
const absent = TOOL_PAGES.filter((p) => !present.includes(p));
if (absent.length) console.log(`Not in dist/ (skipped): ${absent.join(', ')}`);
const pages = [...PAGES, ...present].filter((p) => only.length === 0 || only.includes(p));

const server = await serveDist({ root: site, gzip: true });
const results = [];
try {
  for (const path of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await auditPage(server.url + path));
    const row = median(samples);
    // The full report of that run, to read every audit's details (overwritten on each run).
    await mkdir(join(OUT_DIR, 'lhr'), { recursive: true });
    await writeFile(join(OUT_DIR, 'lhr', `${slug(path)}.json`), JSON.stringify(row.lhr));
    delete row.lhr;
    results.push({ page: path, ...row });
    console.error(`  ${path}: ${CATEGORIES.map((c) => row.scores[c]).join(' / ')}`);
  }
} finally {
  await server.close();
}

const report = {
  date: new Date().toISOString(),
  command: `npm run audit${args.length ? ' -- ' + args.join(' ') : ''}`,
  lighthouse: JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version,
  chromium: results[0]?.userAgent ?? '',
  settings: 'Lighthouse defaults: mobile (Moto G Power emulation), simulated throttling (slow 4G, 4x CPU); gzip',
  runs,
  loadAverage: loadavg().map((n) => Number(n.toFixed(1))),
  pages: results.map(({ userAgent, ...rest }) => rest),
};
await mkdir(OUT_DIR, { recursive: true });
const json = JSON.stringify(report, null, 2) + '\n';
// A run on chosen pages keeps latest.json for the last full run.
if (only.length === 0) await writeFile(join(OUT_DIR, 'latest.json'), json);
await writeFile(join(OUT_DIR, `${report.date.replace(/[:.]/g, '-')}.json`), json);

console.log('\n' + markdownTable(report.pages));
const indexes = report.pages.map((p) => p.benchmarkIndex);
console.log(
  `\nChromium benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)}, load average ${report.loadAverage.join(' ')}` +
    ' (a busy machine inflates TBT and FCP; use --runs=3 or more)',
);
const errored = [...new Set(report.pages.flatMap((p) => p.errored.map((e) => e.split(':')[0])))];
if (errored.length) console.log(`\nLighthouse could not run (unscored, details in the JSON): ${errored.join(', ')}`);
for (const { page, failing, offSite } of report.pages) {
  if (failing.length) console.log(`\n${page} loses points on:\n${failing.map((f) => `  - ${f}`).join('\n')}`);
  if (offSite.length) console.log(`\n${page} tried to reach off-site (blocked): ${offSite.join(', ')}`);
}
console.log(`\nWrote ${join(OUT_DIR, only.length === 0 ? 'latest.json' : `${report.date.replace(/[:.]/g, '-')}.json`)}`);

/** Runs Lighthouse once on `url` in a fresh Chromium with a fresh profile; always stops the browser. */
async function auditPage(url) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'audit-chromium-'));
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: CHROME_FLAGS,
      userDataDir, // chrome-launcher passes it as --user-data-dir and keeps its logs there; removed below
      logLevel: 'silent',
    });
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { ...summarize(result.lhr), lhr: result.lhr };
  } finally {
    await chrome?.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function summarize(lhr) {
  if (lhr.runtimeError) throw new Error(`${lhr.finalDisplayedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id) => lhr.audits[id];
  const byType = Object.fromEntries(
    (audit('resource-summary')?.details?.items ?? []).map((item) => [item.resourceType, item.transferSize]),
  );
  const requests = audit('network-requests')?.details?.items ?? [];
  const offSite = requests.map((r) => r.url).filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1');
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a.score !== null && a.score < 1)
        failing.push(`[${id}] ${ref.id} (score ${a.score}): ${a.displayValue ?? a.title}`);
    }
  }
  // Audits Lighthouse could not run (none of them weighs in a score today; see the README).
  const errored = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === 'error')
    .map((a) => `${a.id}: ${a.errorMessage}`);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
    lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
    tbtMs: Math.round(audit('total-blocking-time').numericValue),
    cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
    bytes: audit('total-byte-weight').numericValue,
    jsBytes: byType.script ?? 0,
    cssBytes: byType.stylesheet ?? 0,
    failing,
    errored,
    offSite,
    userAgent: lhr.environment?.hostUserAgent ?? '',
    // Simulated throttling scales the CPU time it observes: on a busy machine (lower index), TBT and FCP rise.
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
  };
}

function slug(path) {
  return path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
}

/** The run with the median performance score, so that its metrics belong together. */
function median(samples) {
  const sorted = [...samples].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function markdownTable(rows) {
  const kb = (n) => (n / 1024).toFixed(1);
  const head = ['Page', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'Transfer KB', 'JS KB', 'CSS KB'];
  const lines = rows.map((r) => [
    `\`${r.page}\``,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    `${(r.lcpMs / 1000).toFixed(1)} s`,
    `${r.tbtMs} ms`,
    String(r.cls),
    kb(r.bytes),
    kb(r.jsBytes),
    kb(r.cssBytes),
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * Copies a finished build of `dist` to `to` and returns `to`. Other work (a test run) may rebuild dist/
 * while the audit runs; the audit serves its own copy, taken between builds: one whose _headers (written
 * last) is at least as new as every page, and did not change while it was copied.
 */
async function snapshot(dist, to) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const before = finishedAt(dist);
    if (before !== undefined) {
      await rm(to, { recursive: true, force: true });
      await cp(dist, to, { recursive: true });
      if (finishedAt(dist) === before && PAGES.every((p) => existsSync(join(to, p, 'index.html')))) return to;
    }
    await new Promise((ok) => setTimeout(ok, 2000));
  }
  throw new Error('dist/ never held a finished build (is another build running?)');
}

/** The time the build in `dir` finished, or undefined when it is missing or half written. */
function finishedAt(dir) {
  const marker = join(dir, '_headers');
  if (!existsSync(marker)) return undefined;
  const done = statSync(marker).mtimeMs;
  const pages = PAGES.map((p) => join(dir, p, 'index.html'));
  return pages.every((f) => existsSync(f) && statSync(f).mtimeMs <= done) ? done : undefined;
}

/** True when `dir` has no finished build or a source file changed after it was built. */
function isStale(dir) {
  // _headers is written last, by the csp-inline-scripts integration: its time is the build's end.
  const marker = join(dir, '_headers');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestMtime(source) > built);
}

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
