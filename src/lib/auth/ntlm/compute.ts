/**
 * MS-NLMP §3.3.1 (NTLM v1) and §3.3.2 (NTLM v2) key and response computation, named after the spec's pseudo-code.
 * Deterministic: client challenges, time and random session keys are arguments.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { md5 } from '@noble/hashes/legacy.js';
import { concatBytes, utf16leEncode } from '../../bytes';
import { desEncrypt7 } from '../des';
import { md4 } from '../md4';
import { rc4 } from '../rc4';
import { encodeNtlmv2ClientChallenge, filetimeBytes } from './ntlmv2-response';

/** MS-NLMP §3.3.1 "KGS!@#$%", the constant LMOWFv1 encrypts. */
const LM_MAGIC = new Uint8Array([0x4b, 0x47, 0x53, 0x21, 0x40, 0x23, 0x24, 0x25]);

/** MS-NLMP §3.3.1: NTOWFv1(Passwd) = MD4(UNICODE(Passwd)). */
export function NTOWFv1(password: string): Uint8Array {
  checkString('password', password);
  return md4(utf16leEncode(password));
}

/**
 * MS-NLMP §3.3.1: LMOWFv1(Passwd) = DES(UpperCase(Passwd)[0..7], "KGS!@#$%") ‖ DES(UpperCase(Passwd)[7..14], "KGS!@#$%"),
 * the password in OEM, truncated or zero-padded to 14 bytes.
 */
export function LMOWFv1(password: string): Uint8Array {
  checkString('password', password);
  const upper = upcase(password);
  const oem = new Uint8Array(14);
  for (let i = 0; i < Math.min(14, upper.length); i++) {
    const code = upper.charCodeAt(i);
    oem[i] = code <= 0xff ? code : 0x3f; // "?" for characters the OEM code page (here Latin-1) lacks
  }
  return concatBytes(desEncrypt7(oem.subarray(0, 7), LM_MAGIC), desEncrypt7(oem.subarray(7, 14), LM_MAGIC));
}

/** MS-NLMP §3.3.2: NTOWFv2(Passwd, User, UserDom) = HMAC_MD5(MD4(UNICODE(Passwd)), UNICODE(Uppercase(User) ‖ UserDom)). */
export function NTOWFv2(password: string, user: string, domain: string): Uint8Array {
  checkString('user', user);
  checkString('domain', domain);
  return hmac(md5, NTOWFv1(password), utf16leEncode(upcase(user) + domain));
}

/**
 * MS-NLMP §3.3.2: LMOWFv2 is the same function as NTOWFv2 (the spec's two names, both kept).
 * @alias
 */
export const LMOWFv2 = NTOWFv2;

/** MS-NLMP §6: DESL(K, D) = DES(K[0..7], D) ‖ DES(K[7..14], D) ‖ DES(K[14..16] ‖ Z(5), D). */
export function DESL(key: Uint8Array, data: Uint8Array): Uint8Array {
  checkBytes('DESL key', key, 16);
  checkBytes('DESL data', data, 8);
  const last = new Uint8Array(7);
  last.set(key.subarray(14, 16));
  return concatBytes(desEncrypt7(key.subarray(0, 7), data), desEncrypt7(key.subarray(7, 14), data), desEncrypt7(last, data));
}

export interface Ntlmv1ResponseInput {
  responseKeyNT: Uint8Array;
  responseKeyLM: Uint8Array;
  serverChallenge: Uint8Array;
  /** With NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY: the client's 8-byte challenge. */
  clientChallenge?: Uint8Array;
}

export interface Ntlmv1Response {
  ntChallengeResponse: Uint8Array;
  lmChallengeResponse: Uint8Array;
  /** MS-NLMP §3.3.1: SessionBaseKey = MD4(ResponseKeyNT). */
  sessionBaseKey: Uint8Array;
}

/** MS-NLMP §3.3.1 ComputeResponse for NTLM v1, with or without extended session security. */
export function computeNtlmv1Response(input: Ntlmv1ResponseInput): Ntlmv1Response {
  checkBytes('responseKeyNT', input.responseKeyNT, 16);
  checkBytes('responseKeyLM', input.responseKeyLM, 16);
  checkBytes('serverChallenge', input.serverChallenge, 8);
  const sessionBaseKey = md4(input.responseKeyNT);
  if (input.clientChallenge !== undefined) {
    checkBytes('clientChallenge', input.clientChallenge, 8);
    const digest = md5(concatBytes(input.serverChallenge, input.clientChallenge)).subarray(0, 8);
    return {
      ntChallengeResponse: DESL(input.responseKeyNT, digest),
      lmChallengeResponse: concatBytes(input.clientChallenge, new Uint8Array(16)),
      sessionBaseKey,
    };
  }
  return {
    ntChallengeResponse: DESL(input.responseKeyNT, input.serverChallenge),
    lmChallengeResponse: DESL(input.responseKeyLM, input.serverChallenge),
    sessionBaseKey,
  };
}

export interface Ntlmv2ResponseInput {
  responseKeyNT: Uint8Array;
  /** Defaults to responseKeyNT (LMOWFv2 = NTOWFv2). */
  responseKeyLM?: Uint8Array;
  serverChallenge: Uint8Array;
  clientChallenge: Uint8Array;
  /** FILETIME, as a bigint or its 8 little-endian bytes. */
  time: bigint | Uint8Array;
  /** The AV pairs as they go into the response (the server's TargetInfo, possibly amended by the client). */
  targetInfo: Uint8Array;
}

export interface Ntlmv2Result {
  ntProofStr: Uint8Array;
  /** NTProofStr ‖ temp. */
  ntChallengeResponse: Uint8Array;
  /** LMv2: HMAC_MD5(ResponseKeyLM, ServerChallenge ‖ ClientChallenge) ‖ ClientChallenge. */
  lmChallengeResponse: Uint8Array;
  sessionBaseKey: Uint8Array;
  /** The NTLMv2_CLIENT_CHALLENGE plus Z(4). */
  temp: Uint8Array;
}

/** MS-NLMP §3.3.2 ComputeResponse for NTLM v2. */
export function computeNtlmv2Response(input: Ntlmv2ResponseInput): Ntlmv2Result {
  checkBytes('responseKeyNT', input.responseKeyNT, 16);
  const responseKeyLM = input.responseKeyLM ?? input.responseKeyNT;
  checkBytes('responseKeyLM', responseKeyLM, 16);
  checkBytes('serverChallenge', input.serverChallenge, 8);
  checkBytes('clientChallenge', input.clientChallenge, 8);
  if (!(input.targetInfo instanceof Uint8Array)) throw new TypeError('targetInfo must be bytes');
  const temp = encodeNtlmv2ClientChallenge(filetimeBytes(input.time), input.clientChallenge, input.targetInfo);
  const ntProofStr = hmac(md5, input.responseKeyNT, concatBytes(input.serverChallenge, temp));
  const lmProof = hmac(md5, responseKeyLM, concatBytes(input.serverChallenge, input.clientChallenge));
  return {
    ntProofStr,
    ntChallengeResponse: concatBytes(ntProofStr, temp),
    lmChallengeResponse: concatBytes(lmProof, input.clientChallenge),
    sessionBaseKey: hmac(md5, input.responseKeyNT, ntProofStr),
    temp,
  };
}

/** MS-NLMP §6: RC4K(K, D), the RC4 encryption of D under K. */
export function RC4K(key: Uint8Array, data: Uint8Array): Uint8Array {
  return rc4(key, data);
}

/** MS-NLMP §3.1.5.1.2: MIC = HMAC_MD5(ExportedSessionKey, NEGOTIATE_MESSAGE ‖ CHALLENGE_MESSAGE ‖ AUTHENTICATE_MESSAGE), MIC zeroed. */
export function computeMic(
  exportedSessionKey: Uint8Array,
  negotiate: Uint8Array,
  challenge: Uint8Array,
  authenticate: Uint8Array,
): Uint8Array {
  checkBytes('exportedSessionKey', exportedSessionKey, 16);
  return hmac(md5, exportedSessionKey, concatBytes(negotiate, challenge, authenticate));
}

/**
 * Upper-casing as Windows does it: one UTF-16 code unit to one, so "ß" stays "ß" where String#toUpperCase would
 * give "SS" (see the deviations in index.ts).
 */
export function upcase(text: string): string {
  let out = '';
  for (const ch of text) {
    const upper = ch.toUpperCase();
    out += upper.length === ch.length ? upper : ch;
  }
  return out;
}

function checkString(name: string, value: unknown): void {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
}

function checkBytes(name: string, value: unknown, length: number): void {
  if (!(value instanceof Uint8Array) || value.length !== length) throw new TypeError(`${name} must be ${length} bytes`);
}
