/**
 * A minimal, total reader of DER (X.690) TLVs with offsets, enough for SPNEGO (RFC 4178) and the outer layers of
 * Kerberos (RFC 4120). It reads definite lengths only (BER's indefinite form is reported, not followed), never
 * reads outside the bytes it is given and never allocates in proportion to a claimed length.
 */
import type { Diagnostic } from '../diagnostics';
import { diagnostic } from '../diagnostics';

export type TagClass = 'universal' | 'application' | 'context' | 'private';

export interface Tlv {
  tagClass: TagClass;
  constructed: boolean;
  tagNumber: number;
  /** Offset of the first identifier byte. */
  offset: number;
  headerLength: number;
  /** Offset of the first content byte, and the content's length. */
  valueOffset: number;
  length: number;
  /** Offset just past the content. */
  end: number;
}

export const UNIVERSAL = {
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  OID: 6,
  ENUMERATED: 10,
  SEQUENCE: 16,
  GENERAL_STRING: 27,
} as const;

const CLASSES: readonly TagClass[] = ['universal', 'application', 'context', 'private'];
/** Tag numbers and lengths above these are nonsense for the tokens we read, and keep arithmetic exact. */
const MAX_TAG_BYTES = 4;
const MAX_LENGTH_BYTES = 4;

/** Reads one TLV starting at `offset`, whose content must end by `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit: number): { tlv?: Tlv; error?: Diagnostic } {
  // X.690 §8.1.2: identifier octets.
  if (offset >= limit)
    return { error: diagnostic('error', 'der-truncated', 'expected a DER value, found the end of the data', offset, limit) };
  const first = bytes[offset]!;
  const tagClass = CLASSES[first >> 6]!;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  let at = offset + 1;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let n = 0; ; n++) {
      if (at >= limit) return { error: diagnostic('error', 'der-truncated', 'the tag number is cut short', offset, limit) };
      if (n >= MAX_TAG_BYTES) return { error: diagnostic('error', 'der-tag-too-long', 'the tag number is implausibly long', offset, at) };
      const b = bytes[at++]!;
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  // X.690 §8.1.3: length octets.
  if (at >= limit) return { error: diagnostic('error', 'der-truncated', 'the length is missing', offset, limit) };
  const lengthByte = bytes[at++]!;
  let length = lengthByte;
  if (lengthByte === 0x80) {
    return { error: diagnostic('error', 'der-indefinite-length', 'indefinite length (BER) is not allowed in DER', at - 1, at) };
  }
  if (lengthByte > 0x80) {
    const count = lengthByte & 0x7f;
    if (count > MAX_LENGTH_BYTES)
      return { error: diagnostic('error', 'der-length-too-long', `a ${count}-byte length is implausible`, at - 1, at) };
    if (at + count > limit) return { error: diagnostic('error', 'der-truncated', 'the length is cut short', at - 1, limit) };
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[at++]!;
  }
  const valueOffset = at;
  if (length > limit - valueOffset) {
    return {
      error: diagnostic('error', 'der-truncated', `the value claims ${length} bytes but only ${limit - valueOffset} remain`, offset, limit),
    };
  }
  const tlv: Tlv = {
    tagClass,
    constructed,
    tagNumber,
    offset,
    headerLength: valueOffset - offset,
    valueOffset,
    length,
    end: valueOffset + length,
  };
  return { tlv };
}

/** The TLVs inside a constructed value, in order; stops at the first malformed one (reported). */
export function readChildren(bytes: Uint8Array, parent: Tlv, diagnostics: Diagnostic[]): Tlv[] {
  const children: Tlv[] = [];
  let offset = parent.valueOffset;
  while (offset < parent.end) {
    const { tlv, error } = readTlv(bytes, offset, parent.end);
    if (!tlv) {
      if (error) diagnostics.push(error);
      break;
    }
    children.push(tlv);
    offset = tlv.end;
  }
  return children;
}

declare const checked: unique symbol;
/** A TLV whose tag has been checked; the brand keeps TypeScript from narrowing the unchecked case to `never`. */
export type CheckedTlv = Tlv & { readonly [checked]: true };

export function isTag(tlv: Tlv | undefined, tagClass: TagClass, tagNumber: number): tlv is CheckedTlv {
  return tlv !== undefined && tlv.tagClass === tagClass && tlv.tagNumber === tagNumber;
}

/** For an explicitly tagged field `[n] T`: the T inside the context-specific child n, if well formed. */
export function explicitField(bytes: Uint8Array, children: readonly Tlv[], tagNumber: number, diagnostics: Diagnostic[]): Tlv | undefined {
  const wrapper = children.find((c) => c.tagClass === 'context' && c.tagNumber === tagNumber);
  if (!wrapper) return undefined;
  const { tlv, error } = readTlv(bytes, wrapper.valueOffset, wrapper.end);
  if (error) diagnostics.push(error);
  return tlv;
}

/** X.690 §8.19: an OBJECT IDENTIFIER's content as dotted decimal, or undefined when malformed. */
export function decodeOid(bytes: Uint8Array, tlv: Tlv): string | undefined {
  if (tlv.length === 0 || tlv.length > 64) return undefined;
  const arcs: bigint[] = [];
  let value = 0n;
  let pending = false;
  for (let i = tlv.valueOffset; i < tlv.end; i++) {
    const b = bytes[i]!;
    if (!pending && b === 0x80) return undefined; // X.690 §8.19.2: no leading 0x80 padding
    value = (value << 7n) | BigInt(b & 0x7f);
    pending = (b & 0x80) !== 0;
    if (!pending) {
      arcs.push(value);
      value = 0n;
    }
  }
  if (pending) return undefined;
  const head = arcs[0]!;
  const firstArc = head < 40n ? 0n : head < 80n ? 1n : 2n;
  return [firstArc, head - firstArc * 40n, ...arcs.slice(1)].join('.');
}

/** X.690 §8.3: a two's-complement INTEGER (or ENUMERATED) of up to 6 bytes, else undefined. */
export function decodeInteger(bytes: Uint8Array, tlv: Tlv): number | undefined {
  if (tlv.length === 0 || tlv.length > 6) return undefined;
  let value = 0;
  for (let i = tlv.valueOffset; i < tlv.end; i++) value = value * 256 + bytes[i]!;
  return (bytes[tlv.valueOffset]! & 0x80) !== 0 ? value - 2 ** (8 * tlv.length) : value;
}

/** X.690 §8.6: the indices of the bits set in a BIT STRING (bit 0 is the most significant of the first byte). */
export function decodeBitString(bytes: Uint8Array, tlv: Tlv): number[] | undefined {
  if (tlv.length === 0) return undefined;
  const unused = bytes[tlv.valueOffset]!;
  if (unused > 7) return undefined;
  const bits: number[] = [];
  const total = (tlv.length - 1) * 8 - unused;
  for (let bit = 0; bit < total && bit < 64; bit++) {
    if ((bytes[tlv.valueOffset + 1 + (bit >> 3)]! >> (7 - (bit & 7))) & 1) bits.push(bit);
  }
  return bits;
}
