// `npm test`: every test, on a fresh machine. Installs the system programs the tests drive when
// missing (as root, with apt-get), checks types and formatting, builds the site (the browser tests
// read dist/), then runs the unit, e2e and interop suites with Vitest; before the interop suite it builds
// the Debian chroots with real curl 8.x when they are missing (scripts/curl-chroots.mjs, cached outside the
// repository). `npm test -- e2e` runs one suite (and skips the type and format checks).
import { spawnSync } from 'node:child_process';
import { ensureCurlChroots } from './curl-chroots.mjs';
import { ensureSystemDeps } from './system-deps.mjs';

const suites = process.argv.slice(2);
const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const chromium = ensureSystemDeps();
if (suites.length === 0) {
  run('npx', ['astro', 'check']);
  // Unused files, dependencies, exports and types, and duplicate exports: all errors (knip.json).
  run('npx', ['knip']);
  run('npx', ['prettier', '--check', '.']);
}
const wantsBuild = suites.length === 0 || suites.some((s) => s !== 'unit');
if (wantsBuild) run('npx', ['astro', 'build']);
const chosen = suites.length ? suites : ['unit', 'e2e', 'interop'];
if (chosen.includes('interop')) {
  // real curl 8.x for the interop suite: built once into a cache outside the repository (several minutes)
  try {
    await ensureCurlChroots();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
const projects = chosen.flatMap((s) => ['--project', s]);
run('npx', ['vitest', 'run', ...projects], { ...process.env, CHROMIUM_PATH: chromium });
