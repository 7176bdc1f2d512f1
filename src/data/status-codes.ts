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

/** `today` is the build date: a temporary registration whose date has passed reads "expired", not "expires". */
export function registryLabel(status: StatusCodeFacts, today: Date = new Date()): string {
  if (status.registry === 'unofficial') return 'Unofficial';
  if (status.temporary) {
    const lapsed = new Date(`${status.temporary.expires}T00:00:00Z`).getTime() <= today.getTime();
    return `IANA, temporary (${lapsed ? 'expired' : 'expires'} ${status.temporary.expires})`;
  }
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
