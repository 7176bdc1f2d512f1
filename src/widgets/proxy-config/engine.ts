/** The lazily loaded half of <proxy-config>: the snippet builders and the view, rendered to DOM. */
import { shareableProxyForm } from '../../lib/snippets/shareable';
import type { ShareState } from '../shared/share';
import { toDom } from '../shared/view';
import { proxyConfigView, type ProxyConfigState } from './view';

export function render(state: ProxyConfigState, activeTool: string, idPrefix: string) {
  const view = proxyConfigView(state, activeTool, idPrefix);
  return { dom: toDom(view.node), view };
}

/** The share link's state: every field with the box ticked, otherwise no password and no user:password@ anywhere. */
export function shareState(state: ProxyConfigState, includeSecrets: boolean): ShareState {
  if (includeSecrets) return { ...state };
  const shared = shareableProxyForm(state);
  return { ...shared.state, ...(shared.withheld ? { withheld: '1' } : {}) };
}
