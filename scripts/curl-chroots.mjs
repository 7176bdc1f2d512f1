// Real curl 8.x for the interop suite: Debian chroots with Debian's curl, cached outside the repository.
//
//   trixie (Debian 13): curl 8.14.1        sid (Debian unstable): curl 8.23.0 (at the time of writing)
//
// Each is `debootstrap --variant=minbase SUITE DIR` plus `apt-get install curl ca-certificates` inside it,
// built into DIR.tmp and renamed to DIR only when complete, so a broken or interrupted build is never reused
// (the next run deletes the leftover DIR.tmp and starts again). Both suites build in parallel. Cached in
// $CURL_CHROOTS_DIR, default ~/.cache/proxy-auth-reference/chroots; delete a folder there to rebuild it.
// Needs root, apt-get and network access to deb.debian.org; installs debootstrap with apt-get if missing.
// A chroot shares the host's network namespace: curl inside reaches the Squids on 127.0.0.1.
//
// `node scripts/curl-chroots.mjs` builds what is missing and prints the versions; scripts/test.mjs calls
// ensureCurlChroots() before the interop suite, and tests/interop reads curlVersions() to find the binaries.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The suites and the curl each was verified with; the version is checked after the build. */
export const CURL_SUITES = [
  { suite: 'trixie', version: '8.14.1' },
  { suite: 'sid', version: '8.23.0' },
];

export const chrootsDir = () => process.env.CURL_CHROOTS_DIR || join(homedir(), '.cache', 'proxy-auth-reference', 'chroots');

/** Every real curl the interop suite runs: the host's, then one per chroot (root '' means the host). */
export function curlVersions() {
  const host = { version: hostCurlVersion(), root: '', label: 'host /usr/bin/curl' };
  return [host, ...CURL_SUITES.map((s) => ({ version: s.version, root: join(chrootsDir(), s.suite), label: `Debian ${s.suite} chroot` }))];
}

function hostCurlVersion() {
  try {
    return /^curl (\S+)/.exec(execFileSync('/usr/bin/curl', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
  } catch {
    return 'missing';
  }
}

const complete = (dir) =>
  existsSync(join(dir, 'usr', 'bin', 'curl')) && existsSync(join(dir, 'etc', 'ssl', 'certs', 'ca-certificates.crt'));

function canBuild() {
  const isRoot = process.getuid?.() === 0;
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !has('apt-get') || !has('chroot'))
    return 'it needs root, apt-get and chroot (a Debian or Ubuntu machine run as root, as in CI)';
  if (!has('debootstrap')) {
    console.log('[curl-chroots] installing debootstrap with apt-get ...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok =
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'debootstrap'], { stdio: 'inherit', env }).status === 0;
    if (!ok || !has('debootstrap')) return 'debootstrap could not be installed with apt-get';
  }
  return undefined;
}

/** Runs a command, prefixing its output lines with the suite name; resolves with its exit status. */
function run(tag, cmd, args, log) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    let shown = 0;
    const onData = (chunk) => {
      writeFileSync(log, chunk, { flag: 'a' });
      // debootstrap prints ~400 lines per suite: show the stages, not every package.
      for (const line of chunk.toString().split('\n')) {
        if (/^I: (Retrieving|Validating|Unpacking|Extracting|Configuring|Installing) \S+ [\d:]/.test(line)) continue;
        if (/^(Setting up|Unpacking|Selecting|Preparing|Get:|Processing)/.test(line)) continue;
        if (line.trim() !== '' && shown++ < 200) console.log(`[curl-chroots ${tag}] ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => {
      writeFileSync(log, String(e), { flag: 'a' });
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function buildSuite(base, { suite, version }) {
  const dir = join(base, suite);
  const tmp = `${dir}.tmp`;
  const log = join(base, `${suite}.log`);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(0);
  if (existsSync(tmp)) {
    console.log(`[curl-chroots ${suite}] removing an unfinished earlier build (${tmp})`);
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(log, '');
  console.log(`[curl-chroots ${suite}] debootstrap --variant=minbase ${suite} ${tmp} (log: ${log}) ...`);
  if ((await run(suite, 'debootstrap', ['--variant=minbase', suite, tmp, 'http://deb.debian.org/debian'], log)) !== 0)
    throw new Error(`debootstrap ${suite} failed after ${seconds()} s: see ${log}`);
  console.log(`[curl-chroots ${suite}] base system after ${seconds()} s; apt-get install curl ca-certificates ...`);
  // sid's Release file can be past its Valid-Until on a mirror snapshot; trixie's is checked as usual.
  const update = suite === 'sid' ? ['-o', 'Acquire::Check-Valid-Until=false', 'update'] : ['update'];
  if ((await run(suite, 'chroot', [tmp, 'apt-get', '-q', ...update], log)) !== 0)
    throw new Error(`apt-get update in the ${suite} chroot failed: see ${log}`);
  const install = ['-q', '-y', '--no-install-recommends', 'install', 'curl', 'ca-certificates'];
  if ((await run(suite, 'chroot', [tmp, 'apt-get', ...install], log)) !== 0)
    throw new Error(`apt-get install curl in the ${suite} chroot failed: see ${log}`);
  spawnSync('chroot', [tmp, 'apt-get', 'clean'], { stdio: 'ignore' });
  if (!complete(tmp)) throw new Error(`the ${suite} chroot has no curl or CA bundle after the install: see ${log}`);
  const got = /^curl (\S+)/.exec(execFileSync('chroot', [tmp, 'curl', '--version'], { encoding: 'utf8' }))?.[1];
  renameSync(tmp, dir);
  console.log(
    `[curl-chroots ${suite}] done in ${seconds()} s: curl ${got}${got === version ? '' : ` (the interop suite expects ${version})`}`,
  );
}

/**
 * Builds the missing chroots (in parallel) and returns once all exist. Throws with what to do when it cannot.
 */
export async function ensureCurlChroots() {
  const base = chrootsDir();
  const missing = CURL_SUITES.filter((s) => !complete(join(base, s.suite)));
  if (missing.length === 0) return;
  const why = canBuild();
  const names = missing.map((s) => s.suite).join(' and ');
  if (why)
    throw new Error(
      `The interop suite runs real curl 8.x from Debian chroots (${names}) in ${base}, and they cannot be built here: ${why}. ` +
        `Run \`sudo node scripts/curl-chroots.mjs\` once (or build them by hand: debootstrap --variant=minbase SUITE ${base}/SUITE, then ` +
        `chroot ${base}/SUITE apt-get install -y curl ca-certificates), or set CURL_CHROOTS_DIR to a folder that holds them.`,
    );
  mkdirSync(base, { recursive: true });
  const started = Date.now();
  console.log(`[curl-chroots] building ${names} in ${base} (first run only; ~3-5 min, ~380 MB each) ...`);
  const results = await Promise.allSettled(missing.map((s) => buildSuite(base, s)));
  const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
  if (failed.length > 0) throw new Error(`[curl-chroots] ${failed.join('; ')}`);
  console.log(`[curl-chroots] all built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await ensureCurlChroots();
    for (const v of curlVersions()) {
      const bin = v.root ? join(v.root, 'usr', 'bin', 'curl') : '/usr/bin/curl';
      console.log(`${v.version.padEnd(8)} ${v.label}${existsSync(bin) ? '' : ' (missing)'}`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
