import type { StatusCodeEntry } from './status-codes';

/**
 * Short URLs: `/407` reaches `/codes/407/`, for every status-code page. A number that is (or may become) a
 * real path of its own keeps it: `/404` is the site's 404 page on every static host (they serve 404.html
 * there or for any missing path), so it gets no redirect.
 */
const RESERVED_SHORT_PATHS: ReadonlySet<number> = new Set([404]);

export interface ShortUrl {
  /** "/407" */
  from: string;
  /** "/codes/407/" */
  to: string;
  code: number;
  phrase: string;
}

export function shortUrls(codes: readonly StatusCodeEntry[]): ShortUrl[] {
  return codes
    .filter(({ status }) => !RESERVED_SHORT_PATHS.has(status.code))
    .map(({ slug, status }) => ({ from: `/${status.code}`, to: `/${slug}/`, code: status.code, phrase: status.phrase }));
}

/**
 * `_redirects` in the syntax Netlify and Cloudflare Pages share: one `from to status` rule per line.
 * Both spellings of the short path are listed, because hosts match paths exactly.
 */
export function redirectsFile(urls: readonly ShortUrl[]): string {
  const lines = ['# Short URLs for status codes (generated from the codes collection by src/pages/[redirects].ts)'];
  for (const { from, to } of urls) lines.push(`${from} ${to} 301`, `${from}/ ${to} 301`);
  return lines.join('\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page a host without `_redirects` serves at `/407/`: an immediate meta refresh (allowed by the CSP: it
 * is not a script), the canonical URL of the real page, and a visible link for anyone whose browser does
 * not follow the refresh. No scripts and no styles; the site-wide CSP comes from _headers.
 */
export function redirectPage(url: ShortUrl, site: URL): string {
  const target = escapeHtml(url.to);
  const canonical = escapeHtml(new URL(url.to, site).href);
  const label = escapeHtml(`${url.code} ${url.phrase}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${canonical}">
<title>${label}: moved to ${target}</title>
</head>
<body>
<p>The page about <a href="${target}">${label}</a> is at <a href="${target}">${canonical}</a>.</p>
</body>
</html>
`;
}
