/**
 * simulateCurl (7.88.1 profile) against the real curl and a real Squid, line by line.
 *
 * Starts, on 127.0.0.1 only: six Squids (Basic, Digest, Basic+Digest, open, NTLM, NTLM+Basic; NTLM through
 * ntlm_fake_auth, which accepts any credentials) with their own config, pid file and logs in a temp dir, a plain
 * HTTP origin and a TLS origin with a self-signed certificate. Runs `curl -v` for a matrix of scenarios and
 * compares its stderr with the simulation after masking what legitimately varies (dates, nonces, Digest
 * responses, NTLM challenges and responses, error-page lengths, pointers, certificate dates, TLS ticket lines).
 * Every process started here is stopped by PID in afterAll (Squid stops its auth helpers itself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCurlType3, readCurlType2 } from '../../src/lib/curl/ntlm-type3';
import { simulateCurl } from '../../src/lib/curl/simulate';
import type { NetworkModel, ProxyAuthOffer } from '../../src/lib/proxy-model/network';

const SQUID = '/usr/sbin/squid';
const CURL = '/usr/bin/curl';
/** Accepts any NTLM credentials; answers type-1 with a type-2 without TargetInfo (Squid's helpers/ntlm_auth/fake). */
const NTLM_HELPER = '/usr/lib/squid/ntlm_fake_auth';
const NEEDED = [
  SQUID,
  CURL,
  '/usr/bin/htpasswd',
  '/usr/bin/openssl',
  '/usr/lib/squid/basic_ncsa_auth',
  '/usr/lib/squid/digest_file_auth',
  NTLM_HELPER,
];
const VARIANTS: Record<string, ProxyAuthOffer[]> = {
  basic: ['Basic'],
  digest: ['Digest'],
  both: ['Basic', 'Digest'],
  open: [],
  ntlm: ['NTLM'],
  ntlmbasic: ['NTLM', 'Basic'],
};

let dir = '';
const squids: ChildProcess[] = [];
const ports: Record<string, number> = {};
let httpOrigin: http.Server | undefined;
let tlsOrigin: https.Server | undefined;
let originPort = 0;
let tlsPort = 0;
let closedPort = 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, logFile: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`squid exited early:\n${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.destroy();
        resolve(true);
      });
      sock.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`squid did not listen on ${port}`);
}

function squidConfig(name: string, port: number, schemes: ProxyAuthOffer[]): string {
  const lines = [
    `http_port 127.0.0.1:${port}`,
    `pid_filename ${dir}/${name}.pid`,
    `cache_log ${dir}/${name}-cache.log`,
    `access_log ${dir}/${name}-access.log`,
    `coredump_dir ${dir}`,
    'cache deny all',
    'shutdown_lifetime 0 seconds',
    'visible_hostname proxy',
    'dns_nameservers 127.0.0.1',
    `hosts_file ${dir}/hosts`,
    'pinger_enable off',
  ];
  for (const s of schemes) {
    if (s === 'NTLM') lines.push(`auth_param ntlm program ${NTLM_HELPER}`, 'auth_param ntlm children 1');
    if (s === 'Basic')
      lines.push(
        `auth_param basic program /usr/lib/squid/basic_ncsa_auth ${dir}/passwd`,
        'auth_param basic realm Squid proxy',
        'auth_param basic children 2',
      );
    if (s === 'Digest')
      lines.push(
        `auth_param digest program /usr/lib/squid/digest_file_auth ${dir}/digest`,
        'auth_param digest realm Squid proxy',
        'auth_param digest children 2',
      );
  }
  if (schemes.length > 0) lines.push('acl authed proxy_auth REQUIRED', 'http_access allow authed', 'http_access deny all');
  else lines.push('http_access allow all');
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  const missing = NEEDED.filter((p) => !existsSync(p));
  if (missing.length > 0)
    throw new Error(
      `Interop tests need squid, apache2-utils, openssl and curl; missing: ${missing.join(', ')} (scripts/test.mjs installs them with apt-get)`,
    );
  dir = mkdtempSync(join(tmpdir(), 'curl-squid-'));
  chmodSync(dir, 0o777); // Squid drops privileges to 'proxy' and must write its logs here
  execFileSync('/usr/bin/htpasswd', ['-bc', `${dir}/passwd`, 'alice', 'secret'], { stdio: 'ignore' });
  writeFileSync(`${dir}/digest`, 'alice:secret\n');
  writeFileSync(`${dir}/hosts`, '127.0.0.1 localhost\n');
  for (const f of ['passwd', 'digest', 'hosts']) chmodSync(`${dir}/${f}`, 0o644);
  execFileSync(
    '/usr/bin/openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${dir}/key.pem`,
      '-out',
      `${dir}/cert.pem`,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
    ],
    { stdio: 'ignore' },
  );

  const handler = (_req: http.IncomingMessage, res: http.ServerResponse): void => {
    _req.resume();
    _req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('hello from origin\n');
    });
  };
  originPort = await freePort();
  tlsPort = await freePort();
  // A port nothing listens on and nothing will take: a free high port can be grabbed by another process
  // (or one of our own Squids) between picking it and using it. Port 1 (tcpmux) is privileged and unused.
  closedPort = 1;
  httpOrigin = http.createServer(handler);
  tlsOrigin = https.createServer({ key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) }, handler);
  await new Promise<void>((r) => httpOrigin!.listen(originPort, '127.0.0.1', r));
  await new Promise<void>((r) => tlsOrigin!.listen(tlsPort, '127.0.0.1', r));

  await Promise.all(
    Object.entries(VARIANTS).map(async ([name, schemes]) => {
      const port = await freePort();
      ports[name] = port;
      writeFileSync(`${dir}/${name}.conf`, squidConfig(name, port, schemes));
      const child = spawn(SQUID, ['-N', '-f', `${dir}/${name}.conf`], { stdio: 'ignore' });
      squids.push(child);
      await waitForPort(port, child, `${dir}/${name}-cache.log`);
    }),
  );
});

afterAll(async () => {
  await Promise.all(
    squids.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.pid === undefined) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => {
            if (child.exitCode === null) child.kill('SIGKILL');
          }, 3000).unref();
        }),
    ),
  );
  await new Promise<void>((r) => (httpOrigin ? httpOrigin.close(() => r()) : r()));
  await new Promise<void>((r) => (tlsOrigin ? tlsOrigin.close(() => r()) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function network(): NetworkModel {
  const originHeaders: [string, string][] = [
    ['Content-Type', 'text/plain'],
    ['Date', ''],
    ['Connection', 'keep-alive'],
    ['Keep-Alive', 'timeout=5'],
    ['Transfer-Encoding', 'chunked'],
  ];
  const proxies: NetworkModel['proxies'] = { [`127.0.0.1:${closedPort}`]: { listening: false } };
  for (const [name, schemes] of Object.entries(VARIANTS)) {
    proxies[`127.0.0.1:${ports[name]}`] = {
      schemes,
      realm: 'Squid proxy',
      connectPorts: [tlsPort],
      hostname: 'proxy',
      ntlm: { flags: 0x00088206, targetName: 'WORKGROUP', targetInfo: false }, // ntlm_fake_auth's type-2
    };
  }
  return {
    proxies,
    origins: {
      [`127.0.0.1:${originPort}`]: { headers: originHeaders, body: 'hello from origin\n' },
      [`127.0.0.1:${tlsPort}`]: { tls: 'self-signed', certificateName: 'localhost', headers: originHeaders, body: 'hello from origin\n' },
    },
  };
}

/**
 * An NTLM token with what legitimately differs between two runs masked. Type 1 stays exact (curl's is fixed).
 * Type 2 (the proxy's) keeps its flags and TargetInfo length, not its server challenge. Type 3 keeps its layout
 * (every field's length and offset), flags, names and the NTLMv2 blob header, not the responses, which depend on
 * the server challenge, curl's random client challenge and the clock (MS-NLMP §2.2.1.3, §2.2.2.7).
 */
function ntlmShape(b64: string): string {
  const b = Buffer.from(b64, 'base64');
  if (b.length < 12 || b.toString('latin1', 0, 8) !== 'NTLMSSP\0') return b64;
  const type = b.readUInt32LE(8);
  if (type === 1) return b64;
  if (type === 2 && b.length >= 32) {
    const flags = b.readUInt32LE(20);
    const info = flags & 0x00800000 && b.length >= 48 ? b.readUInt16LE(40) : 0;
    return `<type-2 flags=0x${flags.toString(16).padStart(8, '0')} targetInfo=${info}>`;
  }
  if (type === 3 && b.length >= 64) {
    const field = (name: string, at: number, text: boolean): string => {
      const len = b.readUInt16LE(at);
      const off = b.readUInt32LE(at + 4);
      const value = text ? ` '${b.toString('latin1', off, off + len)}'` : '';
      return `${name}=${len}@${off}${value}`;
    };
    const ntLen = b.readUInt16LE(20);
    const ntOff = b.readUInt32LE(24);
    const blob = ntLen > 24 ? ` blob=${b.toString('hex', ntOff + 16, ntOff + 24)}` : '';
    return [
      '<type-3',
      field('lm', 12, false),
      field('nt', 20, false) + blob,
      field('domain', 28, true),
      field('user', 36, true),
      field('host', 44, true),
      field('sessionKey', 52, false),
      `flags=0x${b.readUInt32LE(60).toString(16).padStart(8, '0')}`,
      `size=${b.length}>`,
    ].join(' ');
  }
  return `<type-${type}?>`;
}

/** What legitimately differs between two runs. */
function mask(line: string): string | undefined {
  line = line.replace(/\r$/, ''); // received header lines keep their CR
  if (/^[{}] \[\d+ bytes data\]$/.test(line)) return undefined; // stdout is not a terminal in tests
  if (line.includes('Newsession Ticket') || line.includes('old SSL session ID is stale')) return undefined; // timing of TLS 1.3 tickets
  return line
    .replace(/^< Date: .*/, '< Date: <date>')
    .replace(/nonce="[^"]*"/g, 'nonce="<nonce>"')
    .replace(/cnonce="[^"]*"/g, 'cnonce="<cnonce>"')
    .replace(/response="[0-9a-f]+"/g, 'response="<response>"')
    .replace(/^< Content-Length: \d+$/, '< Content-Length: <n>')
    .replace(/^\* Ignore \d+ bytes/, '* Ignore <n> bytes')
    .replace(/0x[0-9a-f]+ \[serially\]/, '0x<ptr> [serially]')
    .replace(/^\* {2}(start|expire) date: .*/, '*  $1 date: <date>')
    .replace(/squid\/[\d.]+/g, 'squid/<v>')
    .replace(
      /^([<>] Proxy-(?:Authorization|Authenticate): NTLM )([A-Za-z0-9+/=]+)$/,
      (_m, head: string, token: string) => head + ntlmShape(token),
    );
}

interface Run {
  stderr: string[];
  stdout: string;
  exitCode: number;
}

function runCurl(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(CURL, args, { env: { PATH: '/usr/bin:/bin', HOME: dir, ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 0;
      resolve({ stderr: stderr.split('\n').filter((l, i, a) => i < a.length - 1 || l !== ''), stdout, exitCode: code });
    });
  });
}

const shellQuote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

async function compare(argsOf: () => string[], env: Record<string, string> = {}, compareStdout = false): Promise<void> {
  const args = argsOf();
  const real = await runCurl(args, env);
  const sim = simulateCurl({ command: `curl ${args.map(shellQuote).join(' ')}`, env, network: network(), curlVersion: '7.88.1' });
  const simStderr = sim.lines.filter((l) => l.stream === 'stderr').map((l) => l.text);
  const clean = (lines: string[]): string[] => lines.map(mask).filter((l): l is string => l !== undefined);
  expect(clean(simStderr)).toEqual(clean(real.stderr));
  expect(sim.exitCode).toBe(real.exitCode);
  if (compareStdout)
    expect(
      sim.lines
        .filter((l) => l.stream === 'stdout')
        .map((l) => l.text + '\n')
        .join(''),
    ).toBe(real.stdout);
}

const P = (name: string): string => `http://127.0.0.1:${ports[name]}`;
const O = (): string => `http://127.0.0.1:${originPort}/`;
const T = (): string => `https://127.0.0.1:${tlsPort}/`;

describe('curl 7.88.1 and Squid 5.7 against simulateCurl', () => {
  describe('plain http:// through the proxy', () => {
    it('without credentials: 407, exit 0', () => compare(() => ['-sSv', '-o', '/dev/null', '-x', P('both'), O()]));
    it('with the right Basic credentials: 200', () => compare(() => ['-sSv', '-x', P('both'), '-U', 'alice:secret', O()], {}, true));
    it('with wrong Basic credentials: Authentication problem', () =>
      compare(() => ['-sSv', '-o', '/dev/null', '-x', P('basic'), '-U', 'mallory:wrong', O()]));
    it('with -f: exit 22', () => compare(() => ['-sSv', '-f', '-x', P('basic'), O()]));
    it('with --proxy-digest: two rounds on one connection', () =>
      compare(() => ['-sSv', '-x', P('digest'), '--proxy-digest', '-U', 'alice:secret', O()], {}, true));
    it('with --proxy-anyauth and a body: Digest is picked', () =>
      compare(() => ['-sSv', '-x', P('both'), '--proxy-anyauth', '-U', 'alice:secret', '-d', 'a=1', O()], {}, true));
    it('through an open proxy', () => compare(() => ['-sSv', '-x', P('open'), O()], {}, true));
  });
  describe('NTLM (ntlm_fake_auth)', () => {
    it('plain http:// with --proxy-ntlm: three messages on one connection', () =>
      compare(() => ['-sSv', '-x', P('ntlm'), '--proxy-ntlm', '-U', 'alice:secret', O()], {}, true));
    it('without credentials: 407 offering NTLM and Basic', () => compare(() => ['-sSv', '-o', '/dev/null', '-x', P('ntlmbasic'), O()]));
    it('--proxy-anyauth with NTLM and Basic offered: NTLM is picked', () =>
      compare(() => ['-sSv', '-x', P('ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', O()], {}, true));
    it("the simulator's type-3 equals curl's byte for byte, given curl's type-2, client challenge and clock", async () => {
      const real = await runCurl(['-sSv', '-o', '/dev/null', '-x', P('ntlm'), '--proxy-ntlm', '-U', 'EXAMPLE\\alice:secret', O()], {});
      const token = (prefix: string): string =>
        real.stderr
          .map((l) => l.replace(/\r$/, ''))
          .find((l) => l.startsWith(prefix) && !l.includes('TlRMTVNTUAAB'))
          ?.slice(prefix.length) ?? '';
      const type2 = readCurlType2(token('< Proxy-Authenticate: NTLM '));
      const type3 = Buffer.from(token('> Proxy-Authorization: NTLM '), 'base64');
      expect(type2).toBeDefined();
      const nt = type3.readUInt32LE(24); // NTLMv2 blob (MS-NLMP §2.2.2.7): time at +8, client challenge at +16
      const built = buildCurlType3({
        type2: type2!,
        user: 'EXAMPLE\\alice',
        password: 'secret',
        clientChallenge: new Uint8Array(type3.subarray(nt + 32, nt + 40)),
        time: type3.readBigUInt64LE(nt + 24),
      });
      expect(built.version).toBe('NTLMv2');
      expect(built.base64).toBe(type3.toString('base64'));
    });
    it('--proxy-ntlm with a body: held back until message 3', () =>
      compare(() => ['-sSv', '-x', P('ntlm'), '--proxy-ntlm', '-U', 'alice:secret', '-d', 'a=1', O()], {}, true));
    it('--proxy-anyauth with a body and NTLM and Basic offered', () =>
      compare(() => ['-sSv', '-x', P('ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', '-d', 'a=1', O()], {}, true));
    it('CONNECT with --proxy-ntlm', () =>
      compare(() => ['-sSv', '-k', '-x', P('ntlm'), '--proxy-ntlm', '-U', 'alice:secret', T()], {}, true));
    it('CONNECT with --proxy-anyauth', () =>
      compare(() => ['-sSv', '-k', '-x', P('ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', T()], {}, true));
  });
  describe('https:// through a CONNECT tunnel', () => {
    it('without credentials: exit 56', () => compare(() => ['-sSv', '-k', '-x', P('both'), T()]));
    it('with the right Basic credentials', () => compare(() => ['-sSv', '-k', '-x', P('both'), '-U', 'alice:secret', T()], {}, true));
    it('with --proxy-digest', () =>
      compare(() => ['-sSv', '-k', '-x', P('digest'), '--proxy-digest', '-U', 'alice:secret', T()], {}, true));
    it('with -w %{http_code} %{http_connect}', () =>
      compare(() => ['-sS', '-k', '-x', P('basic'), '-w', '%{http_code} %{http_connect}\\n', T()], {}, true));
  });
  describe('proxy from the environment', () => {
    it('http_proxy without a scheme', () => compare(() => ['-sSv', '-o', '/dev/null', O()], { http_proxy: `127.0.0.1:${ports['both']}` }));
    it('HTTPS_PROXY with credentials in the URL', () =>
      compare(() => ['-sSv', '-k', T()], { HTTPS_PROXY: `http://alice:secret@127.0.0.1:${ports['basic']}` }, true));
    it('NO_PROXY bypasses it', () => compare(() => ['-sSv', O()], { http_proxy: P('both'), NO_PROXY: '127.0.0.1' }, true));
  });
  describe('errors', () => {
    it('refused proxy port: exit 7', () => compare(() => ['-sSv', '-x', `http://127.0.0.1:${closedPort}`, O()]));
    it('an unencoded @ in the proxy password: exit 5', () =>
      compare(() => ['-sSv', '-x', `http://alice:p@ss@127.0.0.1:${ports['basic']}`, O()]));
    it('unsupported proxy scheme: exit 7', () => compare(() => ['-sSv', '-x', `foo://127.0.0.1:${ports['open']}`, O()]));
    it('--opt=value is unknown: exit 2', () => compare(() => ['-sSv', `--proxy=${P('open')}`, O()]));
  });
});
