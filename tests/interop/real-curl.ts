/**
 * Runs a real curl: the host's /usr/bin/curl, or Debian's curl inside a chroot (scripts/curl-chroots.mjs).
 *
 * Every run happens in its own mount namespace (`unshare -m`, private propagation) where /etc/resolv.conf
 * is the lab's `nameserver 127.0.0.1`, so even a name that does not resolve is only ever asked of loopback;
 * for a chroot, the lab's temp dir is bound at the same path inside it, so the files a scenario passes
 * (certificates, trace files) are where curl looks. A chroot shares the host's network namespace, so curl
 * inside reaches the Squids on 127.0.0.1. The environment is exactly what the scenario gives, plus PATH and HOME.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RealCurl {
  version: string;
  /** '' for the host's curl, else the chroot's root. */
  root: string;
  label: string;
}

export interface Run {
  stderr: string[];
  stdout: string;
  exitCode: number;
}

const SCRIPT = [
  'set -e',
  'root="$1"; dir="$2"; shift 2',
  'mount --bind "$dir/resolv.conf" "$root/etc/resolv.conf"',
  'if [ -n "$root" ]; then mount --bind "$dir" "$root$dir"; exec chroot "$root" /usr/bin/env -i "$@"; fi',
  'exec /usr/bin/env -i "$@"',
].join('\n');

/** Prepares the mount point for the lab's dir inside a chroot; returns the cleanup. */
export function bindPoint(curl: RealCurl, dir: string): () => void {
  if (!curl.root) return () => undefined;
  const at = join(curl.root, dir);
  mkdirSync(at, { recursive: true });
  return () => rmdirSync(at);
}

export function runCurl(curl: RealCurl, dir: string, args: string[], env: Record<string, string>): Promise<Run> {
  const vars = Object.entries({ PATH: '/usr/bin:/bin', HOME: dir, ...env }).map(([k, v]) => `${k}=${v}`);
  const argv = ['-m', '--propagation', 'private', 'sh', '-c', SCRIPT, 'sh', curl.root, dir, ...vars, '/usr/bin/curl', ...args];
  return new Promise((resolve) => {
    execFile('/usr/bin/unshare', argv, { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 0;
      resolve({ stderr: stderr.split('\n').filter((l, i, a) => i < a.length - 1 || l !== ''), stdout, exitCode: code });
    });
  });
}
