// Reads the status-code constants out of each ecosystem's own source file (a snapshot at a release tag) and
// writes them as JSON: src/data/status-constants.extracted.json. The unit test checks the site's table
// (src/data/status-constants.ts) against that JSON, so a hand edit of the table cannot drift from the sources.
//
// Run once per source update, each argument naming an ecosystem, its release and the file to read:
//   npx node scripts/extract-status-constants.mjs \
//     go=go1.19.8:/path/src/net/http/status.go python=3.13.0:/path/Lib/http/__init__.py \
//     java=25.0.3:/path/java/net/HttpURLConnection.java spring=v7.0.9:/path/HttpStatus.java \
//     dotnet=<commit>:/path/HttpStatusCode.cs rust=v1.4.2:/path/src/status.rs symfony=v7.1.5:/path/Response.php
// Node's names are read from the running Node's http.STATUS_CODES (its version is recorded).
// Only the names and numbers are kept; none of the sources' code or comments is copied.
import { readFileSync, writeFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';

const OUT = 'src/data/status-constants.extracted.json';

/** Each parser returns [code, name, deprecated] triples in source order. */
const PARSERS = {
  // `StatusProxyAuthRequired = 407`; `_ = 306` is a placeholder, not a constant.
  go: (text) => [...text.matchAll(/^\s+(Status\w+)\s*=\s*(\d{3})\b/gm)].map((m) => [Number(m[2]), m[1], false]),
  // `PROXY_AUTHENTICATION_REQUIRED = (407,` or `= 407,`; aliases are `OLD_NAME = NEW_NAME`.
  python: (text) => {
    const found = [...text.matchAll(/^ {4}([A-Z_]+) = \(?(\d{3}),/gm)].map((m) => [Number(m[2]), m[1], false]);
    const byName = new Map(found.map(([code, name]) => [name, code]));
    for (const m of text.matchAll(/^ {4}([A-Z_]+) = ([A-Z_]+)$/gm)) {
      if (byName.has(m[2])) found.push([byName.get(m[2]), m[1], false]);
    }
    return found;
  },
  // `public static final int HTTP_PROXY_AUTH = 407;`, deprecated when `@Deprecated` is the line before.
  java: (text) =>
    [...text.matchAll(/(@Deprecated\s+)?public static final int (HTTP_\w+) = (\d{3});/g)].map((m) => [Number(m[3]), m[2], !!m[1]]),
  // `@Deprecated(since = "7.0")` then `NAME(407, Series.CLIENT_ERROR, "...")`.
  spring: (text) =>
    [...text.matchAll(/(@Deprecated(?:\([^)]*\))?\s+)?\b([A-Z_]+)\((\d{3}), Series\./g)].map((m) => [Number(m[3]), m[2], !!m[1]]),
  // `ProxyAuthenticationRequired = 407,` inside the enum; commented-out members are skipped.
  dotnet: (text) => [...text.matchAll(/^\s+([A-Za-z]+) = (\d{3}),?\s*$/gm)].map((m) => [Number(m[2]), m[1], false]),
  // `(407, PROXY_AUTHENTICATION_REQUIRED, "Proxy Authentication Required");` in the status_codes! macro.
  rust: (text) => [...text.matchAll(/^\s+\((\d{3}), ([A-Z_]+), "/gm)].map((m) => [Number(m[1]), m[2], false]),
  // `public const HTTP_PROXY_AUTHENTICATION_REQUIRED = 407;`, deprecated when a `@deprecated` doc comment precedes it.
  symfony: (text) =>
    [...text.matchAll(/(@deprecated[^\n]*\n(?:\s*\*[^\n]*\n)*\s*\*\/\s*)?public const (HTTP_\w+) = (\d{3});/g)].map((m) => [
      Number(m[3]),
      m[2],
      !!m[1],
    ]),
};

function collect(triples) {
  const codes = {};
  for (const [code, name, deprecated] of triples) {
    (codes[code] ??= []).push(deprecated ? { name, deprecated: true } : { name });
  }
  return codes;
}

const result = {};
for (const arg of process.argv.slice(2)) {
  const match = /^(\w+)=([^:]+):(.+)$/.exec(arg);
  if (!match || !PARSERS[match[1]]) throw new TypeError(`expected ecosystem=release:path, got ${arg}`);
  const [, ecosystem, release, path] = match;
  const codes = collect(PARSERS[ecosystem](readFileSync(path, 'utf8')));
  if (Object.keys(codes).length < 30) throw new Error(`${ecosystem}: only ${Object.keys(codes).length} codes parsed from ${path}`);
  result[ecosystem] = { release, codes };
}
result.node = {
  release: process.version,
  codes: collect(Object.entries(STATUS_CODES).map(([code, phrase]) => [Number(code), phrase, false])),
};

writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
console.log(
  `${OUT}: ${Object.entries(result)
    .map(([k, v]) => `${k} ${Object.keys(v.codes).length}`)
    .join(', ')}`,
);
