/** The NO_PROXY tester's heavy half (matchers + view), loaded on first use by element.ts. */
import { shareableNoProxy, shareableUrl } from '../../lib/no-proxy/shareable';
import type { ShareState } from '../shared/share';
import { toDom } from '../shared/view';
import { noProxyTesterView, type NoProxyTesterState, type NoProxyTesterView } from './view';

export function render(state: NoProxyTesterState): { dom: Node; view: NoProxyTesterView } {
  const view = noProxyTesterView(state);
  return { dom: toDom(view.node), view };
}

/** The share link's state: as typed with the box ticked, otherwise without credentials, paths or queries. */
export function shareState(state: NoProxyTesterState, includeSecrets: boolean): ShareState {
  if (includeSecrets) return { ...state };
  const url = shareableUrl(state.url);
  const lower = shareableNoProxy(state.noProxy);
  const upper = shareableNoProxy(state.upperValue);
  const withheld = url.withheld || lower.withheld || upper.withheld;
  return { noProxy: lower.text, url: url.text, variables: state.variables, upperValue: upper.text, ...(withheld ? { withheld: '1' } : {}) };
}
