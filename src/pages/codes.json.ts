import type { APIRoute } from 'astro';
import { getStatusCodes } from '../data/status-codes';

// Machine-readable status codes, generated from the pages' frontmatter at build time.
export const GET: APIRoute = async ({ site }) => {
  const codes = (await getStatusCodes()).map(({ slug, status }) => ({
    ...status,
    url: new URL(`/${slug}/`, site).href,
  }));
  return new Response(JSON.stringify({ generated: 'build', count: codes.length, codes }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
