import { getCollection } from 'astro:content';
import type { StatusCodeFacts } from '../content-schema';

export interface StatusCodeEntry {
  slug: string;
  status: StatusCodeFacts;
}

/** Every status-code page's facts, sorted by number: the one source for the index, codes.json and codes.tsv. */
export async function getStatusCodes(): Promise<StatusCodeEntry[]> {
  const pages = await getCollection('docs', (entry) => entry.data.status !== undefined);
  return pages.map((entry) => ({ slug: entry.id, status: entry.data.status! })).sort((a, b) => a.status.code - b.status.code);
}

export function registryLabel(status: StatusCodeFacts): string {
  if (status.registry === 'unofficial') return 'Unofficial';
  if (status.temporary) return `IANA, temporary (expires ${status.temporary.expires})`;
  return 'IANA registered';
}

export function specLabel(spec: NonNullable<StatusCodeFacts['spec']>): string {
  return spec.section ? `${spec.document} §${spec.section}` : spec.document;
}

export const CLASS_TITLES: Record<StatusCodeFacts['class'], string> = {
  informational: '1xx Informational',
  success: '2xx Success',
  redirection: '3xx Redirection',
  'client-error': '4xx Client errors',
  'server-error': '5xx Server errors',
  nonstandard: 'Beyond 599 (non-standard)',
};
