import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatusCodes } from '../../data/status-codes';
import { redirectPage, shortUrls, type ShortUrl } from '../../data/short-urls';

// /407/ (and every status code but 404): a static redirect page to /codes/407/, for hosts that ignore _redirects.
export const getStaticPaths = (async () =>
  shortUrls(await getStatusCodes()).map((url) => ({ params: { code: String(url.code) }, props: { url } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: ShortUrl }> = ({ props, site }) =>
  new Response(redirectPage(props.url, site ?? new URL('https://proxy407.dev')), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
