/** MS-NLMP §2.2.2.1 AV_PAIR: the (AvId, AvLen, Value) list of TargetInfo and of the NTLMv2 client challenge. */
import type { Diagnostic } from '../../diagnostics';
import { diagnostic } from '../../diagnostics';
import { concatBytes, toHex, utf16leDecode, utf16leEncode } from '../../bytes';
import { encodeFiletime, filetimeToIso, readFiletime } from './filetime';

export const MsvAvEOL = 0x0000;
export const MsvAvNbComputerName = 0x0001;
export const MsvAvNbDomainName = 0x0002;
export const MsvAvDnsComputerName = 0x0003;
export const MsvAvDnsDomainName = 0x0004;
export const MsvAvDnsTreeName = 0x0005;
export const MsvAvFlags = 0x0006;
export const MsvAvTimestamp = 0x0007;
export const MsvAvSingleHost = 0x0008;
export const MsvAvTargetName = 0x0009;
export const MsvAvChannelBindings = 0x000a;

export const AV_PAIR_NAMES: Readonly<Record<number, string>> = {
  [MsvAvEOL]: 'MsvAvEOL',
  [MsvAvNbComputerName]: 'MsvAvNbComputerName',
  [MsvAvNbDomainName]: 'MsvAvNbDomainName',
  [MsvAvDnsComputerName]: 'MsvAvDnsComputerName',
  [MsvAvDnsDomainName]: 'MsvAvDnsDomainName',
  [MsvAvDnsTreeName]: 'MsvAvDnsTreeName',
  [MsvAvFlags]: 'MsvAvFlags',
  [MsvAvTimestamp]: 'MsvAvTimestamp',
  [MsvAvSingleHost]: 'MsvAvSingleHost',
  [MsvAvTargetName]: 'MsvAvTargetName',
  [MsvAvChannelBindings]: 'MsvAvChannelBindings',
};

/** MS-NLMP §2.2.2.1, MsvAvFlags bits. */
export const AV_FLAGS: readonly { bit: number; name: string }[] = [
  { bit: 0x1, name: 'account authentication is constrained' },
  { bit: 0x2, name: 'MIC provided' },
  { bit: 0x4, name: 'target SPN from an untrusted source' },
];

const TEXT_IDS = new Set([
  MsvAvNbComputerName,
  MsvAvNbDomainName,
  MsvAvDnsComputerName,
  MsvAvDnsDomainName,
  MsvAvDnsTreeName,
  MsvAvTargetName,
]);
const FIXED_LENGTHS: Readonly<Record<number, number>> = {
  [MsvAvEOL]: 0,
  [MsvAvFlags]: 4,
  [MsvAvTimestamp]: 8,
  [MsvAvChannelBindings]: 16,
};
/** MS-NLMP §2.2.2.2 Single_Host_Data: Size, Z4, CustomData (8), MachineID (32). */
const SINGLE_HOST_MIN_LENGTH = 48;

export interface AvPair {
  id: number;
  name: string;
  /** Text for names, the number for MsvAvFlags, an ISO date for MsvAvTimestamp, hex otherwise. */
  value: string | number;
  /** Offset of AvId, and the whole pair's length (4 + AvLen). */
  offset: number;
  length: number;
  valueOffset: number;
  valueLength: number;
  /** MsvAvFlags: the meaning of each bit set. */
  flagNames?: string[];
  /** MsvAvTimestamp: the FILETIME as a decimal string (bigint does not survive JSON). */
  filetime?: string;
}

/**
 * Reads AV pairs from bytes[start, end). Total: a truncated pair, a missing MsvAvEOL or bytes after it become
 * diagnostics (byte offsets). Never reads outside [start, end).
 */
export function decodeAvPairs(bytes: Uint8Array, start: number, end: number, diagnostics: Diagnostic[]): AvPair[] {
  const pairs: AvPair[] = [];
  const seen = new Set<number>();
  let offset = start;
  while (offset < end) {
    if (end - offset < 4) {
      diagnostics.push(diagnostic('error', 'ntlm-av-pair-truncated', 'AV_PAIR header cut short (needs 4 bytes)', offset, end));
      return pairs;
    }
    const id = bytes[offset]! | (bytes[offset + 1]! << 8);
    const avLen = bytes[offset + 2]! | (bytes[offset + 3]! << 8);
    const valueOffset = offset + 4;
    if (valueOffset + avLen > end) {
      diagnostics.push(
        diagnostic('error', 'ntlm-av-pair-truncated', `AV_PAIR claims ${avLen} bytes but only ${end - valueOffset} remain`, offset, end),
      );
      return pairs;
    }
    const pair = readPair(bytes, id, offset, valueOffset, avLen, diagnostics);
    if (seen.has(id) && id !== MsvAvEOL) {
      diagnostics.push(diagnostic('warning', 'ntlm-av-pair-duplicate', `${pair.name} appears more than once`, offset, valueOffset + avLen));
    }
    seen.add(id);
    pairs.push(pair);
    offset = valueOffset + avLen;
    if (id === MsvAvEOL) {
      if (offset < end && bytes.subarray(offset, end).some((b) => b !== 0)) {
        diagnostics.push(diagnostic('warning', 'ntlm-av-pair-after-eol', 'bytes follow MsvAvEOL', offset, end));
      }
      return pairs;
    }
  }
  diagnostics.push(
    diagnostic('warning', 'ntlm-av-pair-no-eol', 'the AV_PAIR list does not end with MsvAvEOL (MS-NLMP §2.2.2.1)', end, end),
  );
  return pairs;
}

export interface AvPairInput {
  id: number;
  /** string: UTF-16LE text; number: MsvAvFlags; bigint: a FILETIME; bytes: the raw value. */
  value: string | number | bigint | Uint8Array;
}

/** Encodes AV pairs and appends MsvAvEOL; throws a TypeError on a value that does not fit. */
export function encodeAvPairs(pairs: readonly AvPairInput[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const pair of pairs) {
    if (!Number.isInteger(pair.id) || pair.id < 0 || pair.id > 0xffff) throw new TypeError(`AvId must be a 16-bit integer, got ${pair.id}`);
    if (pair.id === MsvAvEOL) break;
    const value = encodeValue(pair);
    if (value.length > 0xffff) throw new TypeError(`AV_PAIR ${pair.id} value is longer than 65535 bytes`);
    parts.push(new Uint8Array([pair.id & 0xff, pair.id >> 8, value.length & 0xff, value.length >> 8]), value);
  }
  parts.push(new Uint8Array(4));
  return concatBytes(...parts);
}

function encodeValue(pair: AvPairInput): Uint8Array {
  const { value } = pair;
  if (typeof value === 'string') return utf16leEncode(value);
  if (typeof value === 'bigint') return encodeFiletime(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new TypeError(`AV_PAIR ${pair.id} number must be a uint32`);
    return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]);
  }
  return value;
}

function readPair(bytes: Uint8Array, id: number, offset: number, valueOffset: number, avLen: number, diagnostics: Diagnostic[]): AvPair {
  const name = AV_PAIR_NAMES[id] ?? `unknown AvId 0x${id.toString(16).padStart(4, '0')}`;
  const raw = bytes.subarray(valueOffset, valueOffset + avLen);
  const pair: AvPair = { id, name, value: toHex(raw), offset, length: 4 + avLen, valueOffset, valueLength: avLen };
  const expected = FIXED_LENGTHS[id];
  if (expected !== undefined && avLen !== expected) {
    diagnostics.push(
      diagnostic('warning', 'ntlm-av-pair-length', `${name} should be ${expected} bytes, is ${avLen}`, offset, valueOffset + avLen),
    );
    return pair;
  }
  if (id === MsvAvSingleHost && avLen < SINGLE_HOST_MIN_LENGTH) {
    diagnostics.push(
      diagnostic('warning', 'ntlm-av-pair-length', `${name} should be at least 48 bytes, is ${avLen}`, offset, valueOffset + avLen),
    );
  }
  if (TEXT_IDS.has(id)) {
    if (avLen % 2 !== 0) {
      diagnostics.push(
        diagnostic('warning', 'ntlm-odd-unicode-length', `${name} has an odd length for UTF-16LE text`, offset, valueOffset + avLen),
      );
    }
    pair.value = utf16leDecode(raw);
  } else if (id === MsvAvFlags) {
    const flags = (raw[0]! | (raw[1]! << 8) | (raw[2]! << 16) | (raw[3]! << 24)) >>> 0;
    pair.value = flags;
    pair.flagNames = AV_FLAGS.filter((f) => (flags & f.bit) !== 0).map((f) => f.name);
  } else if (id === MsvAvTimestamp) {
    const filetime = readFiletime(bytes, valueOffset);
    pair.value = filetimeToIso(filetime);
    pair.filetime = filetime.toString();
  }
  return pair;
}
