import type { APIRoute } from 'astro';
import { getStatusCodes, specLabel } from '../data/status-codes';
import { ECOSYSTEMS, qualifiedName, statusConstantsFor } from '../data/status-constants';

const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

function constantColumns(code: number): string[] {
  const row = statusConstantsFor(code);
  return ECOSYSTEMS.map((e) => {
    const entry = row?.[e];
    return entry?.kind === 'named' ? qualifiedName(e, entry.name) : '';
  });
}

// The same data as codes.json, as tab-separated values for spreadsheets and shell tools; one column per
// language constant (empty where the library has none).
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
      ...constantColumns(status.code),
    ]
      .map((v) => clean(String(v)))
      .join('\t'),
  );
  const header = ['code', 'phrase', 'class', 'registry', 'origin', 'spec', 'summary', ...ECOSYSTEMS].join('\t');
  return new Response([header, ...rows].join('\n') + '\n', {
    headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' },
  });
};
