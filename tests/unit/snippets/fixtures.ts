import type { ProxyInput } from '../../../src/lib/snippets';

export const TRICKY = 'p@ss:w%rd#1 "x"';
export const TRICKY_ENC = 'p%40ss%3Aw%25rd%231%20%22x%22';

export function input(over: Partial<ProxyInput> = {}): ProxyInput {
  return {
    proxy: { scheme: 'http', host: 'proxy.example.com', port: 3128 },
    user: 'alice',
    password: 's3cret',
    authScheme: 'basic',
    noProxy: [],
    ...over,
  };
}
export const tricky = (over: Partial<ProxyInput> = {}): ProxyInput =>
  input({ password: TRICKY, noProxy: ['localhost', '.corp.example'], ...over });
