import { describe, expect, it } from 'vitest';
import { encodeBase64, fromHex } from '../../../../src/lib/bytes';
import type { NtlmAuthenticateMessage, NtlmChallengeMessage, NtlmNegotiateMessage } from '../../../../src/lib/auth/ntlm';
import { decodeNtlmMessage } from '../../../../src/lib/auth/ntlm';
import { ntlmv2 } from '../../../fixtures/ntlm/ms-nlmp-4-2';

const hex = (text: string): Uint8Array => fromHex(text)!;
const codes = (r: { diagnostics: { code: string }[] }): string[] => r.diagnostics.map((d) => d.code);

describe('decodeNtlmMessage', () => {
  describe('with the MS-NLMP §4.2.4.3 CHALLENGE_MESSAGE', () => {
    const result = decodeNtlmMessage(encodeBase64(hex(ntlmv2.challengeMessage)));
    const message = result.message as NtlmChallengeMessage;

    it('reads type, flags and names without diagnostics', () => {
      expect(result.diagnostics).toEqual([]);
      expect(message.type).toBe(2);
      expect(message.flags).toBe(ntlmv2.challengeFlags);
      expect(message.flagNames).toEqual([
        'NTLMSSP_NEGOTIATE_56',
        'NTLMSSP_NEGOTIATE_KEY_EXCH',
        'NTLMSSP_NEGOTIATE_128',
        'NTLMSSP_NEGOTIATE_VERSION',
        'NTLMSSP_NEGOTIATE_TARGET_INFO',
        'NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY',
        'NTLMSSP_TARGET_TYPE_SERVER',
        'NTLMSSP_NEGOTIATE_ALWAYS_SIGN',
        'NTLMSSP_NEGOTIATE_NTLM',
        'NTLMSSP_NEGOTIATE_SEAL',
        'NTLMSSP_NEGOTIATE_SIGN',
        'NTLM_NEGOTIATE_OEM',
        'NTLMSSP_NEGOTIATE_UNICODE',
      ]);
    });
    it('reads the target name, server challenge and version with their offsets', () => {
      expect(message.targetName).toEqual({ value: 'Server', offset: 56, length: 12 });
      expect(message.serverChallenge).toEqual({ value: '0123456789abcdef', offset: 24, length: 8 });
      expect(message.version).toEqual({ major: 6, minor: 0, build: 6000, ntlmRevision: 15, offset: 48, length: 8 });
    });
    it('reads the TargetInfo AV pairs', () => {
      expect(message.targetInfo?.map(({ id, name, value }) => ({ id, name, value }))).toEqual([
        { id: 2, name: 'MsvAvNbDomainName', value: 'Domain' },
        { id: 1, name: 'MsvAvNbComputerName', value: 'Server' },
        { id: 0, name: 'MsvAvEOL', value: '' },
      ]);
      expect(message.targetInfo?.[0]).toMatchObject({ offset: 68, length: 16, valueOffset: 72, valueLength: 12 });
      expect(message.targetInfoBytes).toEqual({ value: ntlmv2.targetInfo, offset: 68, length: 36 });
    });
    it('lays out every field in byte order', () => {
      expect(message.layout.map((f) => f.name)).toEqual([
        'Signature',
        'MessageType',
        'TargetNameFields',
        'NegotiateFlags',
        'ServerChallenge',
        'Reserved',
        'TargetInfoFields',
        'Version',
        'TargetName',
        'TargetInfo',
      ]);
    });
  });

  describe('with the MS-NLMP §4.2.4.3 AUTHENTICATE_MESSAGE', () => {
    const bytes = hex(ntlmv2.authenticateMessage);
    const result = decodeNtlmMessage(bytes);
    const message = result.message as NtlmAuthenticateMessage;

    it('reads the names (Unicode) with their offsets', () => {
      expect(result.diagnostics).toEqual([]);
      expect(message.type).toBe(3);
      expect(message.flags).toBe(ntlmv2.authenticateFlags);
      expect(message.domain).toEqual({ value: 'Domain', offset: 72, length: 12 });
      expect(message.user).toEqual({ value: 'User', offset: 84, length: 8 });
      expect(message.workstation).toEqual({ value: 'COMPUTER', offset: 92, length: 16 });
      expect(message.version).toMatchObject({ major: 5, minor: 1, build: 2600, ntlmRevision: 15 });
      expect(message.mic).toBeUndefined();
    });
    it('recognises NTLMv2 and decodes the NTLMv2_RESPONSE and LMv2 response', () => {
      expect(message.responseKind).toBe('NTLMv2');
      expect(message.lmChallengeResponse?.value).toBe(ntlmv2.lmChallengeResponse);
      expect(message.lmv2Response?.clientChallenge.value).toBe('aaaaaaaaaaaaaaaa');
      const v2 = message.ntlmv2Response!;
      expect(v2.ntProofStr).toEqual({ value: ntlmv2.ntProofStr, offset: 132, length: 16 });
      expect(v2.respType).toBe(1);
      expect(v2.hiRespType).toBe(1);
      expect(v2.timestamp).toEqual({ value: '1601-01-01T00:00:00.0000000Z', filetime: '0', offset: 156, length: 8 });
      expect(v2.clientChallenge).toEqual({ value: 'aaaaaaaaaaaaaaaa', offset: 164, length: 8 });
      expect(v2.avPairs.map((p) => p.value)).toEqual(['Domain', 'Server', '']);
    });
    it('reads the encrypted random session key', () => {
      expect(message.encryptedRandomSessionKey).toEqual({ value: ntlmv2.encryptedSessionKey, offset: 216, length: 16 });
    });
  });

  describe('with a short, 16-byte NEGOTIATE_MESSAGE', () => {
    it('reads the flags and says the fields are missing', () => {
      const r = decodeNtlmMessage(hex('4e544c4d53535000010000000702000a'));
      expect((r.message as NtlmNegotiateMessage).flags).toBe(0x0a000207);
      expect(codes(r)).toContain('ntlm-short-negotiate');
    });
  });

  describe('with surrounding whitespace in the base64', () => {
    it('ignores it and shifts diagnostic offsets', () => {
      const text = encodeBase64(hex('4e544c4d5353500002000000'));
      const r = decodeNtlmMessage(`  ${text}\n`);
      expect(codes(r)).toEqual(['ntlm-truncated']);
      expect(r.diagnostics[0]!.start).toBeGreaterThanOrEqual(2);
      expect(r.diagnostics[0]!.end).toBeLessThanOrEqual(2 + text.length);
    });
  });

  describe('with bad input', () => {
    it('reports an empty input', () => {
      expect(codes(decodeNtlmMessage('  '))).toEqual(['ntlm-empty']);
      expect(codes(decodeNtlmMessage(new Uint8Array(0)))).toEqual(['ntlm-empty']);
    });
    it('reports a wrong signature', () => {
      const r = decodeNtlmMessage(encodeBase64(new TextEncoder().encode('HTTP/1.1 407')));
      expect(r.message).toBeUndefined();
      expect(codes(r)).toEqual(['ntlm-bad-signature']);
    });
    it('reports a non-base64 character where it is', () => {
      const r = decodeNtlmMessage('TlRMTVNT*AAB');
      expect(r.diagnostics[0]).toMatchObject({ code: 'ntlm-base64-bad-character', start: 8, end: 9 });
    });
    it('reports an unknown message type', () => {
      expect(codes(decodeNtlmMessage(hex('4e544c4d5353500004000000')))).toEqual(['ntlm-unknown-type']);
    });
    it('reports a field pointing outside the message, located at its fields triple', () => {
      const bytes = hex(ntlmv2.challengeMessage);
      bytes[16] = 0xff; // TargetNameBufferOffset = 0x000000ff + …
      bytes[17] = 0xff;
      bytes[18] = 0xff;
      bytes[19] = 0x7f;
      const r = decodeNtlmMessage(bytes);
      expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'ntlm-field-out-of-bounds', start: 12, end: 20 }));
      expect((r.message as NtlmChallengeMessage).targetName).toBeUndefined();
      expect((r.message as NtlmChallengeMessage).serverChallenge?.value).toBe('0123456789abcdef');
    });
    it('reports a huge length without reading it', () => {
      const bytes = hex(ntlmv2.authenticateMessage);
      bytes[20] = 0xff; // NtChallengeResponseLen = 0xffff
      bytes[21] = 0xff;
      const r = decodeNtlmMessage(bytes);
      expect(codes(r)).toContain('ntlm-field-out-of-bounds');
      expect((r.message as NtlmAuthenticateMessage).ntlmv2Response).toBeUndefined();
    });
    it('reports overlapping fields', () => {
      const bytes = hex(ntlmv2.authenticateMessage);
      bytes[40] = 72; // UserNameBufferOffset = DomainNameBufferOffset
      const r = decodeNtlmMessage(bytes);
      expect(codes(r)).toContain('ntlm-fields-overlap');
      expect((r.message as NtlmAuthenticateMessage).user?.value).toBe('Doma');
    });
    it('reports a field that starts inside the header', () => {
      const bytes = hex(ntlmv2.challengeMessage);
      bytes[16] = 8; // TargetName at offset 8
      expect(codes(decodeNtlmMessage(bytes))).toContain('ntlm-field-overlaps-header');
    });
    it('reports truncated AV pairs', () => {
      const bytes = hex(ntlmv2.challengeMessage);
      bytes[70] = 0xf0; // first AvLen runs past TargetInfo
      const r = decodeNtlmMessage(bytes);
      expect(codes(r)).toContain('ntlm-av-pair-truncated');
    });
    it('reports a truncated AUTHENTICATE_MESSAGE', () => {
      const r = decodeNtlmMessage(hex(ntlmv2.authenticateMessage).subarray(0, 40));
      expect(r.message?.type).toBe(3);
      expect(codes(r)).toEqual(['ntlm-truncated']);
    });
  });
});

describe('decodeNtlmMessage with a whole header value pasted', () => {
  it('says to give only the token', () => {
    const r = decodeNtlmMessage('NTLM TlRMTVNTUAABAAAAB4IIAAAAAAAAAAAAAAAAAAAAAAA=');
    expect(r.diagnostics[0]).toMatchObject({ code: 'ntlm-base64-bad-character', start: 4, end: 5 });
    expect(r.diagnostics[0]!.message).toContain('after "NTLM "');
  });
});

describe('decodeNtlmMessage with something that is neither text nor bytes', () => {
  it('returns a diagnostic instead of throwing', () => {
    expect(decodeNtlmMessage(null as unknown as string).diagnostics[0]?.code).toBe('ntlm-empty');
  });
});

describe("with curl's NEGOTIATE_MESSAGE (curl sends OEM, REQUEST_TARGET, NTLM, ALWAYS_SIGN, NTLM2 key)", () => {
  it('decodes the 32-byte message with no domain or workstation', () => {
    const r = decodeNtlmMessage('TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=');
    const m = r.message as NtlmNegotiateMessage;
    expect(r.diagnostics).toEqual([]);
    expect(m.flags).toBe(0x00088206);
    expect(m.flagNames).toEqual([
      'NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY',
      'NTLMSSP_NEGOTIATE_ALWAYS_SIGN',
      'NTLMSSP_NEGOTIATE_NTLM',
      'NTLMSSP_REQUEST_TARGET',
      'NTLM_NEGOTIATE_OEM',
    ]);
    expect(m.domain).toBeUndefined();
    expect(m.workstation).toBeUndefined();
    expect(m.layout.map((f) => f.name)).toEqual(['Signature', 'MessageType', 'NegotiateFlags', 'DomainNameFields', 'WorkstationFields']);
  });
});
