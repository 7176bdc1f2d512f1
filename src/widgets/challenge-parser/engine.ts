/** The challenge parser's heavy half (library + view), loaded on first use by element.ts. */
import { shareableResponse } from '../../lib/http/shareable-response';
import type { ShareState } from '../shared/share';
import { toDom } from '../shared/view';
import { challengeView, type ChallengeOptions, type ChallengeView } from './view';

export function render(input: string, options: ChallengeOptions): { dom: Node; view: ChallengeView } {
  const view = challengeView(input, options);
  return { dom: toDom(view.node), view };
}

/** The share link's state: the pasted text with the box ticked, otherwise the challenges rebuilt from the parse. */
export function shareState(input: string, includeSecrets: boolean): ShareState {
  if (includeSecrets) return { value: input };
  const shared = shareableResponse(input);
  return shared.withheld ? { value: shared.text, withheld: '1' } : { value: shared.text };
}
