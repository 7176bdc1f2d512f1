import { describe, expect, it } from 'vitest';
import { encodeBase64, fromHex, toHex } from '../../../../src/lib/bytes';
import type { NtlmAuthenticateMessage, NtlmChallengeMessage, NtlmNegotiateMessage } from '../../../../src/lib/auth/ntlm';
import {
  MsvAvDnsComputerName,
  MsvAvFlags,
  MsvAvNbComputerName,
  MsvAvNbDomainName,
  MsvAvTimestamp,
  NTLMSSP_NEGOTIATE_KEY_EXCH,
  NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED,
  NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED,
  NTLMSSP_NEGOTIATE_VERSION,
  NTOWFv2,
  buildAuthenticateMessage,
  buildChallengeMessage,
  buildNegotiateMessage,
  computeMic,
  computeNtlmv2Response,
  decodeNtlmMessage,
  filetimeFromUnixMilliseconds,
} from '../../../../src/lib/auth/ntlm';
import { common, ntlmv2 } from '../../../fixtures/ntlm/ms-nlmp-4-2';

const hex = (text: string): Uint8Array => fromHex(text)!;

describe('buildAuthenticateMessage', () => {
  describe('with the MS-NLMP §4.2.4 inputs', () => {
    it('reproduces the §4.2.4.3 AUTHENTICATE_MESSAGE byte for byte', () => {
      const result = buildAuthenticateMessage({
        challenge: hex(ntlmv2.challengeMessage),
        user: common.user,
        domain: common.domain,
        password: common.password,
        workstation: common.workstation,
        clientChallenge: hex(common.clientChallenge),
        time: common.time,
        flags: ntlmv2.authenticateFlags,
        version: { major: 5, minor: 1, build: 2600 },
        randomSessionKey: hex(common.randomSessionKey),
      });
      expect(toHex(result.bytes)).toBe(ntlmv2.authenticateMessage);
      expect(toHex(result.ntProofStr)).toBe(ntlmv2.ntProofStr);
      expect(toHex(result.sessionBaseKey)).toBe(ntlmv2.sessionBaseKey);
      expect(toHex(result.exportedSessionKey)).toBe(common.randomSessionKey);
      expect(result.base64).toBe(encodeBase64(result.bytes));
    });
  });

  describe('with default flags', () => {
    const result = buildAuthenticateMessage({
      challenge: encodeBase64(hex(ntlmv2.challengeMessage)),
      user: 'Zoë',
      domain: 'CORP',
      password: 'hunter2',
      workstation: 'WS01',
      clientChallenge: hex('0102030405060708'),
      time: 133500000000000000n,
    });
    const message = decodeNtlmMessage(result.bytes).message as NtlmAuthenticateMessage;

    it('round-trips the names and responses through the decoder', () => {
      expect(message.user?.value).toBe('Zoë');
      expect(message.domain?.value).toBe('CORP');
      expect(message.workstation?.value).toBe('WS01');
      expect(message.responseKind).toBe('NTLMv2');
      expect(message.ntlmv2Response?.clientChallenge?.value).toBe('0102030405060708');
      expect(message.ntlmv2Response?.timestamp?.filetime).toBe('133500000000000000');
      expect(message.ntlmv2Response?.ntProofStr.value).toBe(toHex(result.ntProofStr));
    });
    it('drops the target-type, OEM, KEY_EXCH and VERSION bits it has no data for', () => {
      expect(message.flags & NTLMSSP_NEGOTIATE_KEY_EXCH).toBe(0);
      expect(message.flags & NTLMSSP_NEGOTIATE_VERSION).toBe(0);
      expect(message.flagNames).not.toContain('NTLMSSP_TARGET_TYPE_SERVER');
      expect(message.flagNames).not.toContain('NTLM_NEGOTIATE_OEM');
      expect(message.encryptedRandomSessionKey).toBeUndefined();
      expect(toHex(result.exportedSessionKey)).toBe(toHex(result.sessionBaseKey));
    });
  });

  describe('when the challenge carries MsvAvTimestamp (MS-NLMP §3.1.5.1.2)', () => {
    const negotiate = buildNegotiateMessage();
    const challenge = buildChallengeMessage({
      serverChallenge: hex(common.serverChallenge),
      targetName: 'CORP',
      targetInfo: [
        { id: MsvAvNbDomainName, value: 'CORP' },
        { id: MsvAvNbComputerName, value: 'PROXY' },
        { id: MsvAvTimestamp, value: 133600000000000000n },
      ],
    });
    const options = {
      challenge,
      user: 'alice',
      domain: 'CORP',
      password: 'secret',
      clientChallenge: hex(common.clientChallenge),
      time: 1n,
      negotiateMessage: negotiate,
      targetName: 'HTTP/proxy.corp.example',
      channelBindings: new Uint8Array(16).fill(7),
    };
    const result = buildAuthenticateMessage(options);
    const message = decodeNtlmMessage(result.bytes).message as NtlmAuthenticateMessage;

    it("uses the server's timestamp, not the time argument", () => {
      expect(message.ntlmv2Response?.timestamp?.filetime).toBe('133600000000000000');
    });
    it('sends Z(24) as LmChallengeResponse', () => {
      expect(message.lmChallengeResponse?.value).toBe('0'.repeat(48));
    });
    it('adds MsvAvFlags (MIC provided), channel bindings and target name to the AV pairs', () => {
      const pairs = message.ntlmv2Response!.avPairs;
      expect(pairs.find((p) => p.id === MsvAvFlags)).toMatchObject({ value: 2, flagNames: ['MIC provided'] });
      expect(pairs.find((p) => p.name === 'MsvAvTargetName')?.value).toBe('HTTP/proxy.corp.example');
      expect(pairs.find((p) => p.name === 'MsvAvChannelBindings')?.value).toBe('07'.repeat(16));
      expect(pairs.at(-1)?.name).toBe('MsvAvEOL');
    });
    it('writes a MIC over the three messages, checkable by recomputing it', () => {
      expect(message.mic?.offset).toBe(72);
      const zeroed = result.bytes.slice();
      zeroed.fill(0, 72, 88);
      expect(toHex(computeMic(result.exportedSessionKey, negotiate, challenge, zeroed))).toBe(message.mic?.value);
      expect(message.mic?.value).toBe(toHex(result.mic!));
    });
    it('is deterministic', () => {
      expect(toHex(buildAuthenticateMessage(options).bytes)).toBe(toHex(result.bytes));
    });
    it('matches computeNtlmv2Response over the amended AV pairs', () => {
      const v2 = message.ntlmv2Response!;
      const avStart = v2.offset + 44;
      const avEnd = v2.offset + v2.length - 4;
      const direct = computeNtlmv2Response({
        responseKeyNT: NTOWFv2('secret', 'alice', 'CORP'),
        serverChallenge: hex(common.serverChallenge),
        clientChallenge: hex(common.clientChallenge),
        time: 133600000000000000n,
        targetInfo: result.bytes.subarray(avStart, avEnd),
      });
      expect(toHex(direct.ntProofStr)).toBe(v2.ntProofStr.value);
    });
  });

  describe('with nonsense arguments', () => {
    const base = {
      challenge: hex(ntlmv2.challengeMessage),
      user: 'u',
      password: 'p',
      clientChallenge: new Uint8Array(8),
      time: 0n,
    };
    it('throws TypeError', () => {
      expect(() => buildAuthenticateMessage({ ...base, challenge: 'not base64!' })).toThrow(TypeError);
      expect(() => buildAuthenticateMessage({ ...base, challenge: buildNegotiateMessage() })).toThrow(TypeError);
      expect(() => buildAuthenticateMessage({ ...base, clientChallenge: new Uint8Array(7) })).toThrow(TypeError);
      const { time: _unused, ...noTime } = base;
      expect(() => buildAuthenticateMessage(noTime)).toThrow(/time is required/);
      expect(() => buildAuthenticateMessage({ ...base, flags: NTLMSSP_NEGOTIATE_KEY_EXCH })).toThrow(TypeError);
      expect(() => buildAuthenticateMessage({ ...base, randomSessionKey: new Uint8Array(3) })).toThrow(TypeError);
      const decoded = decodeNtlmMessage(hex(ntlmv2.challengeMessage)).message as NtlmChallengeMessage;
      expect(() => buildAuthenticateMessage({ ...base, challenge: decoded, negotiateMessage: buildNegotiateMessage() })).toThrow(/MIC/);
    });
    it('accepts a decoded challenge when no MIC is asked for', () => {
      const decoded = decodeNtlmMessage(hex(ntlmv2.challengeMessage)).message as NtlmChallengeMessage;
      expect(buildAuthenticateMessage({ ...base, challenge: decoded }).bytes.length).toBeGreaterThan(64);
    });
  });
});

describe('buildNegotiateMessage', () => {
  it('round-trips flags, OEM domain and workstation, and version', () => {
    const bytes = buildNegotiateMessage({ domain: 'CORP', workstation: 'WS-Ä1', version: { major: 10, minor: 0, build: 19041 } });
    const r = decodeNtlmMessage(encodeBase64(bytes));
    const m = r.message as NtlmNegotiateMessage;
    expect(r.diagnostics).toEqual([]);
    expect(m.domain).toEqual({ value: 'CORP', offset: 40, length: 4 });
    expect(m.workstation?.value).toBe('WS-Ä1');
    expect(m.version).toMatchObject({ major: 10, minor: 0, build: 19041, ntlmRevision: 15 });
    expect(m.flags & NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED).not.toBe(0);
    expect(m.flags & NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED).not.toBe(0);
  });
  it('builds the 32-byte form without options', () => {
    const bytes = buildNegotiateMessage({ flags: 0x00088207 });
    expect(toHex(bytes)).toBe('4e544c4d53535000010000000782080000000000000000000000000000000000');
  });
  it('throws TypeError on nonsense', () => {
    expect(() => buildNegotiateMessage({ domain: '域' })).toThrow(TypeError);
    expect(() => buildNegotiateMessage({ flags: -1 })).toThrow(TypeError);
    expect(() => buildNegotiateMessage({ flags: NTLMSSP_NEGOTIATE_VERSION })).toThrow(TypeError);
    expect(() => buildNegotiateMessage({ version: { major: 256, minor: 0, build: 0 } })).toThrow(TypeError);
  });
});

describe('buildChallengeMessage', () => {
  it('reproduces the §4.2.4.3 CHALLENGE_MESSAGE', () => {
    const bytes = buildChallengeMessage({
      serverChallenge: hex(common.serverChallenge),
      flags: ntlmv2.challengeFlags,
      targetName: 'Server',
      targetInfo: hex(ntlmv2.targetInfo),
      version: { major: 6, minor: 0, build: 6000 },
    });
    expect(toHex(bytes)).toBe(ntlmv2.challengeMessage);
  });
  it('round-trips AV pairs of every kind', () => {
    const when = filetimeFromUnixMilliseconds(Date.UTC(2024, 4, 1, 12, 0, 0, 123));
    const bytes = buildChallengeMessage({
      serverChallenge: new Uint8Array(8).fill(1),
      targetInfo: [
        { id: MsvAvDnsComputerName, value: 'proxy.corp.example' },
        { id: MsvAvFlags, value: 1 },
        { id: MsvAvTimestamp, value: when },
      ],
    });
    const m = decodeNtlmMessage(bytes).message as NtlmChallengeMessage;
    expect(m.targetInfo?.map((p) => p.value)).toEqual(['proxy.corp.example', 1, '2024-05-01T12:00:00.1230000Z', '']);
    expect(m.targetInfo?.[2]?.filetime).toBe(when.toString());
  });
});

describe('with OEM instead of Unicode (MS-NLMP §2.2.2.5 bits A/B)', () => {
  it('writes and reads the names as OEM bytes', () => {
    const result = buildAuthenticateMessage({
      challenge: hex(ntlmv2.challengeMessage),
      user: 'Jörg',
      domain: 'CORP',
      password: 'p',
      workstation: 'WS',
      clientChallenge: new Uint8Array(8),
      time: 0n,
      flags: 0x00088202, // OEM, NTLM, ALWAYS_SIGN (0x8000), EXTENDED_SESSIONSECURITY
    });
    const m = decodeNtlmMessage(result.bytes).message as NtlmAuthenticateMessage;
    expect(m.flagNames).toContain('NTLM_NEGOTIATE_OEM');
    expect(m.user).toMatchObject({ value: 'Jörg', length: 4 });
    expect(m.domain?.value).toBe('CORP');
  });
  it('throws TypeError for a name OEM cannot hold', () => {
    expect(() =>
      buildAuthenticateMessage({
        challenge: hex(ntlmv2.challengeMessage),
        user: '用户',
        password: 'p',
        clientChallenge: new Uint8Array(8),
        time: 0n,
        flags: 0x2,
      }),
    ).toThrow(TypeError);
  });
});
