/**
 * Parse time per header for typical and large Proxy-Authenticate values, Digest computation time, and the same
 * typical inputs through three npm parsers. Before the timings, a table says whether each parser got each
 * input right, compared with the challenges our parser gives (which the unit tests pin down).
 */
import { createRequire } from 'node:module';
import { parseWWWAuthenticateHeader } from 'http-auth-utils';
import { bench, describe } from 'vitest';
import { computeDigestResponse } from '../../src/lib/auth/digest';
import { parseChallenges } from '../../src/lib/http/challenges';

const require = createRequire(import.meta.url);
// Neither CommonJS package ships types; these are the parts used.
const authHeader = require('auth-header') as {
  parse(header: string): { scheme: string; token: string | string[] | null; params: Record<string, string | string[]> };
};
const wwwAuthenticate = require('www-authenticate') as {
  parsers: { WWW_Authenticate: new (header: string) => { scheme?: string; token?: string; parms?: Record<string, string>; err?: unknown } };
};

const TYPICAL: Record<string, string> = {
  'Squid Basic': 'Basic realm="Squid proxy-caching web server"',
  'RFC 7616 Digest':
    'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
  'bare Negotiate': 'Negotiate',
  'NTLM type 2 token68':
    'NTLM TlRMTVNTUAACAAAADAAMADAAAAA1goniPvgEgmmkBq8AAAAAAAAAAGIAYgA8AAAARABPAE0AQQBJAE4AAgAMAEQATwBNAEEASQBOAAEADABTAEUAUgBWAEUAUgAEABQAZABvAG0AYQBpAG4ALgBjAG8AbQADACIAcwBlAHIAdgBlAHIALgBkAG8AbQBhAGkAbgAuAGMAbwBtAAAAAAA=',
  'IIS Negotiate + NTLM lines': 'Negotiate, NTLM',
  'two challenges, quoted comma': 'Basic realm="a, b", Digest realm="x", nonce="y", qop="auth,auth-int"',
  'escaped quotes': 'Basic realm="a \\"q\\" b"',
  'empty list elements': ', Basic realm="x",, ',
  'Bearer error': 'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
};

interface Normal {
  scheme: string;
  token68?: string;
  params: Record<string, string>;
}

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
function normal(scheme: string, token68: string | null | undefined, params: Record<string, unknown>): Normal {
  const out: Normal = { scheme: scheme.toLowerCase(), params: {} };
  if (token68) out.token68 = token68;
  for (const [name, value] of Object.entries(params)) out.params[key(name)] = typeof value === 'string' ? value : JSON.stringify(value);
  return out;
}

const PEERS: Record<string, (header: string) => Normal[]> = {
  'auth-header@1.0.0': (h) => {
    const r = authHeader.parse(h);
    return [normal(r.scheme, Array.isArray(r.token) ? r.token.join(',') : r.token, r.params)];
  },
  'www-authenticate@0.6.3': (h) => {
    const r = new wwwAuthenticate.parsers.WWW_Authenticate(h);
    if (r.err) throw new Error(String(r.err));
    return [normal(r.scheme ?? '', r.token, r.parms ?? {})];
  },
  'http-auth-utils@6.0.1': (h) => {
    const r = parseWWWAuthenticateHeader(h);
    return [normal(r.type, undefined, r.data)];
  },
};

function expected(header: string): Normal[] {
  return parseChallenges(header).challenges.map((c) =>
    normal(c.scheme, c.token68, Object.fromEntries(c.params.map((p) => [p.name, p.value]))),
  );
}

const rows = Object.entries(TYPICAL).map(([name, header]) => {
  const want = JSON.stringify(expected(header));
  const row: Record<string, string> = { input: name };
  for (const [peer, parse] of Object.entries(PEERS)) {
    try {
      row[peer] = JSON.stringify(parse(header)) === want ? 'right' : 'wrong';
    } catch (error) {
      row[peer] = `threw (${error instanceof Error ? error.message.slice(0, 30) : 'error'})`;
    }
  }
  return row;
});
console.log('\nDo the peers get the challenges right? (compared with parseChallenges)');
console.table(rows);

const MB = 1 << 20;
const large64k = 'Digest ' + Array.from({ length: (64 * 1024) / 16 }, (_, i) => `p${i}="v${i}"`).join(', ');
const large1m = 'Basic realm="' + 'x'.repeat(MB) + '", ' + Array.from({ length: MB / 16 }, () => 'NTLM').join(', ');

describe('parseChallenges, typical headers', () => {
  for (const [name, header] of Object.entries(TYPICAL)) bench(name, () => void parseChallenges(header));
});

describe('parseChallenges, large inputs', () => {
  bench('64 KB of Digest parameters', () => void parseChallenges(large64k));
  bench('1 MB realm and challenges', () => void parseChallenges(large1m), { iterations: 5 });
});

describe('computeDigestResponse (RFC 7616 §3.9.1 inputs)', () => {
  const input = {
    username: 'Mufasa',
    password: 'Circle of Life',
    realm: 'http-auth@example.org',
    nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
    method: 'GET',
    uri: '/dir/index.html',
    qop: 'auth' as const,
    nc: 1,
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  };
  for (const algorithm of ['MD5', 'SHA-256', 'SHA-512-256', 'SHA-512-256-sess']) {
    bench(algorithm, () => void computeDigestResponse({ ...input, algorithm }));
  }
});

describe('peers on the typical headers (all inputs per iteration)', () => {
  bench('parseChallenges (ours)', () => {
    for (const header of Object.values(TYPICAL)) parseChallenges(header);
  });
  for (const [peer, parse] of Object.entries(PEERS)) {
    bench(peer, () => {
      for (const header of Object.values(TYPICAL)) {
        try {
          parse(header);
        } catch {
          // a peer that throws still costs its time
        }
      }
    });
  }
});
