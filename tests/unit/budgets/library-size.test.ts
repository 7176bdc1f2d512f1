import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../../../scripts/size.mjs';

const KB = 1024;
/**
 * The protocol core (src/lib minus curl/, snippets/, no-proxy/) measures 31.1 KB gz with @noble/hashes,
 * above the 15 KB the project aims at: SPNEGO/Kerberos, NTLM encode and decode, DES, MD4, Digest and
 * Bearer are features, not fat. Widgets load it lazily, so no page pays it up front. This budget stops
 * it from growing unnoticed.
 */
const CORE_BUDGET = 32 * KB;
const WIDGET_EAGER_BUDGET = 15 * KB;

/** The HTTP grammar and every auth scheme, as src/lib/index.ts re-exports them. */
const CORE_ENTRY = `
export * from './diagnostics';
export * from './bytes';
export * from './http/challenges';
export * from './http/credentials-field';
export { isToken, isToken68 } from './http/chars';
export { quoteString, formatParamValue } from './http/quoted-string';
export * from './http/ext-value';
export * from './auth/basic';
export * from './auth/bearer';
export * from './auth/digest';
export * from './auth/digest-challenge';
export * from './auth/digest-credentials';
export * from './auth/credentials';
export * from './auth/ntlm';
export * from './auth/negotiate';
export { md4 } from './auth/md4';
`;

async function coreGzipSize(): Promise<number> {
  const result = await build({
    stdin: { contents: CORE_ENTRY, resolveDir: 'src/lib', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return gzipSync(Buffer.from(result.outputFiles[0]!.text), { level: 9 }).length;
}

describe('bundle size budgets', () => {
  describe('with the protocol core bundled alone, minified and gzipped', () => {
    it(`stays within ${CORE_BUDGET / KB} KB`, async () => {
      const size = await coreGzipSize();
      expect(size).toBeGreaterThan(1 * KB);
      expect(size).toBeLessThanOrEqual(CORE_BUDGET);
    }, 60_000);
  });

  describe("with each widget's element.ts and its static imports", () => {
    const widgets = existsSync('src/widgets')
      ? readdirSync('src/widgets').filter((name) => existsSync(join('src/widgets', name, 'element.ts')))
      : [];
    it('finds the widgets', () => {
      expect(widgets.length).toBeGreaterThan(0);
    });
    for (const widget of widgets) {
      it(`keeps ${widget}'s eager bundle within ${WIDGET_EAGER_BUDGET / KB} KB`, async () => {
        const { eager } = await bundleSize(join('src/widgets', widget, 'element.ts'));
        expect(eager).toBeGreaterThan(0);
        expect(eager).toBeLessThanOrEqual(WIDGET_EAGER_BUDGET);
      }, 60_000);
    }
  });
});
