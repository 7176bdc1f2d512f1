/** The lazily loaded half of <no-proxy-tester>: the NO_PROXY matchers and the view, rendered to DOM. */
import { toDom } from '../shared/view';
import { noProxyTesterView, type NoProxyTesterState } from './view';

export function render(state: NoProxyTesterState) {
  const view = noProxyTesterView(state);
  return { dom: toDom(view.node), view };
}
