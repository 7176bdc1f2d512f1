/**
 * The loopback lab the interop suite runs real curl against: six Squids (Basic, Digest, Basic+Digest, open,
 * NTLM, NTLM+Basic; NTLM through ntlm_fake_auth, which accepts any credentials), each with its own config,
 * pid file and logs in a temp dir; a plain HTTP origin (on 127.0.0.1 and ::1) and a TLS origin with a
 * self-signed certificate. Squid allows CONNECT only to the TLS origin's port and to a refused port (as
 * Squid's stock SSL_ports rule does for 443), so a CONNECT elsewhere gets 403 and one to the refused port 503.
 * Everything listens on loopback; every process started here is stopped by PID in stop().
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkModel, ProxyAuthOffer } from '../../src/lib/proxy-model/network';

const SQUID = '/usr/sbin/squid';
/** Accepts any NTLM credentials; answers type-1 with a type-2 without TargetInfo (Squid's helpers/ntlm_auth/fake). */
const NTLM_HELPER = '/usr/lib/squid/ntlm_fake_auth';
export const NEEDED = [
  SQUID,
  '/usr/bin/curl',
  '/usr/bin/htpasswd',
  '/usr/bin/openssl',
  '/usr/bin/unshare',
  '/usr/lib/squid/basic_ncsa_auth',
  '/usr/lib/squid/digest_file_auth',
  NTLM_HELPER,
];
export const VARIANTS: Record<string, ProxyAuthOffer[]> = {
  basic: ['Basic'],
  digest: ['Digest'],
  both: ['Basic', 'Digest'],
  open: [],
  ntlm: ['NTLM'],
  ntlmbasic: ['NTLM', 'Basic'],
};
/**
 * A port nothing listens on and nothing will take: a free high port can be grabbed by another process
 * between picking it and using it. Port 1 (tcpmux) is privileged and unused.
 */
export const CLOSED_PORT = 1;

export interface Lab {
  dir: string;
  ports: Record<string, number>;
  originPort: number;
  tlsPort: number;
  network(): NetworkModel;
  stop(): Promise<void>;
}

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

function squidConfig(dir: string, name: string, port: number, schemes: ProxyAuthOffer[], connectPorts: number[]): string {
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
    `acl SSL_ports port ${connectPorts.join(' ')}`,
    'acl CONNECT method CONNECT',
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
  lines.push('http_access deny CONNECT !SSL_ports');
  if (schemes.length > 0) lines.push('acl authed proxy_auth REQUIRED', 'http_access allow authed', 'http_access deny all');
  else lines.push('http_access allow all');
  return lines.join('\n') + '\n';
}

function makeFiles(dir: string): void {
  chmodSync(dir, 0o777); // Squid drops privileges to 'proxy' and must write its logs here
  execFileSync('/usr/bin/htpasswd', ['-bc', `${dir}/passwd`, 'alice', 'secret'], { stdio: 'ignore' });
  writeFileSync(`${dir}/digest`, 'alice:secret\n');
  writeFileSync(`${dir}/hosts`, '127.0.0.1 localhost\n');
  // curl's resolver inside the test: only loopback is ever asked (see real-curl.ts)
  writeFileSync(`${dir}/resolv.conf`, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');
  for (const f of ['passwd', 'digest', 'hosts', 'resolv.conf']) chmodSync(`${dir}/${f}`, 0o644);
  const req = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`];
  execFileSync('/usr/bin/openssl', [...req, '-days', '2', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  chmodSync(`${dir}/cert.pem`, 0o644);
}

function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    }, 3000).unref();
  });
}

export async function startLab(): Promise<Lab> {
  const missing = NEEDED.filter((p) => !existsSync(p));
  if (missing.length > 0)
    throw new Error(
      `Interop tests need squid, apache2-utils, openssl, util-linux and curl; missing: ${missing.join(', ')} (scripts/test.mjs installs them with apt-get)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'curl-squid-'));
  makeFiles(dir);
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('hello from origin\n');
    });
  };
  const originPort = await freePort();
  const tlsPort = await freePort();
  const servers: net.Server[] = [http.createServer(handler), http.createServer(handler)];
  const tls = https.createServer({ key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) }, handler);
  await listen(servers[0]!, originPort, '127.0.0.1');
  await listen(servers[1]!, originPort, '::1');
  await listen(tls, tlsPort, '127.0.0.1');
  servers.push(tls);

  const squids: ChildProcess[] = [];
  const ports: Record<string, number> = {};
  const connectPorts = [tlsPort, CLOSED_PORT];
  await Promise.all(
    Object.entries(VARIANTS).map(async ([name, schemes]) => {
      const port = await freePort();
      ports[name] = port;
      writeFileSync(`${dir}/${name}.conf`, squidConfig(dir, name, port, schemes, connectPorts));
      const child = spawn(SQUID, ['-N', '-f', `${dir}/${name}.conf`], { stdio: 'ignore' });
      squids.push(child);
      await waitForPort(port, child, `${dir}/${name}-cache.log`);
    }),
  );
  return {
    dir,
    ports,
    originPort,
    tlsPort,
    network: () => model(ports, originPort, tlsPort, connectPorts),
    async stop() {
      await Promise.all(squids.map(stopChild)); // Squid stops its auth helpers itself
      await Promise.all(servers.map(close));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function model(ports: Record<string, number>, originPort: number, tlsPort: number, connectPorts: number[]): NetworkModel {
  const originHeaders: [string, string][] = [
    ['Content-Type', 'text/plain'],
    ['Date', ''],
    ['Connection', 'keep-alive'],
    ['Keep-Alive', 'timeout=5'],
    ['Transfer-Encoding', 'chunked'],
  ];
  const proxies: NetworkModel['proxies'] = { [`127.0.0.1:${CLOSED_PORT}`]: { listening: false } };
  for (const [name, schemes] of Object.entries(VARIANTS)) {
    proxies[`127.0.0.1:${ports[name]}`] = {
      schemes,
      realm: 'Squid proxy',
      connectPorts,
      hostname: 'proxy',
      ntlm: { flags: 0x00088206, targetName: 'WORKGROUP', targetInfo: false }, // ntlm_fake_auth's type-2
    };
  }
  const origin = { headers: originHeaders, body: 'hello from origin\n' };
  return {
    proxies,
    origins: {
      [`127.0.0.1:${originPort}`]: origin,
      [`::1:${originPort}`]: origin,
      [`127.0.0.1:${CLOSED_PORT}`]: { reachable: false },
      [`127.0.0.1:${tlsPort}`]: { tls: 'self-signed', certificateName: 'localhost', ...origin },
    },
    unresolvable: ['proxy.invalid'],
  };
}
