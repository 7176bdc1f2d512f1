/**
 * MS-NLMP §2.2.1: the pieces every NTLM message shares. Variable-length data lives in a payload after a fixed
 * header and is pointed at by an 8-byte "fields" triple: Len (2), MaxLen (2), BufferOffset (4), all little-endian.
 * Everything here works on byte offsets and never reads outside the buffer.
 */
import type { Diagnostic } from '../../diagnostics';
import { boundedDiagnostics, diagnostic } from '../../diagnostics';
import { latin1Decode, toHex, utf16leDecode } from '../../bytes';

/** "NTLMSSP\0" (MS-NLMP §2.2.1.1 Signature). */
export const NTLMSSP_SIGNATURE = new Uint8Array([0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00]);

/** One named range of bytes of a message, for a UI that highlights them. */
export interface NtlmFieldLocation {
  name: string;
  offset: number;
  length: number;
}

/** A decoded value with the bytes it came from. */
export interface Located<T> {
  value: T;
  offset: number;
  length: number;
}

/** Shared state while one message is decoded; all offsets are byte offsets into `bytes`. */
export interface MessageContext {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
  layout: NtlmFieldLocation[];
  payloads: NtlmFieldLocation[];
}

export interface PayloadFields {
  name: string;
  len: number;
  maxLen: number;
  bufferOffset: number;
  fieldsOffset: number;
  /** The payload bytes, or undefined when Len is 0 or the field points outside the message. */
  data?: Uint8Array;
}

export function createContext(bytes: Uint8Array): MessageContext {
  return { bytes, diagnostics: boundedDiagnostics(), layout: [], payloads: [] };
}

function readUint16(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

export function readUint32(bytes: Uint8Array, offset: number): number {
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

/** Records a fixed header field in the layout. */
export function mark(ctx: MessageContext, name: string, offset: number, length: number): void {
  ctx.layout.push({ name, offset, length });
}

/** Reads a Len/MaxLen/BufferOffset triple at `fieldsOffset` (the caller has checked that 8 bytes are there). */
export function readPayloadFields(ctx: MessageContext, fieldsOffset: number, name: string): PayloadFields {
  const { bytes } = ctx;
  const len = readUint16(bytes, fieldsOffset);
  const maxLen = readUint16(bytes, fieldsOffset + 2);
  const bufferOffset = readUint32(bytes, fieldsOffset + 4);
  mark(ctx, `${name}Fields`, fieldsOffset, 8);
  const fields: PayloadFields = { name, len, maxLen, bufferOffset, fieldsOffset };
  if (len === 0) return fields;
  if (bufferOffset > bytes.length || len > bytes.length - bufferOffset) {
    ctx.diagnostics.push(
      diagnostic(
        'error',
        'ntlm-field-out-of-bounds',
        `${name} claims ${len} bytes at offset ${bufferOffset}, but the message is ${bytes.length} bytes long`,
        fieldsOffset,
        fieldsOffset + 8,
      ),
    );
    return fields;
  }
  if (maxLen !== len) {
    ctx.diagnostics.push(
      diagnostic(
        'info',
        'ntlm-maxlen-differs',
        `${name}MaxLen (${maxLen}) differs from ${name}Len (${len}); receivers ignore it`,
        fieldsOffset + 2,
        fieldsOffset + 4,
      ),
    );
  }
  fields.data = bytes.subarray(bufferOffset, bufferOffset + len);
  ctx.payloads.push({ name, offset: bufferOffset, length: len });
  mark(ctx, name, bufferOffset, len);
  return fields;
}

/** Smallest BufferOffset of the non-empty fields: the end of the header as the sender laid it out. */
export function payloadStart(fields: readonly PayloadFields[], messageLength: number): number {
  let start = messageLength;
  for (const f of fields) if (f.len > 0 && f.bufferOffset < start) start = f.bufferOffset;
  return start;
}

/** MS-NLMP §2.2.2.5 A/B: UTF-16LE when Unicode was negotiated, otherwise OEM (read as Latin-1, see index.ts). */
export function readText(ctx: MessageContext, fields: PayloadFields, unicode: boolean): Located<string> | undefined {
  if (!fields.data) return undefined;
  if (unicode && fields.len % 2 !== 0) {
    ctx.diagnostics.push(
      diagnostic(
        'warning',
        'ntlm-odd-unicode-length',
        `${fields.name} has an odd length for UTF-16LE text`,
        fields.fieldsOffset,
        fields.fieldsOffset + 2,
      ),
    );
  }
  const value = unicode ? utf16leDecode(fields.data) : latin1Decode(fields.data);
  return { value, offset: fields.bufferOffset, length: fields.len };
}

export function readHex(fields: PayloadFields): Located<string> | undefined {
  if (!fields.data) return undefined;
  return { value: toHex(fields.data), offset: fields.bufferOffset, length: fields.len };
}

/**
 * Payload fields must not overlap each other nor the header (MS-NLMP §2.2.1 lays the payload out after the
 * header). Reported as warnings: the message is still readable.
 */
export function checkPayloadLayout(ctx: MessageContext, headerEnd: number): void {
  const sorted = [...ctx.payloads].sort((a, b) => a.offset - b.offset);
  let furthest: NtlmFieldLocation | undefined;
  for (const current of sorted) {
    if (current.offset < headerEnd) {
      ctx.diagnostics.push(
        diagnostic(
          'warning',
          'ntlm-field-overlaps-header',
          `${current.name} starts inside the ${headerEnd}-byte header`,
          current.offset,
          Math.min(current.offset + current.length, headerEnd),
        ),
      );
    }
    if (furthest && current.offset < furthest.offset + furthest.length) {
      ctx.diagnostics.push(
        diagnostic(
          'warning',
          'ntlm-fields-overlap',
          `${furthest.name} and ${current.name} overlap`,
          current.offset,
          Math.min(furthest.offset + furthest.length, current.offset + current.length),
        ),
      );
    }
    if (!furthest || current.offset + current.length > furthest.offset + furthest.length) furthest = current;
  }
}

export interface PayloadInput {
  /** Where the Len/MaxLen/BufferOffset triple sits in the header. */
  fieldsOffset: number;
  data: Uint8Array;
}

/** A header of `headerLength` bytes with the signature and MessageType already written. */
export function messageHeader(type: 1 | 2 | 3, headerLength: number): Uint8Array {
  const header = new Uint8Array(headerLength);
  header.set(NTLMSSP_SIGNATURE);
  header[8] = type;
  return header;
}

export function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
  bytes[offset + 2] = (value >>> 16) & 0xff;
  bytes[offset + 3] = (value >>> 24) & 0xff;
}

/** Lays the payloads out after the header, in the order given, and fills in their fields triples. */
export function assembleMessage(header: Uint8Array, payloads: readonly PayloadInput[]): Uint8Array {
  const total = payloads.reduce((n, p) => n + p.data.length, header.length);
  const out = new Uint8Array(total);
  out.set(header);
  let offset = header.length;
  for (const { fieldsOffset, data } of payloads) {
    if (data.length > 0xffff) throw new TypeError(`an NTLM field holds at most 65535 bytes, got ${data.length}`);
    out[fieldsOffset] = out[fieldsOffset + 2] = data.length & 0xff;
    out[fieldsOffset + 1] = out[fieldsOffset + 3] = data.length >> 8;
    writeUint32(out, fieldsOffset + 4, data.length === 0 ? 0 : offset);
    out.set(data, offset);
    offset += data.length;
  }
  return out;
}
