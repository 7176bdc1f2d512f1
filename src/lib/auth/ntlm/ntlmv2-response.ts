/**
 * MS-NLMP §2.2.2.8 NTLMv2_RESPONSE = NTProofStr (16 bytes) + §2.2.2.7 NTLMv2_CLIENT_CHALLENGE, and §2.2.2.4
 * LMv2_RESPONSE. Offsets are absolute in the enclosing message.
 */
import type { Diagnostic } from '../../diagnostics';
import { diagnostic } from '../../diagnostics';
import { concatBytes, toHex } from '../../bytes';
import type { AvPair } from './av-pairs';
import { decodeAvPairs } from './av-pairs';
import type { Located } from './fields';
import { encodeFiletime, filetimeToIso, readFiletime } from './filetime';

export interface Ntlmv2Response {
  ntProofStr: Located<string>;
  /** RespType and HiRespType, both 1 in every NTLMv2 response. */
  respType?: number;
  hiRespType?: number;
  /** ISO date of TimeStamp, with the FILETIME as a decimal string. */
  timestamp?: Located<string> & { filetime: string };
  clientChallenge?: Located<string>;
  avPairs: AvPair[];
  offset: number;
  length: number;
}

export interface Lmv2Response {
  response: Located<string>;
  clientChallenge: Located<string>;
}

const PROOF_LENGTH = 16;
/** RespType, HiRespType, Reserved1 (2), Reserved2 (4), TimeStamp (8), ChallengeFromClient (8), Reserved3 (4). */
const CLIENT_CHALLENGE_HEADER = 28;
const NTLMV2_RESPONSE_MIN_LENGTH = PROOF_LENGTH + CLIENT_CHALLENGE_HEADER;

/** Reads bytes[offset, offset+length) as an NTLMv2_RESPONSE; the caller has checked the bounds and length > 24. */
export function decodeNtlmv2Response(bytes: Uint8Array, offset: number, length: number, diagnostics: Diagnostic[]): Ntlmv2Response {
  const end = offset + length;
  const response: Ntlmv2Response = {
    ntProofStr: { value: toHex(bytes.subarray(offset, offset + PROOF_LENGTH)), offset, length: PROOF_LENGTH },
    avPairs: [],
    offset,
    length,
  };
  const c = offset + PROOF_LENGTH;
  if (length < NTLMV2_RESPONSE_MIN_LENGTH) {
    diagnostics.push(
      diagnostic(
        'error',
        'ntlm-v2-response-truncated',
        `NTLMv2_RESPONSE is ${length} bytes, needs at least ${NTLMV2_RESPONSE_MIN_LENGTH}`,
        offset,
        end,
      ),
    );
    return response;
  }
  response.respType = bytes[c]!;
  response.hiRespType = bytes[c + 1]!;
  if (response.respType !== 1 || response.hiRespType !== 1) {
    diagnostics.push(
      diagnostic('warning', 'ntlm-v2-response-type', 'RespType and HiRespType should both be 1 (MS-NLMP §2.2.2.7)', c, c + 2),
    );
  }
  const filetime = readFiletime(bytes, c + 8);
  response.timestamp = { value: filetimeToIso(filetime), filetime: filetime.toString(), offset: c + 8, length: 8 };
  response.clientChallenge = { value: toHex(bytes.subarray(c + 16, c + 24)), offset: c + 16, length: 8 };
  response.avPairs = decodeAvPairs(bytes, c + CLIENT_CHALLENGE_HEADER, end, diagnostics);
  return response;
}

export function decodeLmv2Response(bytes: Uint8Array, offset: number): Lmv2Response {
  return {
    response: { value: toHex(bytes.subarray(offset, offset + 16)), offset, length: 16 },
    clientChallenge: { value: toHex(bytes.subarray(offset + 16, offset + 24)), offset: offset + 16, length: 8 },
  };
}

/**
 * MS-NLMP §3.3.2: temp = Responserversion, HiResponserversion, Z(6), Time, ClientChallenge, Z(4), ServerName, Z(4),
 * i.e. the NTLMv2_CLIENT_CHALLENGE followed by four zero bytes.
 */
export function encodeNtlmv2ClientChallenge(time: Uint8Array, clientChallenge: Uint8Array, targetInfo: Uint8Array): Uint8Array {
  return concatBytes(new Uint8Array([1, 1, 0, 0, 0, 0, 0, 0]), time, clientChallenge, new Uint8Array(4), targetInfo, new Uint8Array(4));
}

/** A FILETIME as 8 bytes, from a bigint or 8 bytes; throws a TypeError otherwise. */
export function filetimeBytes(time: bigint | Uint8Array): Uint8Array {
  if (typeof time === 'bigint') return encodeFiletime(time);
  if (time instanceof Uint8Array && time.length === 8) return time;
  throw new TypeError('time must be a FILETIME as a bigint or 8 bytes');
}
