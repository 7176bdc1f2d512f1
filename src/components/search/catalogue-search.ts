/**
 * Loaded when the search dialog first opens. Adds, inside Pagefind's form:
 * - before its results, one list of best matches in the order src/lib/search/arrange.ts decides:
 *   error messages from the catalogue that match the query (page title, the message, the likely
 *   cause), pages the query names (a status code, a header line), the tool's guide for a setup
 *   question, pages whose title is what the reader typed; plain links in the tab order, counted in a
 *   polite status line;
 * - after its results: when the whole query finds fewer than three pages, pages that match the
 *   query's significant words (see relaxed-search.ts), so a pasted message never ends at "no results".
 * Everything derived from the query or the data is written with textContent.
 */
import { buildIndex, matchMessage, type Match, type MatcherIndex } from '../../lib/errors/matcher';
import { templateText } from '../../lib/errors/pattern';
import type { CatalogueData } from '../../lib/errors/types';
import { arrange, type PageReason, type Suggestion } from '../../lib/search/arrange';
import { namedPages } from '../../lib/search/named-pages';
import { buildTitleIndex, matchTitles, type PageTitle, type TitleIndex } from '../../lib/search/title-match';
import { toolGuide } from '../../lib/search/tool-guides';
import { relaxedSearch, type PageHit } from './relaxed-search';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
const DEBOUNCE_MS = 150;
const FEW_RESULTS = 3;
const PAGE_NOTES: Record<PageReason, string> = {
  named: 'The page your words name',
  guide: 'Setup guide for the tool you named',
  title: 'Title matches your words',
};

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
  bestList: HTMLOListElement;
  relaxed: HTMLElement;
  relaxedList: HTMLOListElement;
  status: HTMLElement;
}

function createSections(): Sections {
  const best = section('best-results', 'Best matches');
  const relaxed = section('relaxed-results', 'Pages with some of your words');
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  const wrapper = document.createElement('div');
  wrapper.append(status, best.section);
  return {
    catalogue: wrapper,
    bestList: best.list,
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
  const suggestions =
    ready && query.trim()
      ? arrange({
          messages: matchMessage(ready.index, query, 10),
          named: namedPages(ready.titles, query),
          guide: toolGuide(ready.titles, query),
          titles: matchTitles(ready.titles, query),
        })
      : [];
  if (!current()) return;
  renderBest(ui, suggestions, ready?.data.titles ?? {});
  const hits = query.trim() ? await relaxedSearch(query, FEW_RESULTS, BASE).catch(() => []) : [];
  if (!current()) return;
  renderHits(ui, hits);
  ui.catalogue.dataset['query'] = query;
  ui.catalogue.dataset['state'] = 'done';
}

function renderBest(ui: Sections, suggestions: Suggestion[], titles: Readonly<Record<string, string>>): void {
  ui.bestList.replaceChildren(
    ...suggestions.map((s) => {
      const item = document.createElement('li');
      item.append(s.kind === 'message' ? messageLink(s.match, titles) : pageLink(s.page, PAGE_NOTES[s.why]));
      return item;
    }),
  );
  ui.bestList.parentElement!.hidden = suggestions.length === 0;
  const messages = suggestions.filter((s) => s.kind === 'message').length;
  const pages = suggestions.length - messages;
  const said = [
    messages > 0 ? `${messages} known error message${messages === 1 ? '' : 's'} match` : '',
    pages > 0 ? `${pages} page${pages === 1 ? '' : 's'} by name` : '',
  ];
  ui.status.textContent = said.filter(Boolean).join(', ');
}

function messageLink(m: Match, titles: Readonly<Record<string, string>>): HTMLAnchorElement {
  const message = document.createElement('code');
  message.textContent = templateText(m.entry.message);
  const cause = document.createElement('span');
  cause.className = 'result-cause';
  cause.textContent = `Likely cause: ${m.cause.text}`;
  return resultLink(`${BASE}${m.entry.page}#${m.entry.anchor}`, titles[m.entry.page] ?? m.entry.page, message, cause);
}

function pageLink(page: PageTitle, note: string): HTMLAnchorElement {
  return resultLink(`${BASE}${page.url}`, page.title, textSpan(note));
}

function renderHits(ui: Sections, hits: PageHit[]): void {
  ui.relaxedList.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      item.append(resultLink(hit.url, hit.title, textSpan(`Has: ${hit.words.join(', ')}`)));
      return item;
    }),
  );
  ui.relaxed.hidden = hits.length === 0;
}

/** A result: a link holding the page title, then what says why it is listed. */
function resultLink(href: string, titleText: string, ...why: HTMLElement[]): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = titleText;
  link.append(title, ...why);
  return link;
}

function textSpan(text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
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
