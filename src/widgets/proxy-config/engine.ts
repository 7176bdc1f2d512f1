/** The lazily loaded half of <proxy-config>: the snippet builders and the view, rendered to DOM. */
import { toDom } from '../shared/view';
import { proxyConfigView, type ProxyConfigState } from './view';

export function render(state: ProxyConfigState, activeTool: string, idPrefix: string) {
  const view = proxyConfigView(state, activeTool, idPrefix);
  return { dom: toDom(view.node), view };
}
