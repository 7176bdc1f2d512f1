import { bench, describe } from 'vitest';
import { encodeBase64, fromHex } from '../../src/lib/bytes';
import { md4 } from '../../src/lib/auth/md4';
import { buildAuthenticateMessage, computeNtlmv2Response, decodeNtlmMessage, NTOWFv2 } from '../../src/lib/auth/ntlm';
import { decodeNegotiate } from '../../src/lib/auth/negotiate';
import { common, ntlmv2 } from '../fixtures/ntlm/ms-nlmp-4-2';

const type3Base64 = encodeBase64(fromHex(ntlmv2.authenticateMessage)!);
const targetInfo = fromHex(ntlmv2.targetInfo)!;
const serverChallenge = fromHex(common.serverChallenge)!;
const clientChallenge = fromHex(common.clientChallenge)!;
const responseKeyNT = NTOWFv2(common.password, common.user, common.domain);
const kilobyte = new Uint8Array(1024).map((_, i) => i & 0xff);
const challenge = fromHex(ntlmv2.challengeMessage)!;

describe('NTLM', () => {
  bench('decodeNtlmMessage: the MS-NLMP §4.2.4.3 type 3 (base64)', () => {
    decodeNtlmMessage(type3Base64);
  });
  bench('decodeNegotiate: the same type 3 as a raw Negotiate token', () => {
    decodeNegotiate(type3Base64);
  });
  bench('computeNtlmv2Response (§4.2.4 inputs)', () => {
    computeNtlmv2Response({ responseKeyNT, serverChallenge, clientChallenge, time: 0n, targetInfo });
  });
  bench('NTOWFv2 (MD4 + HMAC-MD5)', () => {
    NTOWFv2(common.password, common.user, common.domain);
  });
  bench('buildAuthenticateMessage (decode type 2, NTOWFv2, NTLMv2, assemble)', () => {
    buildAuthenticateMessage({ challenge, user: 'User', domain: 'Domain', password: 'Password', clientChallenge, time: 0n });
  });
  bench('md4 of 1 KB', () => {
    md4(kilobyte);
  });
});
