import type { APIRoute } from 'astro';
import { getStatusCodes, specLabel } from '../data/status-codes';

const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

// The same data as codes.json, as tab-separated values for spreadsheets and shell tools.
export const GET: APIRoute = async () => {
  const rows = (await getStatusCodes()).map(({ status }) =>
    [
      status.code,
      status.phrase,
      status.class,
      status.registry,
      status.origin ?? '',
      status.spec ? specLabel(status.spec) : '',
      status.summary,
    ]
      .map((v) => clean(String(v)))
      .join('\t'),
  );
  const header = ['code', 'phrase', 'class', 'registry', 'origin', 'spec', 'summary'].join('\t');
  return new Response([header, ...rows].join('\n') + '\n', {
    headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
  });
};
