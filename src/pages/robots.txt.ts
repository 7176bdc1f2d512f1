import type { APIRoute } from 'astro';

// robots.txt from `site` in astro.config.mjs, so the sitemap it names is always the one the build wrote,
// on the same origin as the canonical URLs. Everything may be crawled.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
