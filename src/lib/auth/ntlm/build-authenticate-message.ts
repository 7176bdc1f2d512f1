/**
 * Builds an NTLMv2 AUTHENTICATE_MESSAGE in answer to a CHALLENGE_MESSAGE, following MS-NLMP §3.1.5.1.2 (client
 * receives a CHALLENGE_MESSAGE) and §3.3.2. Deterministic: the client challenge, time and random session key are
 * arguments. Throws a TypeError on nonsense arguments, including a challenge that does not decode.
 */
import { encodeBase64, fromHex, latin1Encode, utf16leEncode } from '../../bytes';
import type { AvPairInput } from './av-pairs';
import { MsvAvChannelBindings, MsvAvFlags, MsvAvTargetName, MsvAvTimestamp, decodeAvPairs, encodeAvPairs } from './av-pairs';
import type { NtlmChallengeMessage } from './challenge-message';
import { NTOWFv2, RC4K, computeMic, computeNtlmv2Response } from './compute';
import { decodeNtlmMessage } from './decode';
import { assembleMessage, messageHeader, writeUint32 } from './fields';
import {
  NTLMSSP_NEGOTIATE_KEY_EXCH,
  NTLMSSP_NEGOTIATE_VERSION,
  NTLMSSP_TARGET_TYPE_DOMAIN,
  NTLMSSP_TARGET_TYPE_SERVER,
  NTLM_NEGOTIATE_OEM,
  characterSet,
} from './negotiate-flags';
import { filetimeBytes } from './ntlmv2-response';
import type { VersionInput } from './version';
import { encodeVersion } from './version';

export interface AuthenticateMessageOptions {
  /** The server's CHALLENGE_MESSAGE: base64, bytes, or already decoded. */
  challenge: string | Uint8Array | NtlmChallengeMessage;
  user: string;
  domain?: string;
  password: string;
  workstation?: string;
  /** 8 bytes of client nonce. */
  clientChallenge: Uint8Array;
  /** FILETIME; required unless the challenge's TargetInfo carries MsvAvTimestamp, which then wins (§3.1.5.1.2). */
  time?: bigint | Uint8Array;
  /** NegotiateFlags; default: the challenge's flags without the target-type bits, adjusted to the options. */
  flags?: number;
  version?: VersionInput;
  /** 16 bytes: enables NTLMSSP_NEGOTIATE_KEY_EXCH and sends RC4K(KeyExchangeKey, randomSessionKey). */
  randomSessionKey?: Uint8Array;
  /** The NEGOTIATE_MESSAGE bytes sent earlier: with the challenge's bytes, enables the MIC. */
  negotiateMessage?: Uint8Array;
  /** 16-byte MD5 of gss_channel_bindings_struct, sent as MsvAvChannelBindings. */
  channelBindings?: Uint8Array;
  /** Service principal name, sent as MsvAvTargetName (e.g. "HTTP/proxy.example.com"). */
  targetName?: string;
}

export interface AuthenticateMessageResult {
  bytes: Uint8Array;
  base64: string;
  ntProofStr: Uint8Array;
  sessionBaseKey: Uint8Array;
  exportedSessionKey: Uint8Array;
  mic?: Uint8Array;
}

const HEADER = 64;
const HEADER_WITH_VERSION = 72;
const HEADER_WITH_MIC = 88;

export function buildAuthenticateMessage(options: AuthenticateMessageOptions): AuthenticateMessageResult {
  const { challenge, challengeBytes } = readChallenge(options.challenge);
  const serverChallenge = fromHex(challenge.serverChallenge?.value ?? '');
  if (!serverChallenge || serverChallenge.length !== 8) throw new TypeError('the CHALLENGE_MESSAGE has no ServerChallenge');
  const serverInfo = fromHex(challenge.targetInfoBytes?.value ?? '') ?? new Uint8Array(0);
  const serverPairs = decodeAvPairs(serverInfo, 0, serverInfo.length, []);
  const timestamp = serverPairs.find((p) => p.id === MsvAvTimestamp && p.valueLength === 8);
  const wantsMic = options.negotiateMessage !== undefined;
  if (wantsMic && !challengeBytes) throw new TypeError('a MIC needs the CHALLENGE_MESSAGE as base64 or bytes, not decoded');
  if (options.randomSessionKey !== undefined) checkBytes('randomSessionKey', options.randomSessionKey, 16);
  if (options.channelBindings !== undefined) checkBytes('channelBindings', options.channelBindings, 16);

  // §3.1.5.1.2: the client's AV pairs are the server's, plus MsvAvFlags (MIC), channel bindings and target name.
  const pairs: AvPairInput[] = serverPairs
    .filter((p) => p.id !== 0)
    .map((p) => ({ id: p.id, value: serverInfo.slice(p.valueOffset, p.valueOffset + p.valueLength) }));
  if (wantsMic) {
    const existing = pairs.find((p) => p.id === MsvAvFlags);
    const old = existing?.value instanceof Uint8Array && existing.value.length === 4 ? existing.value : new Uint8Array(4);
    const value = (old[0]! | (old[1]! << 8) | (old[2]! << 16) | (old[3]! << 24) | 0x2) >>> 0;
    if (existing) existing.value = value;
    else pairs.push({ id: MsvAvFlags, value });
  }
  if (options.channelBindings) pairs.push({ id: MsvAvChannelBindings, value: options.channelBindings });
  if (options.targetName !== undefined) pairs.push({ id: MsvAvTargetName, value: options.targetName });
  const clientInfo = serverInfo.length === 0 && pairs.length === 0 ? serverInfo : encodeAvPairs(pairs);

  const time = timestamp ? serverInfo.slice(timestamp.valueOffset, timestamp.valueOffset + 8) : options.time;
  if (time === undefined) throw new TypeError('time is required when the CHALLENGE_MESSAGE has no MsvAvTimestamp');
  const responseKeyNT = NTOWFv2(options.password, options.user, options.domain ?? '');
  const response = computeNtlmv2Response({
    responseKeyNT,
    serverChallenge,
    clientChallenge: options.clientChallenge,
    time: filetimeBytes(time),
    targetInfo: clientInfo,
  });
  // §3.1.5.1.2: with MsvAvTimestamp the client SHOULD send Z(24) instead of the LMv2 response.
  const lmResponse = timestamp ? new Uint8Array(24) : response.lmChallengeResponse;

  const flags = chooseFlags(options, challenge.flags);
  // §3.3.2: KeyExchangeKey = SessionBaseKey for NTLMv2; §3.1.5.1.2: the exported key is random when KEY_EXCH.
  const exportedSessionKey = options.randomSessionKey ?? response.sessionBaseKey;
  const encryptedKey = options.randomSessionKey ? RC4K(response.sessionBaseKey, options.randomSessionKey) : new Uint8Array(0);
  const unicode = characterSet(flags) === 'unicode';
  const header = messageHeader(3, wantsMic ? HEADER_WITH_MIC : options.version ? HEADER_WITH_VERSION : HEADER);
  writeUint32(header, 60, flags);
  if (options.version) header.set(encodeVersion(options.version), 64);
  const bytes = assembleMessage(header, [
    { fieldsOffset: 28, data: text('domain', options.domain ?? '', unicode) },
    { fieldsOffset: 36, data: text('user', options.user, unicode) },
    { fieldsOffset: 44, data: text('workstation', options.workstation ?? '', unicode) },
    { fieldsOffset: 12, data: lmResponse },
    { fieldsOffset: 20, data: response.ntChallengeResponse },
    { fieldsOffset: 52, data: encryptedKey },
  ]);
  const result: AuthenticateMessageResult = {
    bytes,
    base64: '',
    ntProofStr: response.ntProofStr,
    sessionBaseKey: response.sessionBaseKey,
    exportedSessionKey,
  };
  if (wantsMic && challengeBytes && options.negotiateMessage) {
    const mic = computeMic(exportedSessionKey, options.negotiateMessage, challengeBytes, bytes);
    bytes.set(mic, 72);
    result.mic = mic;
  }
  result.base64 = encodeBase64(bytes);
  return result;
}

function readChallenge(input: AuthenticateMessageOptions['challenge']): { challenge: NtlmChallengeMessage; challengeBytes?: Uint8Array } {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const decoded = decodeNtlmMessage(input);
    const error = decoded.diagnostics.find((d) => d.severity === 'error');
    if (!decoded.message || decoded.message.type !== 2 || error) {
      throw new TypeError(`challenge is not a valid CHALLENGE_MESSAGE${error ? `: ${error.message}` : ''}`);
    }
    return { challenge: decoded.message, challengeBytes: decoded.bytes };
  }
  if (typeof input !== 'object' || input === null || input.type !== 2) throw new TypeError('challenge must be a CHALLENGE_MESSAGE');
  return { challenge: input };
}

function chooseFlags(options: AuthenticateMessageOptions, challengeFlags: number): number {
  if (options.flags !== undefined) {
    const flags = options.flags;
    if (!Number.isInteger(flags) || flags < 0 || flags > 0xffffffff) throw new TypeError(`flags must be a uint32, got ${String(flags)}`);
    if ((flags & NTLMSSP_NEGOTIATE_KEY_EXCH) !== 0 && !options.randomSessionKey)
      throw new TypeError('NTLMSSP_NEGOTIATE_KEY_EXCH needs randomSessionKey');
    if ((flags & NTLMSSP_NEGOTIATE_VERSION) !== 0 && !options.version) throw new TypeError('NTLMSSP_NEGOTIATE_VERSION needs version');
    return flags >>> 0;
  }
  let flags = challengeFlags & ~(NTLMSSP_TARGET_TYPE_SERVER | NTLMSSP_TARGET_TYPE_DOMAIN);
  if (characterSet(flags) === 'unicode') flags &= ~NTLM_NEGOTIATE_OEM;
  flags = options.randomSessionKey ? flags | NTLMSSP_NEGOTIATE_KEY_EXCH : flags & ~NTLMSSP_NEGOTIATE_KEY_EXCH;
  flags = options.version ? flags | NTLMSSP_NEGOTIATE_VERSION : flags & ~NTLMSSP_NEGOTIATE_VERSION;
  return flags >>> 0;
}

function text(name: string, value: string, unicode: boolean): Uint8Array {
  if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
  if (unicode) return utf16leEncode(value);
  const oem = latin1Encode(value);
  if (!oem) throw new TypeError(`${name} must be OEM text (characters up to U+00FF) when Unicode is not negotiated`);
  return oem;
}

function checkBytes(name: string, value: unknown, length: number): void {
  if (!(value instanceof Uint8Array) || value.length !== length) throw new TypeError(`${name} must be ${length} bytes`);
}
