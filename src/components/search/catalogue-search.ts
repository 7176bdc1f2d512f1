/**
 * Loaded when the search dialog first opens. Adds, inside Pagefind's form:
 * - before its results: error messages from the catalogue that match the query (page title, the
 *   message, the likely cause), as plain links in the tab order, counted in a polite status line;
 *   then pages whose title is what the reader typed (src/lib/search/title-match.ts);
 * - after its results: when the whole query finds fewer than three pages, pages that match the
 *   query's significant words (see relaxed-search.ts), so a pasted message never ends at "no results".
 * Everything derived from the query or the data is written with textContent.
 */
import { buildIndex, matchMessage, type Match, type MatcherIndex } from '../../lib/errors/matcher';
import { templateText } from '../../lib/errors/pattern';
import type { CatalogueData } from '../../lib/errors/types';
import { buildTitleIndex, matchTitles, type PageTitle, type TitleIndex } from '../../lib/search/title-match';
import { relaxedSearch, type PageHit } from './relaxed-search';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
const DEBOUNCE_MS = 150;
const MAX_MATCHES = 3;
const FEW_RESULTS = 3;

export function attachCatalogueSearch(dialog: HTMLDialogElement): void {
  const data = fetch(`${BASE}/errors/catalogue.json`)
    .then((r) => (r.ok ? (r.json() as Promise<CatalogueData>) : null))
    .catch(() => null);
  const index = data.then((d) => (d ? { data: d, index: buildIndex(d.entries), titles: buildTitleIndex(d.pages) } : null));
  whenPresent(dialog, '.pagefind-ui__search-input', (input) => {
    if (!(input instanceof HTMLInputElement)) return;
    const form = input.closest('form');
    const drawer = form?.querySelector('.pagefind-ui__drawer');
    if (!form || !drawer) return;
    const ui = createSections();
    form.insertBefore(ui.catalogue, drawer);
    drawer.after(ui.relaxed);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const run = () => {
      const query = input.value;
      const mine = ++generation;
      void index.then((ready) => update(ui, ready, query, () => mine === generation));
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    run();
  });
}

interface Sections {
  catalogue: HTMLElement;
  catalogueList: HTMLOListElement;
  titleSection: HTMLElement;
  titleList: HTMLOListElement;
  relaxed: HTMLElement;
  relaxedList: HTMLOListElement;
  status: HTMLElement;
}

function createSections(): Sections {
  const catalogue = section('catalogue-results', 'Known error messages');
  const titles = section('title-results', 'Pages by title');
  const relaxed = section('relaxed-results', 'Pages with some of your words');
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  catalogue.section.before(status);
  const wrapper = document.createElement('div');
  wrapper.append(status, catalogue.section, titles.section);
  return {
    catalogue: wrapper,
    catalogueList: catalogue.list,
    titleSection: titles.section,
    titleList: titles.list,
    relaxed: relaxed.section,
    relaxedList: relaxed.list,
    status,
  };
}

let sectionCount = 0;
function section(className: string, title: string): { section: HTMLElement; list: HTMLOListElement } {
  const el = document.createElement('section');
  el.className = className;
  el.hidden = true;
  const heading = document.createElement('h2');
  heading.id = `${className}-${++sectionCount}`;
  heading.textContent = title;
  el.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  el.append(heading, list);
  return { section: el, list };
}

async function update(
  ui: Sections,
  ready: { data: CatalogueData; index: MatcherIndex; titles: TitleIndex } | null,
  query: string,
  current: () => boolean,
): Promise<void> {
  ui.catalogue.dataset['state'] = 'busy';
  const matches = ready && query.trim() ? distinct(matchMessage(ready.index, query, 10)).slice(0, MAX_MATCHES) : [];
  if (!current()) return;
  renderMatches(ui, matches, ready?.data.titles ?? {});
  renderTitles(ui, ready && query.trim() ? matchTitles(ready.titles, query) : []);
  const hits = query.trim() ? await relaxedSearch(query, FEW_RESULTS, BASE).catch(() => []) : [];
  if (!current()) return;
  renderHits(ui, hits);
  ui.catalogue.dataset['query'] = query;
  ui.catalogue.dataset['state'] = 'done';
}

/** One match per page and heading: two wordings of the same message lead to the same fix. */
function distinct(matches: Match[]): Match[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.entry.page}#${m.entry.anchor}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function renderMatches(ui: Sections, matches: Match[], titles: Readonly<Record<string, string>>): void {
  ui.catalogueList.replaceChildren(
    ...matches.map((m) => {
      const link = document.createElement('a');
      link.href = `${BASE}${m.entry.page}#${m.entry.anchor}`;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = titles[m.entry.page] ?? m.entry.page;
      const message = document.createElement('code');
      message.textContent = templateText(m.entry.message);
      const cause = document.createElement('span');
      cause.className = 'result-cause';
      cause.textContent = `Likely cause: ${m.cause.text}`;
      link.append(title, message, cause);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  ui.catalogueList.parentElement!.hidden = matches.length === 0;
  ui.status.textContent = matches.length === 0 ? '' : `${matches.length} known error message${matches.length === 1 ? '' : 's'} match`;
}

function renderTitles(ui: Sections, pages: PageTitle[]): void {
  ui.titleList.replaceChildren(
    ...pages.map((page) => {
      const link = document.createElement('a');
      link.href = `${BASE}${page.url}`;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = page.title;
      link.append(title);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  ui.titleSection.hidden = pages.length === 0;
}

function renderHits(ui: Sections, hits: PageHit[]): void {
  ui.relaxedList.replaceChildren(
    ...hits.map((hit) => {
      const link = document.createElement('a');
      link.href = hit.url;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = hit.title;
      const words = document.createElement('span');
      words.textContent = `Has: ${hit.words.join(', ')}`;
      link.append(title, words);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  ui.relaxed.hidden = hits.length === 0;
}

/** Calls `found` with the first element matching `selector` inside `root`, now or when it appears. */
function whenPresent(root: Element, selector: string, found: (el: Element) => void): void {
  const el = root.querySelector(selector);
  if (el) return found(el);
  const observer = new MutationObserver(() => {
    const later = root.querySelector(selector);
    if (!later) return;
    observer.disconnect();
    found(later);
  });
  observer.observe(root, { childList: true, subtree: true });
}
