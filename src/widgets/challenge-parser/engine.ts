/** The challenge parser's heavy half (library + view), loaded on first use by element.ts. */
import { toDom } from '../shared/view';
import { challengeView, type ChallengeOptions, type ChallengeView } from './view';

export function render(input: string, options: ChallengeOptions): { dom: Node; view: ChallengeView } {
  const view = challengeView(input, options);
  return { dom: toDom(view.node), view };
}
