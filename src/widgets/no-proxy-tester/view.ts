/**
 * The NO_PROXY tester's output as a view tree: one row per tool (bypassed or proxied, and why), the
 * diagnostics located in the inputs, and the rule set's source. Pure: rendered at build time by
 * View.astro and in the browser by toDom.
 */
import { NO_PROXY_APPS, NO_PROXY_TOOLS, bypassForAll, testNoProxyAll, type NoProxyEnv } from '../../lib/no-proxy';
import { v, vcopy, vdiagnostics, type VElement } from '../shared/view';

export type VariableCase = 'both' | 'lower' | 'upper' | 'different';

export interface NoProxyTesterState {
  noProxy: string;
  url: string;
  /** Which variable names hold the value; 'different' uses `upperValue` for NO_PROXY. */
  variables: VariableCase;
  upperValue: string;
}

export const EXAMPLE_TESTER_STATE: NoProxyTesterState = {
  noProxy: 'localhost,127.0.0.1,.corp.example,10.0.0.0/8',
  url: 'https://corp.example/',
  variables: 'both',
  upperValue: '',
};

export interface NoProxyTesterView {
  node: VElement;
  summary: string;
  urlError?: string;
}

const MAX_SHOWN = 200;

function envFor(state: NoProxyTesterState): NoProxyEnv {
  switch (state.variables) {
    case 'lower':
      return { no_proxy: state.noProxy };
    case 'upper':
      return { NO_PROXY: state.noProxy };
    case 'different':
      return { no_proxy: state.noProxy, NO_PROXY: state.upperValue };
    default:
      return { no_proxy: state.noProxy, NO_PROXY: state.noProxy };
  }
}

export function noProxyTesterView(state: NoProxyTesterState): NoProxyTesterView {
  const results = testNoProxyAll({ noProxy: state.noProxy, url: state.url, env: envFor(state) });
  const diagnostics = results[0]?.diagnostics ?? [];
  const urlError = diagnostics.find((d) => d.severity === 'error')?.message;
  const urlDiagnostics = diagnostics.filter((d) => ['empty-url', 'bad-url', 'no-host', 'no-scheme'].includes(d.code));
  const listDiagnostics = diagnostics.filter((d) => !urlDiagnostics.includes(d));
  const rows = NO_PROXY_APPS.map((app) => {
    const r = results.find((x) => x.tool === app.tool)!;
    const rules = NO_PROXY_TOOLS.find((x) => x.tool === r.tool)!;
    const entry = r.matchedEntry
      ? v('span', {}, ' Entry: ', v('code', {}, r.matchedEntry.value.slice(0, MAX_SHOWN)), r.variable ? ` (from ${r.variable})` : '')
      : null;
    return v(
      'tr',
      { 'data-app': app.id, 'data-tool': r.tool },
      v('th', { scope: 'row' }, app.label, v('span', { class: 'w-np-runtime' }, app.underneath)),
      v(
        'td',
        { class: 'w-np-verdict' },
        urlError
          ? v('span', { class: 'w-note' }, '—')
          : r.bypass
            ? v('strong', { class: 'w-ok' }, 'Bypassed (direct)')
            : v('strong', { class: 'w-np-proxied' }, 'Proxied'),
      ),
      v(
        'td',
        {},
        v(
          'ul',
          { class: 'w-np-reasons' },
          r.reasons.slice(0, 20).map((x) => v('li', {}, x.length > MAX_SHOWN ? x.slice(0, MAX_SHOWN) + '…' : x)),
        ),
        entry,
      ),
      v(
        'td',
        {},
        rules.sources.map((s) => v('div', {}, v('a', { href: s.url, rel: 'noopener noreferrer' }, s.title))),
      ),
    );
  });
  const bypassing = NO_PROXY_APPS.filter((app) => results.find((x) => x.tool === app.tool)?.bypass).length;
  const summary = urlError ? `No result: ${urlError}` : `${bypassing} of ${NO_PROXY_APPS.length} tools bypass the proxy for this URL`;
  const all = urlError || bypassing === NO_PROXY_APPS.length ? undefined : bypassForAll(state.noProxy, state.url);
  const node = v(
    'div',
    { class: 'w-np-result' },
    vdiagnostics(state.url, urlDiagnostics),
    vdiagnostics(state.noProxy, listDiagnostics),
    v('p', { class: urlError ? 'w-error' : 'w-note', 'data-summary': '' }, summary),
    all !== undefined
      ? v(
          'div',
          { class: 'w-np-suggestion', 'data-suggestion': '' },
          v('p', {}, 'For every tool below to bypass the proxy for this URL, set both no_proxy and NO_PROXY to:'),
          v(
            'span',
            { class: 'w-with-copy' },
            v('code', {}, all.length > 2000 ? `${all.slice(0, 2000)}…` : all),
            vcopy(all, 'the NO_PROXY value'),
          ),
        )
      : null,
    v(
      'div',
      { class: 'w-table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Result per tool' },
      v(
        'table',
        // The wrapper scrolls and takes focus; -1 stops the build's table pass (postbuild-html) adding a second tab stop.
        { tabindex: -1 },
        v('caption', { class: 'sr-only' }, 'Bypassed or proxied, per tool'),
        v('thead', {}, v('tr', {}, ...['Tool', 'Result', 'Why', 'Source'].map((x) => v('th', { scope: 'col' }, x)))),
        v('tbody', {}, rows),
      ),
    ),
  );
  return { node, summary, ...(urlError ? { urlError } : {}) };
}
