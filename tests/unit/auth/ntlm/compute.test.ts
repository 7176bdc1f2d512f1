import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../../src/lib/bytes';
import {
  DESL,
  LMOWFv1,
  LMOWFv2,
  NTOWFv1,
  NTOWFv2,
  RC4K,
  computeNtlmv1Response,
  computeNtlmv2Response,
  upcase,
} from '../../../../src/lib/auth/ntlm';
import { common, ntlmv1, ntlmv1ExtendedSessionSecurity, ntlmv2 } from '../../../fixtures/ntlm/ms-nlmp-4-2';

const hex = (text: string): Uint8Array => fromHex(text)!;

describe('MS-NLMP §4.2.2 NTLMv1 vectors', () => {
  it('NTOWFv1("Password") is §4.2.2.1.2', () => {
    expect(toHex(NTOWFv1(common.password))).toBe(ntlmv1.NTOWFv1);
  });
  it('LMOWFv1("Password") is §4.2.2.1.1', () => {
    expect(toHex(LMOWFv1(common.password))).toBe(ntlmv1.LMOWFv1);
  });
  it('gives the NTLMv1 and LMv1 responses and SessionBaseKey of §4.2.2.1.3 and §4.2.2.2', () => {
    const r = computeNtlmv1Response({
      responseKeyNT: NTOWFv1(common.password),
      responseKeyLM: LMOWFv1(common.password),
      serverChallenge: hex(common.serverChallenge),
    });
    expect(toHex(r.ntChallengeResponse)).toBe(ntlmv1.ntChallengeResponse);
    expect(toHex(r.lmChallengeResponse)).toBe(ntlmv1.lmChallengeResponse);
    expect(toHex(r.sessionBaseKey)).toBe(ntlmv1.sessionBaseKey);
  });
  it('RC4K(SessionBaseKey, RandomSessionKey) is the §4.2.2.2.3 encrypted session key', () => {
    expect(toHex(RC4K(hex(ntlmv1.sessionBaseKey), hex(common.randomSessionKey)))).toBe(ntlmv1.encryptedSessionKey);
  });
  it('DESL is the NTLMv1 response of the NT hash', () => {
    expect(toHex(DESL(hex(ntlmv1.NTOWFv1), hex(common.serverChallenge)))).toBe(ntlmv1.ntChallengeResponse);
  });
});

describe('MS-NLMP §4.2.3 NTLMv1 with extended session security', () => {
  it('gives the NTLMv1 response over MD5(ServerChallenge ‖ ClientChallenge) and LM = ClientChallenge ‖ Z(16)', () => {
    const r = computeNtlmv1Response({
      responseKeyNT: NTOWFv1(common.password),
      responseKeyLM: LMOWFv1(common.password),
      serverChallenge: hex(common.serverChallenge),
      clientChallenge: hex(common.clientChallenge),
    });
    expect(toHex(r.ntChallengeResponse)).toBe(ntlmv1ExtendedSessionSecurity.ntChallengeResponse);
    expect(toHex(r.lmChallengeResponse)).toBe(ntlmv1ExtendedSessionSecurity.lmChallengeResponse);
  });
});

describe('MS-NLMP §4.2.4 NTLMv2 vectors', () => {
  const responseKeyNT = NTOWFv2(common.password, common.user, common.domain);
  const r = computeNtlmv2Response({
    responseKeyNT,
    serverChallenge: hex(common.serverChallenge),
    clientChallenge: hex(common.clientChallenge),
    time: common.time,
    targetInfo: hex(ntlmv2.targetInfo),
  });

  it('NTOWFv2 is §4.2.4.1.1, and LMOWFv2 is the same function', () => {
    expect(toHex(responseKeyNT)).toBe(ntlmv2.NTOWFv2);
    expect(toHex(LMOWFv2(common.password, common.user, common.domain))).toBe(ntlmv2.NTOWFv2);
  });
  it('gives the LMv2 response of §4.2.4.2.1', () => {
    expect(toHex(r.lmChallengeResponse)).toBe(ntlmv2.lmChallengeResponse);
  });
  it('gives the NTProofStr of §4.2.4.2.2, at the start of NtChallengeResponse', () => {
    expect(toHex(r.ntProofStr)).toBe(ntlmv2.ntProofStr);
    expect(toHex(r.ntChallengeResponse)).toBe(
      ntlmv2.ntProofStr + '01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000' + ntlmv2.targetInfo + '00000000',
    );
  });
  it('gives the SessionBaseKey of §4.2.4.1.2', () => {
    expect(toHex(r.sessionBaseKey)).toBe(ntlmv2.sessionBaseKey);
  });
  it('gives the §4.2.4.2.3 encrypted session key (KeyExchangeKey = SessionBaseKey)', () => {
    expect(toHex(RC4K(r.sessionBaseKey, hex(common.randomSessionKey)))).toBe(ntlmv2.encryptedSessionKey);
  });
  it('accepts the time as 8 bytes as well as a bigint', () => {
    const again = computeNtlmv2Response({
      responseKeyNT,
      serverChallenge: hex(common.serverChallenge),
      clientChallenge: hex(common.clientChallenge),
      time: new Uint8Array(8),
      targetInfo: hex(ntlmv2.targetInfo),
    });
    expect(toHex(again.ntProofStr)).toBe(ntlmv2.ntProofStr);
  });
});

describe('NTOWFv2 case rules (MS-NLMP §3.3.2)', () => {
  it('upper-cases the user name but not the domain', () => {
    expect(toHex(NTOWFv2('Password', 'user', 'Domain'))).toBe(ntlmv2.NTOWFv2);
    expect(toHex(NTOWFv2('Password', 'User', 'DOMAIN'))).not.toBe(ntlmv2.NTOWFv2);
  });
  it('upper-cases one code unit to one ("ß" stays)', () => {
    expect(upcase('straße')).toBe('STRAßE');
  });
});

describe('with nonsense arguments', () => {
  it('throws TypeError', () => {
    expect(() =>
      computeNtlmv2Response({
        responseKeyNT: new Uint8Array(15),
        serverChallenge: new Uint8Array(8),
        clientChallenge: new Uint8Array(8),
        time: 0n,
        targetInfo: new Uint8Array(0),
      }),
    ).toThrow(TypeError);
    expect(() =>
      computeNtlmv2Response({
        responseKeyNT: new Uint8Array(16),
        serverChallenge: new Uint8Array(8),
        clientChallenge: new Uint8Array(8),
        time: -1n,
        targetInfo: new Uint8Array(0),
      }),
    ).toThrow(TypeError);
    expect(() => NTOWFv1(42 as unknown as string)).toThrow(TypeError);
    expect(() => DESL(new Uint8Array(16), new Uint8Array(7))).toThrow(TypeError);
  });
});
