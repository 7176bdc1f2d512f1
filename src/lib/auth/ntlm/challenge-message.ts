/** MS-NLMP §2.2.1.2 CHALLENGE_MESSAGE (type 2): the server's challenge, flags and naming context. */
import { diagnostic } from '../../diagnostics';
import { latin1Encode, toHex, utf16leEncode } from '../../bytes';
import type { AvPair, AvPairInput } from './av-pairs';
import { decodeAvPairs, encodeAvPairs } from './av-pairs';
import type { Located, MessageContext, NtlmFieldLocation, PayloadFields } from './fields';
import {
  assembleMessage,
  mark,
  messageHeader,
  payloadStart,
  readHex,
  readPayloadFields,
  readText,
  readUint32,
  writeUint32,
} from './fields';
import {
  NTLMSSP_NEGOTIATE_128,
  NTLMSSP_NEGOTIATE_56,
  NTLMSSP_NEGOTIATE_ALWAYS_SIGN,
  NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY,
  NTLMSSP_NEGOTIATE_NTLM,
  NTLMSSP_NEGOTIATE_TARGET_INFO,
  NTLMSSP_NEGOTIATE_UNICODE,
  NTLMSSP_NEGOTIATE_VERSION,
  NTLMSSP_REQUEST_TARGET,
  NTLMSSP_TARGET_TYPE_DOMAIN,
  characterSet,
  negotiateFlagNames,
} from './negotiate-flags';
import type { NtlmVersion, VersionInput } from './version';
import { encodeVersion, readVersion } from './version';

export interface NtlmChallengeMessage {
  type: 2;
  typeName: 'CHALLENGE_MESSAGE';
  flags: number;
  flagNames: string[];
  targetName?: Located<string>;
  /** The 8-byte nonce, hex. */
  serverChallenge?: Located<string>;
  /** The AV pairs of TargetInfo (MS-NLMP §2.2.2.1). */
  targetInfo?: AvPair[];
  /** TargetInfo's raw bytes, hex: the input of the NTLMv2 response. */
  targetInfoBytes?: Located<string>;
  version?: NtlmVersion;
  length: number;
  layout: NtlmFieldLocation[];
}

const SERVER_CHALLENGE_END = 32;
const RESERVED_END = 40;
const TARGET_INFO_FIELDS_END = 48;
const VERSION_END = 56;

/** Decodes a type 2 message whose signature and type the caller has checked (bytes.length >= 12). */
export function decodeChallengeMessage(ctx: MessageContext): NtlmChallengeMessage {
  const { bytes } = ctx;
  const message: NtlmChallengeMessage = {
    type: 2,
    typeName: 'CHALLENGE_MESSAGE',
    flags: 0,
    flagNames: [],
    length: bytes.length,
    layout: ctx.layout,
  };
  if (bytes.length < SERVER_CHALLENGE_END) {
    ctx.diagnostics.push(
      diagnostic(
        'error',
        'ntlm-truncated',
        `CHALLENGE_MESSAGE is ${bytes.length} bytes, needs at least 32 (through ServerChallenge)`,
        bytes.length,
        bytes.length,
      ),
    );
    return message;
  }
  const targetNameFields = readPayloadFields(ctx, 12, 'TargetName');
  message.flags = readUint32(bytes, 20);
  message.flagNames = negotiateFlagNames(message.flags);
  mark(ctx, 'NegotiateFlags', 20, 4);
  message.serverChallenge = { value: toHex(bytes.subarray(24, 32)), offset: 24, length: 8 };
  mark(ctx, 'ServerChallenge', 24, 8);
  const charset = characterSet(message.flags);
  if (charset === 'none') {
    ctx.diagnostics.push(
      diagnostic('warning', 'ntlm-no-charset', 'neither NTLMSSP_NEGOTIATE_UNICODE nor NTLM_NEGOTIATE_OEM is set; text read as OEM', 20, 24),
    );
  }
  const targetName = readText(ctx, targetNameFields, charset === 'unicode');
  if (targetName) message.targetName = targetName;

  const fields: PayloadFields[] = [targetNameFields];
  if (bytes.length >= RESERVED_END && payloadStart(fields, bytes.length) >= RESERVED_END) {
    mark(ctx, 'Reserved', 32, 8);
  }
  if (bytes.length >= TARGET_INFO_FIELDS_END && payloadStart(fields, bytes.length) >= TARGET_INFO_FIELDS_END) {
    const targetInfoFields = readPayloadFields(ctx, 40, 'TargetInfo');
    fields.push(targetInfoFields);
    const raw = readHex(targetInfoFields);
    if (raw && targetInfoFields.data) {
      message.targetInfoBytes = raw;
      const end = targetInfoFields.bufferOffset + targetInfoFields.len;
      message.targetInfo = decodeAvPairs(bytes, targetInfoFields.bufferOffset, end, ctx.diagnostics);
    }
  }
  if ((message.flags & NTLMSSP_NEGOTIATE_TARGET_INFO) !== 0 && !message.targetInfo) {
    ctx.diagnostics.push(
      diagnostic(
        'warning',
        'ntlm-target-info-missing',
        'NTLMSSP_NEGOTIATE_TARGET_INFO is set but TargetInfo is empty or absent; NTLMv2 needs it',
        20,
        24,
      ),
    );
  }
  const headerEnd = payloadStart(fields, bytes.length);
  if (bytes.length >= VERSION_END && headerEnd >= VERSION_END) {
    mark(ctx, 'Version', 48, 8);
    if (message.flags & NTLMSSP_NEGOTIATE_VERSION) message.version = readVersion(bytes, 48, ctx.diagnostics);
  }
  return message;
}

export interface ChallengeMessageOptions {
  /** 8 bytes; randomness is the caller's business. */
  serverChallenge: Uint8Array;
  /** NegotiateFlags; TARGET_INFO and VERSION are added when the content requires them. */
  flags?: number;
  targetName?: string;
  /** AV pairs (MsvAvEOL is appended) or TargetInfo bytes as they are. */
  targetInfo?: readonly AvPairInput[] | Uint8Array;
  version?: VersionInput;
}

export const DEFAULT_CHALLENGE_FLAGS =
  (NTLMSSP_NEGOTIATE_UNICODE |
    NTLMSSP_REQUEST_TARGET |
    NTLMSSP_NEGOTIATE_NTLM |
    NTLMSSP_NEGOTIATE_ALWAYS_SIGN |
    NTLMSSP_TARGET_TYPE_DOMAIN |
    NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY |
    NTLMSSP_NEGOTIATE_128 |
    NTLMSSP_NEGOTIATE_56) >>>
  0;

/** Builds a CHALLENGE_MESSAGE (useful for demonstrations and tests); throws a TypeError on nonsense. */
export function buildChallengeMessage(options: ChallengeMessageOptions): Uint8Array {
  if (!(options.serverChallenge instanceof Uint8Array) || options.serverChallenge.length !== 8) {
    throw new TypeError('serverChallenge must be 8 bytes');
  }
  let flags = options.flags ?? DEFAULT_CHALLENGE_FLAGS;
  if (!Number.isInteger(flags) || flags < 0 || flags > 0xffffffff) throw new TypeError(`flags must be a uint32, got ${String(flags)}`);
  const targetInfo =
    options.targetInfo instanceof Uint8Array
      ? options.targetInfo
      : options.targetInfo
        ? encodeAvPairs(options.targetInfo)
        : new Uint8Array(0);
  if (targetInfo.length > 0) flags |= NTLMSSP_NEGOTIATE_TARGET_INFO;
  if (options.version) flags |= NTLMSSP_NEGOTIATE_VERSION;
  else if (flags & NTLMSSP_NEGOTIATE_VERSION) throw new TypeError('NTLMSSP_NEGOTIATE_VERSION is set but no version was given');
  let targetName: Uint8Array = new Uint8Array(0);
  if (options.targetName !== undefined) {
    if (characterSet(flags) === 'unicode') targetName = utf16leEncode(options.targetName);
    else {
      const oem = latin1Encode(options.targetName);
      if (!oem) throw new TypeError('targetName must be OEM text (characters up to U+00FF) when Unicode is not negotiated');
      targetName = oem;
    }
  }
  const header = messageHeader(2, options.version ? VERSION_END : TARGET_INFO_FIELDS_END);
  writeUint32(header, 20, flags >>> 0);
  header.set(options.serverChallenge, 24);
  if (options.version) header.set(encodeVersion(options.version), 48);
  return assembleMessage(header, [
    { fieldsOffset: 12, data: targetName },
    { fieldsOffset: 40, data: targetInfo },
  ]);
}
