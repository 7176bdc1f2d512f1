import { describe, expect, it } from 'vitest';
import * as lib from '../../../../src/lib';

describe('the public API (src/lib/index.ts)', () => {
  it('exports the NTLM and Negotiate entry points', () => {
    for (const name of [
      'decodeNtlmMessage',
      'buildNegotiateMessage',
      'buildChallengeMessage',
      'buildAuthenticateMessage',
      'NTOWFv1',
      'LMOWFv1',
      'NTOWFv2',
      'computeNtlmv2Response',
      'decodeNegotiate',
      'md4',
    ] as const) {
      expect(typeof lib[name], name).toBe('function');
    }
    expect(lib.NEGOTIATE_FLAGS).toHaveLength(32);
    expect(lib.MECHANISM_NAMES['1.3.6.1.4.1.311.2.2.10']).toBe('NTLMSSP');
  });
});
