// Finds (and where it can, installs) the programs the tests drive: Debian's Chromium for the
// browser tests, and curl, Squid, htpasswd and openssl for the interop tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { what: 'Chromium', paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'], pkg: 'chromium' },
  { what: 'curl', paths: ['/usr/bin/curl'], pkg: 'curl' },
  { what: 'Squid', paths: ['/usr/sbin/squid'], pkg: 'squid' },
  { what: 'htpasswd', paths: ['/usr/bin/htpasswd'], pkg: 'apache2-utils' },
  { what: 'openssl', paths: ['/usr/bin/openssl'], pkg: 'openssl' },
];

/** Returns the Chromium path; exits with one clear sentence when something cannot be found or installed. */
export function ensureSystemDeps() {
  const missing = NEEDS.filter((n) => !n.paths.some((p) => p && existsSync(p)));
  if (missing.length > 0) {
    const pkgs = missing.map((m) => m.pkg);
    const isRoot = process.getuid?.() === 0;
    const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
    if (!isRoot || !hasApt) {
      console.error(
        `The tests need ${missing.map((m) => m.what).join(', ')}: install the Debian package(s) ${pkgs.join(' ')} ` +
          `(sudo apt-get install ${pkgs.join(' ')}), or set CHROMIUM_PATH to a Chromium binary, then run npm test again.`,
      );
      process.exit(1);
    }
    console.log(`Installing ${pkgs.join(', ')} with apt-get ...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  }
  const chromium = NEEDS[0].paths.find((p) => p && existsSync(p));
  if (!chromium) {
    console.error('Chromium is still missing after installation: set CHROMIUM_PATH to a Chromium binary.');
    process.exit(1);
  }
  return chromium;
}
