import { getCollection } from 'astro:content';
import { CATALOGUE } from '../lib/errors/catalogue';
import type { CatalogueData } from '../lib/errors/types';

/** The catalogue with page titles from the collection; a page missing from the site fails the build. */
export async function getCatalogueData(): Promise<CatalogueData> {
  const docs = await getCollection('docs');
  const byPage = new Map(docs.map((doc) => [`/${doc.id}/`, doc.data.title]));
  const titles: Record<string, string> = {};
  for (const entry of CATALOGUE) {
    const title = byPage.get(entry.page);
    if (title === undefined) throw new Error(`catalogue entry ${entry.id}: no page ${entry.page}`);
    titles[entry.page] = title;
  }
  const pages = docs.map((doc) => ({ url: doc.id === 'index' ? '/' : `/${doc.id}/`, title: doc.data.title }));
  return { entries: CATALOGUE, titles, pages };
}
