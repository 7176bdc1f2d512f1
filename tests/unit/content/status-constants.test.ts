import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ECOSYSTEMS, STATUS_CONSTANTS, STATUS_CONSTANT_SOURCES, qualifiedName, type Ecosystem } from '../../../src/data/status-constants';
import extractedJson from '../../../src/data/status-constants.extracted.json';

// The table of per-language constants is written by hand (names plus version notes); the extracted JSON is what
// scripts/extract-status-constants.mjs read from each library's source at a release. They must agree exactly.

interface ExtractedName {
  name: string;
  deprecated?: boolean;
}
type Extracted = Record<Ecosystem, { release: string; codes: Record<string, ExtractedName[]> }>;
const extracted = extractedJson as Extracted;

const CODES_DIR = 'content/codes';

/** The `status` frontmatter of every status-code page: the site's code list. */
function siteStatuses(): { code: number; registry: string }[] {
  return readdirSync(CODES_DIR)
    .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
    .map((name) => {
      const text = readFileSync(join(CODES_DIR, name), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const status = (parse(frontmatter) as { status?: { code: number; registry: string } }).status;
      if (!status) throw new Error(`${name} has no status frontmatter`);
      return status;
    });
}

const site = siteStatuses();
const siteCodes = site.map((s) => s.code).sort((a, b) => a - b);
const tableCodes = Object.keys(STATUS_CONSTANTS)
  .map(Number)
  .sort((a, b) => a - b);

describe('the constants table', () => {
  it('has a row for exactly the codes the content collection has', () => {
    expect(siteCodes.length).toBeGreaterThan(90);
    expect(tableCodes).toEqual(siteCodes);
  });

  it('gives every row an entry for every ecosystem', () => {
    for (const code of tableCodes) expect(Object.keys(STATUS_CONSTANTS[code]!).sort()).toEqual([...ECOSYSTEMS].sort());
  });

  it('names 407 as the libraries do', () => {
    const row = STATUS_CONSTANTS[407]!;
    const qualified = Object.fromEntries(ECOSYSTEMS.map((e) => [e, row[e].kind === 'named' ? qualifiedName(e, row[e].name) : null]));
    expect(qualified).toEqual({
      go: 'http.StatusProxyAuthRequired',
      python: 'HTTPStatus.PROXY_AUTHENTICATION_REQUIRED',
      java: 'HttpURLConnection.HTTP_PROXY_AUTH',
      spring: 'HttpStatus.PROXY_AUTHENTICATION_REQUIRED',
      dotnet: 'HttpStatusCode.ProxyAuthenticationRequired',
      node: '"Proxy Authentication Required"',
      rust: 'StatusCode::PROXY_AUTHENTICATION_REQUIRED',
      symfony: 'Response::HTTP_PROXY_AUTHENTICATION_REQUIRED',
    });
  });
});

describe.each(ECOSYSTEMS)('%s, against the names read from its source', (ecosystem) => {
  const source = extracted[ecosystem];

  it('was read from the release the table names', () => {
    expect(source.release.length).toBeGreaterThan(4);
    const shortRelease = source.release.replace(/^v/, '').slice(0, 8);
    expect(STATUS_CONSTANT_SOURCES[ecosystem].release).toContain(shortRelease);
    if (ecosystem !== 'node') expect(decodeURIComponent(STATUS_CONSTANT_SOURCES[ecosystem].url)).toContain(shortRelease);
  });

  it('has a page for every code the library defines', () => {
    const missing = Object.keys(source.codes)
      .map(Number)
      .filter((code) => !siteCodes.includes(code));
    expect(missing).toEqual([]);
  });

  it.each(siteCodes)('%i: same names, none where the source has none', (code) => {
    const entry = STATUS_CONSTANTS[code]![ecosystem];
    const fromSource = source.codes[String(code)] ?? [];
    if (entry.kind === 'none') {
      expect(fromSource).toEqual([]);
      return;
    }
    expect([entry.name, ...entry.also].sort()).toEqual(fromSource.map((n) => n.name).sort());
    // A deprecated current name must say so in the note.
    if (fromSource.find((n) => n.name === entry.name)?.deprecated) expect(entry.note ?? '').toMatch(/deprecated/i);
    // A deprecated alias never stands as the current name when a live one exists.
    const live = fromSource.filter((n) => !n.deprecated);
    if (live.length > 0) expect(live.map((n) => n.name)).toContain(entry.name);
  });
});

describe('IANA-registered codes', () => {
  it('each has a Go, Python, .NET and Rust constant where the library defines one', () => {
    // Spot check of the table's completeness from the other side: every IANA code that all four define in
    // their source is named in all four columns.
    const iana = site.filter((s) => s.registry === 'iana').map((s) => s.code);
    const everywhere = iana.filter((code) => (['go', 'python', 'dotnet', 'rust'] as const).every((e) => extracted[e].codes[String(code)]));
    expect(everywhere.length).toBeGreaterThan(55);
    for (const code of everywhere) {
      for (const e of ['go', 'python', 'dotnet', 'rust'] as const) expect(STATUS_CONSTANTS[code]![e].kind).toBe('named');
    }
  });
});
