import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, fixTables, labelCells, mergePolicies, staticHostHeaders } from '../../../src/integrations/postbuild-html';

describe('fixTables', () => {
  it('makes tables focusable, heads columns and turns an empty corner cell into a td', () => {
    const html = '<table><thead><tr><th></th><th>407</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>';
    expect(fixTables(html)).toBe(
      '<table tabindex="0"><thead><tr><td></td><th scope="col">407</th></tr></thead><tbody><tr><td>a</td><td data-label="407">b</td></tr></tbody></table>',
    );
  });

  it('labels each body cell with the text of its column header, for the card layout on phones', () => {
    const html =
      '<table><thead><tr><th>Symptom</th><th><code>Fix</code> "now"</th></tr></thead><tbody><tr><td>a</td><td class="x">b</td></tr><tr><td>c</td></tr></tbody></table>';
    expect(labelCells(html)).toBe(
      '<table><thead><tr><th>Symptom</th><th><code>Fix</code> "now"</th></tr></thead><tbody><tr><td data-label="Symptom">a</td><td data-label="Fix &quot;now&quot;" class="x">b</td></tr><tr><td data-label="Symptom">c</td></tr></tbody></table>',
    );
    const headless = '<table><tbody><tr><td>a</td></tr></tbody></table>';
    expect(labelCells(headless)).toBe(headless);
  });

  it('leaves <thead> itself, existing scopes and tabindex alone', () => {
    const html = '<table tabindex="-1"><thead><tr><th scope="row">x</th></tr></thead></table>';
    expect(fixTables(html)).toBe(html);
  });
});

describe('addInlineScriptHashes', () => {
  const page = (policy: string, body: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body><script>${body}</script><script type="module" src="/_astro/a.js"></script></body>`;

  it('adds the SHA-256 of an inline script that the policy lacks', () => {
    const body = 'console.log(1)';
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    const out = addInlineScriptHashes(page("script-src 'self'; style-src 'self'", body));
    expect(out).toContain(`script-src 'self' ${hash}; style-src 'self'`);
  });

  it('changes nothing when every inline script is already allowed', () => {
    const body = 'x()';
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    const html = page(`script-src 'self' ${hash}`, body);
    expect(addInlineScriptHashes(html)).toBe(html);
  });
});

describe('static-host headers', () => {
  it('merges the pages’ policies directive by directive', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'; img-src 'self'", "script-src 'self' 'sha256-b'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
  });

  it('sets Cache-Control only for hashed assets and Pagefind, never twice for one path', () => {
    const headers = staticHostHeaders("script-src 'self'");
    const siteWide = headers.slice(0, headers.indexOf('\n\n'));
    expect(siteWide.startsWith('/*\n')).toBe(true);
    expect(siteWide).not.toContain('Cache-Control');
    expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
