import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/lib/diagnostics';
import { encodeBase64, fromHex } from '../../../../src/lib/bytes';
import { decodeNtlmMessage } from '../../../../src/lib/auth/ntlm';
import { ntlmv2 } from '../../../fixtures/ntlm/ms-nlmp-4-2';

const inside = (diagnostics: readonly Diagnostic[], length: number): boolean =>
  diagnostics.every((d) => d.start >= 0 && d.start <= d.end && d.end <= length);

const layoutInside = (r: ReturnType<typeof decodeNtlmMessage>): boolean =>
  (r.message?.layout ?? []).every((f) => f.offset >= 0 && f.offset + f.length <= r.bytes.length);

/** Real messages with random bytes overwritten: reaches deep into the decoders, unlike uniform noise. */
const mutatedMessage = fc
  .tuple(
    fc.constantFrom(ntlmv2.challengeMessage, ntlmv2.authenticateMessage, '4e544c4d5353500001000000078208a2000000000000000000000000000000'),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    fc.nat(),
  )
  .map(([hexText, edits, cut]) => {
    const bytes = fromHex(hexText)!;
    for (const [at, value] of edits) bytes[at % bytes.length] = value;
    return bytes.subarray(0, Math.max(0, bytes.length - (cut % 12)));
  });

describe('decodeNtlmMessage properties', () => {
  it('never throws on arbitrary bytes, and diagnostics and layout stay inside the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeNtlmMessage(bytes);
        return inside(r.diagnostics, bytes.length) && layoutInside(r);
      }),
    );
  });
  it('never throws on mutated real messages, as bytes or base64', () => {
    fc.assert(
      fc.property(mutatedMessage, (bytes) => {
        const r = decodeNtlmMessage(bytes);
        const text = encodeBase64(bytes);
        const fromText = decodeNtlmMessage(text);
        return inside(r.diagnostics, bytes.length) && layoutInside(r) && inside(fromText.diagnostics, text.length);
      }),
      { numRuns: 500 },
    );
  });
  it('never throws on arbitrary strings, and diagnostics stay inside the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => inside(decodeNtlmMessage(text).diagnostics, text.length)));
  });
  it('every payload value lies inside the message', () => {
    fc.assert(
      fc.property(mutatedMessage, (bytes) => {
        const m = decodeNtlmMessage(bytes).message;
        if (!m || m.type !== 3) return true;
        return [m.user, m.domain, m.workstation, m.ntChallengeResponse, m.lmChallengeResponse, m.mic]
          .filter((v) => v !== undefined)
          .every((v) => v.offset + v.length <= bytes.length);
      }),
      { numRuns: 300 },
    );
  });

  describe('with a 1 MB input', () => {
    it('returns, with the header read and an error for what does not fit', () => {
      const big = new Uint8Array(1 << 20);
      big.set(fromHex(ntlmv2.authenticateMessage)!);
      big[20] = 0xff;
      big[21] = 0xff;
      big[24] = 0xff;
      big[25] = 0xff;
      big[26] = 0xff;
      const r = decodeNtlmMessage(encodeBase64(big));
      expect(r.message?.type).toBe(3);
      expect(r.diagnostics.map((d) => d.code)).toContain('ntlm-field-out-of-bounds');
    });
    it('returns for 1 MB of base64 "A"s (zero bytes, no signature)', () => {
      const r = decodeNtlmMessage('A'.repeat(1 << 20));
      expect(r.diagnostics.map((d) => d.code)).toEqual(['ntlm-bad-signature']);
    });
  });
});
