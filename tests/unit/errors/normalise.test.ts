import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/errors/normalise';

describe('normalise', () => {
  describe('with variable parts', () => {
    it('replaces URLs, hosts, IP addresses and paths by class tokens', () => {
      expect(normalise("unable to access 'https://git.corp.example/x.git/': Could not resolve proxy: proxy.corp.example")).toStrictEqual([
        'unable',
        'access',
        '<url>',
        'could',
        'not',
        'resolve',
        'proxy',
        '<host>',
      ]);
      expect(normalise('dial tcp 10.0.0.1:8080 and [2001:db8::1]:3128 /var/log/x C:\\Users\\alice')).toStrictEqual([
        'dial',
        'tcp',
        '<host>',
        '<host>',
        '3128',
        '<path>',
        '<path>',
      ]);
    });

    it('keeps numbers literal: 407 and 403 are different messages', () => {
      expect(normalise('response 407')).toStrictEqual(['response', '407']);
    });

    it('does not take a version number for a host', () => {
      expect(normalise('OpenSSL/3.0.11 curl 8.5.0 HTTP/1.1')).toStrictEqual(['openssl', '<num>', 'curl', '<num>', 'http', '<num>']);
    });
  });

  describe('with tool prefixes', () => {
    it('drops fatal:, error:, ERROR:, W: and E:', () => {
      expect(normalise('fatal: unable to access')).toStrictEqual(['unable', 'access']);
      expect(normalise('ERROR: No matching distribution')).toStrictEqual(['no', 'matching', 'distribution']);
      expect(normalise('error: fatal: x')).toStrictEqual(['x']);
      expect(normalise('W: Failed to fetch')).toStrictEqual(['failed', 'fetch']);
    });

    it('reads npm ERR! and npm error alike', () => {
      expect(normalise('npm ERR! code E407')).toStrictEqual(normalise('npm error code E407'));
      expect(normalise('npm ERR! code E407')).toStrictEqual(['npm', 'code', 'e407']);
    });

    it('drops Exception in thread "main" and Java package prefixes', () => {
      expect(normalise('Exception in thread "main" java.io.IOException: Unable to tunnel')).toStrictEqual([
        'ioexception',
        'unable',
        'tunnel',
      ]);
      expect(normalise('System.Net.Http.HttpRequestException: x')).toStrictEqual(['httprequestexception', 'x']);
    });

    it('keeps curl: (56) as words, and prefixes only at the start of a line', () => {
      expect(normalise('curl: (56) Proxy CONNECT aborted')).toStrictEqual(['curl', '56', 'proxy', 'connect', 'aborted']);
      expect(normalise('ERROR 407: Proxy')).toStrictEqual(['error', '407', 'proxy']);
    });
  });

  describe('with quotes and punctuation', () => {
    it('splits on quotes, brackets, commas and =', () => {
      expect(normalise(`ProxyError('Cannot connect to proxy.', OSError("x")) statusCode=407`)).toStrictEqual([
        'proxyerror',
        'cannot',
        'connect',
        'proxy',
        'oserror',
        'x',
        'statuscode',
        '407',
      ]);
    });
  });

  describe('with any input', () => {
    it('never throws and returns only non-empty tokens', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          for (const t of normalise(text)) expect(t.length).toBeGreaterThan(0);
        }),
      );
    });

    it('completes on 1 MB without whitespace and on 1 MB of lines', () => {
      expect(normalise('b.'.repeat(1 << 19)).length).toBe(1 << 19);
      expect(normalise('npm ERR! x\n'.repeat(100_000))).toHaveLength(200_000);
    });
  });
});
