import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolGuide } from '../../../src/lib/search/tool-guides';
import { titleIndex } from './fixtures';

const guide = (q: string) => toolGuide(titleIndex, q)?.url ?? null;

describe('toolGuide', () => {
  describe('with a setup question naming one tool', () => {
    it('gives that tool’s guide', () => {
      expect(guide('configure npm behind corporate proxy')).toBe('/guides/npm/');
      expect(guide('pip --proxy user:password')).toBe('/guides/pip/');
      expect(guide('go get behind proxy HTTPS_PROXY')).toBe('/guides/go/');
      expect(guide('requests proxies dict with username password')).toBe('/guides/python/');
      expect(guide('HttpClient proxy credentials C#')).toBe('/guides/dotnet/');
    });
  });

  describe('with a tool name that is also a common word', () => {
    it('needs the tool’s two-word form', () => {
      expect(guide('go through the proxy')).toBeNull();
      expect(guide('proxy requests are slow')).toBeNull();
    });
  });

  describe('with an error in hand or no proxy word', () => {
    it('leaves the query to the error messages', () => {
      expect(guide('npm install 407 Proxy Authentication Required')).toBeNull();
      expect(guide('npm ERR! code E407')).toBeNull();
      expect(guide('curl: (7) Failed to connect to proxy.example.org port 3128')).toBeNull();
    });
  });

  describe('with two tools', () => {
    it('gives no guide', () => {
      expect(guide('git and npm behind a proxy')).toBeNull();
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => void toolGuide(titleIndex, q)));
  });
});
