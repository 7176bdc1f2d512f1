import { describe, expect, it } from 'vitest';
import { EXAMPLE_STATE, proxyConfigView } from '../../../src/widgets/proxy-config/view';

describe('proxyConfigView', () => {
  it('says a warning about the input once per tool, not under every snippet', () => {
    const view = proxyConfigView({ ...EXAMPLE_STATE, authScheme: 'digest' }, 'docker', 'pc');
    const text = JSON.stringify(view.node);
    const note = 'Docker sends Basic credentials only';
    expect(text.split(note).length - 1).toBe(1);
  });
});
