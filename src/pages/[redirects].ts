import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatusCodes } from '../data/status-codes';
import { redirectsFile, shortUrls } from '../data/short-urls';

// dist/_redirects (Netlify, Cloudflare Pages): Astro ignores page files whose names start with "_", so the
// name comes in as a parameter.
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(redirectsFile(shortUrls(await getStatusCodes())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
