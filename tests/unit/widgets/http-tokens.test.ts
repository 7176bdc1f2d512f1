import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitLines, tokenizeAuthValue, tokenizeHttp, tokenizeLine } from '../../../src/widgets/shared/http-tokens';

const classes = (tokens: { text: string; cls: string }[]) => tokens.filter((t) => t.cls).map((t) => `${t.cls}:${t.text}`);

describe('tokenizeLine', () => {
  describe('with a status line', () => {
    it('colours version, status and reason', () => {
      expect(classes(tokenizeLine('HTTP/1.1 407 Proxy Authentication Required'))).toEqual([
        'tk-version:HTTP/1.1',
        'tk-status:407',
        'tk-reason: Proxy Authentication Required',
      ]);
    });
  });
  describe('with a request line', () => {
    it('colours method, target and version', () => {
      expect(classes(tokenizeLine('CONNECT example.com:443 HTTP/1.1'))).toEqual([
        'tk-method:CONNECT',
        'tk-target:example.com:443',
        'tk-version:HTTP/1.1',
      ]);
    });
  });
  describe('with a curl -v prefix', () => {
    it('keeps the prefix apart and colours the header after "< "', () => {
      const t = tokenizeLine('< Proxy-Authenticate: Basic realm="proxy"');
      expect(classes(t)).toEqual([
        'tk-prefix:< ',
        'tk-name:Proxy-Authenticate',
        'tk-punct::',
        'tk-scheme:Basic',
        'tk-param:realm',
        'tk-string:"proxy"',
      ]);
    });
    it('marks "* " lines as info', () => {
      expect(classes(tokenizeLine('* Connected to proxy'))).toEqual(['tk-prefix:* ', 'tk-info:Connected to proxy']);
    });
  });
  describe('with a non-auth header', () => {
    it('leaves the value plain', () => {
      expect(classes(tokenizeLine('Via: 1.1 squid'))).toEqual(['tk-name:Via', 'tk-punct::']);
    });
  });
});

describe('tokenizeAuthValue', () => {
  describe('with two challenges in one value', () => {
    it('finds both schemes', () => {
      const t = tokenizeAuthValue(' Negotiate, NTLM, Basic realm="a, b"');
      expect(classes(t)).toEqual(['tk-scheme:Negotiate', 'tk-scheme:NTLM', 'tk-scheme:Basic', 'tk-param:realm', 'tk-string:"a, b"']);
    });
  });
  describe('with a token68 with padding', () => {
    it('does not take the padding for a parameter', () => {
      expect(classes(tokenizeAuthValue('Basic YWxpY2U='))).toEqual(['tk-scheme:Basic']);
    });
  });
  describe('with an unterminated quoted string', () => {
    it('stops at the end', () => {
      expect(
        tokenizeAuthValue('Digest realm="abc')
          .map((t) => t.text)
          .join(''),
      ).toBe('Digest realm="abc');
    });
  });
});

describe('tokenizeHttp', () => {
  it('splits CRLF and LF lines', () => {
    expect(splitLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
  });
  it('keeps every character but the CRs (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = tokenizeHttp(s)
          .map((line) => line.map((t) => t.text).join(''))
          .join('\n');
        expect(out).toBe(s.replace(/\r\n/g, '\n'));
      }),
    );
  });
});
