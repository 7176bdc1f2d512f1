import type { APIRoute } from 'astro';
import { getStatusCodes } from '../data/status-codes';
import { STATUS_CONSTANT_SOURCES, constantsAsJson } from '../data/status-constants';

// Machine-readable status codes, generated from the pages' frontmatter at build time, with each language's
// constant for the code (null where a library has none) and the library releases those names were read from.
export const GET: APIRoute = async ({ site }) => {
  const codes = (await getStatusCodes()).map(({ slug, status }) => ({
    ...status,
    constants: constantsAsJson(status.code),
    url: new URL(`/${slug}/`, site).href,
  }));
  const body = { generated: 'build', count: codes.length, constantSources: STATUS_CONSTANT_SOURCES, codes };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
