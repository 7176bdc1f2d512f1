/**
 * curl 7.88's own NTLM type-3 message (lib/vauth/ntlm.c Curl_auth_create_ntlm_type3_message), which differs from
 * what MS-NLMP §3.1.5.1.2 asks and from src/lib/auth/ntlm's builder in ways a transcript shows:
 *
 * - NTLMv2 (LMv2 + NTLMv2, lib/curl_ntlm_core.c) when the type-2 sets NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY
 *   (curl's NTLMFLAG_NEGOTIATE_NTLM2_KEY), otherwise NTLMv1 (LM + NT responses, DES of the server challenge).
 * - The NTLMv2 blob carries the server's TargetInfo as received (no MsvAvFlags, no MIC) and curl's own clock in
 *   whole seconds, even when the TargetInfo has MsvAvTimestamp; the LM response is always LMv2, never Z(24).
 * - Layout: a 64-byte header (no Version, no MIC), then LM, NT, domain, user, workstation "WORKSTATION", in that
 *   order; the session key field is empty; NegotiateFlags are the type-2's flags as received.
 * - Text is OEM unless the type-2 sets UNICODE; "Unicode" widens each byte of the UTF-8 input to 16 bits, and
 *   only ASCII letters are upper-cased (user name for NTLMv2, password for LM), as curl does without iconv.
 * - "DOMAIN\user" or "DOMAIN/user" splits at the first backslash, else the first slash.
 *
 * Verified against the real curl 7.88.1 and Squid's ntlm_fake_auth in tests/interop/curl-squid.test.ts (NTLMv2
 * path, OEM); the NTLMv1 and Unicode paths follow the source.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { md5 } from '@noble/hashes/legacy.js';
import { concatBytes, decodeBase64, encodeBase64, utf8Encode } from '../bytes';
import { desEncrypt7 } from '../auth/des';
import { md4 } from '../auth/md4';
import { computeNtlmv1Response, computeNtlmv2Response } from '../auth/ntlm';

/** curl 7.88's fixed workstation name (lib/vauth/ntlm.c; seen in the interop test), not the machine's host name. */
const CURL_NTLM_WORKSTATION = 'WORKSTATION';

// MS-NLMP §2.2.2.5 flag bits curl reads from the type-2.
const UNICODE = 0x00000001;
const EXTENDED_SESSIONSECURITY = 0x00080000; // curl: NTLMFLAG_NEGOTIATE_NTLM2_KEY
const TARGET_INFO = 0x00800000;
/** MS-NLMP §3.3.1 "KGS!@#$%". */
const LM_MAGIC = new Uint8Array([0x4b, 0x47, 0x53, 0x21, 0x40, 0x23, 0x24, 0x25]);

export interface CurlType2 {
  flags: number;
  serverChallenge: Uint8Array;
  targetInfo: Uint8Array;
}

export interface CurlType3Input {
  type2: CurlType2;
  /** As given to -U / --proxy-user: "user", "DOMAIN\user" or "DOMAIN/user". */
  user: string;
  password: string;
  /** curl's 8 random bytes (Curl_rand). */
  clientChallenge: Uint8Array;
  /** FILETIME of curl's clock; curl uses time(NULL), so whole seconds. */
  time: bigint;
}

export interface CurlType3 {
  bytes: Uint8Array;
  base64: string;
  version: 'NTLMv2' | 'NTLMv1';
}

/**
 * Reads a type-2 token as curl does (Curl_auth_decode_ntlm_type2_message): signature, type, flags, server
 * challenge, and TargetInfo only when NTLMSSP_NEGOTIATE_TARGET_INFO is set. Undefined where curl gives up
 * ("NTLM handshake failure (bad type-2 message)").
 */
export function readCurlType2(token: string): CurlType2 | undefined {
  const decoded = decodeBase64(token.trim());
  if (decoded.error) return undefined;
  const b = decoded.bytes;
  if (b.length < 32) return undefined;
  const signature = [0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00]; // "NTLMSSP\0", MS-NLMP §2.2.1.2
  if (signature.some((c, i) => b[i] !== c) || u32(b, 8) !== 2) return undefined;
  const flags = u32(b, 20);
  let targetInfo = new Uint8Array(0);
  if (flags & TARGET_INFO) {
    // curl refuses a TargetInfo that lies outside the message or overlaps the 48-byte header.
    if (b.length < 48) return undefined;
    const length = u16(b, 40);
    const offset = u32(b, 44);
    if (length > 0) {
      if (offset < 48 || offset > b.length || offset + length > b.length) return undefined;
      targetInfo = b.slice(offset, offset + length);
    }
  }
  return { flags, serverChallenge: b.slice(24, 32), targetInfo };
}

/** Builds curl's type-3 (see the module comment for how it differs from MS-NLMP). */
export function buildCurlType3(input: CurlType3Input): CurlType3 {
  const { type2 } = input;
  const sep = firstSeparator(input.user);
  const userBytes = utf8Encode(sep < 0 ? input.user : input.user.slice(sep + 1));
  const domainBytes = utf8Encode(sep < 0 ? '' : input.user.slice(0, sep));
  const passwordBytes = utf8Encode(input.password);
  const ntHash = md4(widen(passwordBytes)); // Curl_ntlm_core_mk_nt_hash
  let lm: Uint8Array;
  let nt: Uint8Array;
  let version: CurlType3['version'];
  if (type2.flags & EXTENDED_SESSIONSECURITY) {
    // Curl_ntlm_core_mk_ntlmv2_hash: HMAC_MD5(NT hash, UNICODE(ASCII-upper(user)) ‖ UNICODE(domain)), MS-NLMP §3.3.2
    const ntlmv2Hash = hmac(md5, ntHash, concatBytes(widen(asciiUpper(userBytes)), widen(domainBytes)));
    const r = computeNtlmv2Response({
      responseKeyNT: ntlmv2Hash,
      serverChallenge: type2.serverChallenge,
      clientChallenge: input.clientChallenge,
      time: input.time,
      targetInfo: type2.targetInfo,
    });
    lm = r.lmChallengeResponse;
    nt = r.ntChallengeResponse;
    version = 'NTLMv2';
  } else {
    // MS-NLMP §3.3.1 without extended session security: DESL of the server challenge under each hash.
    const r = computeNtlmv1Response({
      responseKeyNT: ntHash,
      responseKeyLM: lmHash(passwordBytes),
      serverChallenge: type2.serverChallenge,
    });
    lm = r.lmChallengeResponse;
    nt = r.ntChallengeResponse;
    version = 'NTLMv1';
  }
  const unicode = (type2.flags & UNICODE) !== 0;
  const text = (bytes: Uint8Array): Uint8Array => (unicode ? widen(bytes) : bytes);
  const domain = text(domainBytes);
  const user = text(userBytes);
  const host = text(utf8Encode(CURL_NTLM_WORKSTATION));
  // MS-NLMP §2.2.1.3 AUTHENTICATE_MESSAGE, 64-byte header; curl's payload order: LM, NT, domain, user, host.
  const header = new Uint8Array(64);
  header.set([0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00, 3, 0, 0, 0]);
  let offset = 64;
  const field = (at: number, data: Uint8Array): void => {
    setU16(header, at, data.length);
    setU16(header, at + 2, data.length);
    setU32(header, at + 4, offset);
    offset += data.length;
  };
  field(12, lm);
  field(20, nt);
  field(28, domain);
  field(36, user);
  field(44, host);
  // 52: session key, all zero (length, max length and offset 0)
  setU32(header, 60, type2.flags);
  const bytes = concatBytes(header, lm, nt, domain, user, host);
  return { bytes, base64: encodeBase64(bytes), version };
}

/** Curl_ntlm_core_mk_lm_hash: ASCII-upper-cased password bytes, truncated or zero-padded to 14, DES of "KGS!@#$%". */
function lmHash(password: Uint8Array): Uint8Array {
  const pw = new Uint8Array(14);
  pw.set(asciiUpper(password).subarray(0, 14));
  return concatBytes(desEncrypt7(pw.subarray(0, 7), LM_MAGIC), desEncrypt7(pw.subarray(7, 14), LM_MAGIC));
}

function firstSeparator(user: string): number {
  const backslash = user.indexOf('\\');
  return backslash >= 0 ? backslash : user.indexOf('/');
}

/** curl's ascii_to_unicode_le: each byte becomes a 16-bit little-endian unit. */
function widen(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length * 2);
  bytes.forEach((b, i) => (out[i * 2] = b));
  return out;
}

function asciiUpper(bytes: Uint8Array): Uint8Array {
  return bytes.map((b) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b));
}

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

function setU16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function setU32(b: Uint8Array, at: number, v: number): void {
  setU16(b, at, v & 0xffff);
  setU16(b, at + 2, (v >>> 16) & 0xffff);
}
