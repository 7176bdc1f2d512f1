import type { APIRoute } from 'astro';
import { getCatalogueData } from '../../data/error-catalogue';

// The error-message catalogue for the search dialog, fetched (same origin) only when the dialog opens.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCatalogueData()), { headers: { 'Content-Type': 'application/json' } });
