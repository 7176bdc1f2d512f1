/** MS-NLMP §2.2.1: recognise and decode any NTLM message, from base64 text or bytes, totally. */
import type { Diagnostic } from '../../diagnostics';
import { boundedDiagnostics, diagnostic, finishDiagnostics } from '../../diagnostics';
import { decodeBase64 } from '../../bytes';
import type { NtlmAuthenticateMessage } from './authenticate-message';
import { decodeAuthenticateMessage } from './authenticate-message';
import type { NtlmChallengeMessage } from './challenge-message';
import { decodeChallengeMessage } from './challenge-message';
import { NTLMSSP_SIGNATURE, checkPayloadLayout, createContext, mark, readUint32 } from './fields';
import type { NtlmNegotiateMessage } from './negotiate-message';
import { decodeNegotiateMessage } from './negotiate-message';
import { reservedNegotiateFlags } from './negotiate-flags';

export type NtlmMessage = NtlmNegotiateMessage | NtlmChallengeMessage | NtlmAuthenticateMessage;

export interface NtlmDecodeResult {
  message?: NtlmMessage;
  /** Offsets into the input: characters of the base64 text, or bytes when bytes were given. */
  diagnostics: Diagnostic[];
  /** The decoded bytes (message field offsets point into these). */
  bytes: Uint8Array;
}

/** A header value pasted whole ("NTLM TlRM…"): anchored and bounded, so linear. */
const SCHEME_PREFIX = /^(NTLM|Negotiate) /i;

/** Fixed header length of each type: payload fields must not start inside it. */
const HEADER_LENGTHS: Readonly<Record<1 | 2 | 3, number>> = { 1: 32, 2: 48, 3: 64 };

/**
 * Decodes an NTLM message given as base64 (surrounding whitespace ignored) or as bytes. Never throws; problems
 * are diagnostics located in the input.
 */
export function decodeNtlmMessage(input: string | Uint8Array): NtlmDecodeResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    return {
      diagnostics: [diagnostic('error', 'ntlm-empty', 'no NTLM message: the input is neither text nor bytes', 0, 0)],
      bytes: new Uint8Array(0),
    };
  }
  if (typeof input !== 'string') {
    const { message, diagnostics } = decodeNtlmBytes(input);
    return message ? { message, diagnostics, bytes: input } : { diagnostics, bytes: input };
  }
  const diagnostics = boundedDiagnostics();
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  if (start === end) {
    return {
      diagnostics: [diagnostic('error', 'ntlm-empty', 'no NTLM message: the input is empty', 0, input.length)],
      bytes: new Uint8Array(0),
    };
  }
  const text = input.slice(start, end);
  const decoded = decodeBase64(text);
  if (decoded.error) {
    const at = start + (decoded.errorAt ?? 0);
    const messages = {
      'bad-character': 'not base64: unexpected character',
      'bad-padding': 'base64 padding is wrong',
      'bad-length': 'base64 length is not valid (one character too many or too few)',
    } as const;
    const scheme = SCHEME_PREFIX.exec(text.slice(0, 16));
    const message = scheme ? `not base64: give only the token after "${scheme[1]} "` : messages[decoded.error];
    diagnostics.push(
      diagnostic(
        decoded.error === 'bad-character' ? 'error' : 'warning',
        `ntlm-base64-${decoded.error}`,
        message,
        at,
        Math.min(at + 1, end),
      ),
    );
  }
  const inner = decodeNtlmBytes(decoded.bytes);
  for (const d of inner.diagnostics) diagnostics.push(mapToText(d, start, end));
  const finished = finishDiagnostics(diagnostics, input.length);
  return inner.message
    ? { message: inner.message, diagnostics: finished, bytes: decoded.bytes }
    : { diagnostics: finished, bytes: decoded.bytes };
}

/** The same on bytes, with diagnostics in byte offsets (for callers that embed NTLM in other framing). */
export function decodeNtlmBytes(bytes: Uint8Array): { message?: NtlmMessage; diagnostics: Diagnostic[] } {
  const ctx = createContext(bytes);
  if (bytes.length === 0) {
    ctx.diagnostics.push(diagnostic('error', 'ntlm-empty', 'no NTLM message: zero bytes', 0, 0));
    return { diagnostics: ctx.diagnostics };
  }
  // MS-NLMP §2.2.1.1 Signature: "NTLMSSP\0".
  const signatureLength = Math.min(8, bytes.length);
  for (let i = 0; i < signatureLength; i++) {
    if (bytes[i] !== NTLMSSP_SIGNATURE[i]) {
      ctx.diagnostics.push(
        diagnostic('error', 'ntlm-bad-signature', 'not an NTLM message: it does not start with "NTLMSSP\\0"', 0, signatureLength),
      );
      return { diagnostics: ctx.diagnostics };
    }
  }
  if (bytes.length < 12) {
    ctx.diagnostics.push(diagnostic('error', 'ntlm-truncated', 'the message ends before MessageType', 0, bytes.length));
    return { diagnostics: ctx.diagnostics };
  }
  mark(ctx, 'Signature', 0, 8);
  mark(ctx, 'MessageType', 8, 4);
  const type = readUint32(bytes, 8);
  if (type !== 1 && type !== 2 && type !== 3) {
    ctx.diagnostics.push(diagnostic('error', 'ntlm-unknown-type', `MessageType ${type} is not 1, 2 or 3`, 8, 12));
    return { diagnostics: ctx.diagnostics };
  }
  const message = type === 1 ? decodeNegotiateMessage(ctx) : type === 2 ? decodeChallengeMessage(ctx) : decodeAuthenticateMessage(ctx);
  checkPayloadLayout(ctx, Math.min(HEADER_LENGTHS[type], bytes.length));
  const reserved = reservedNegotiateFlags(message.flags);
  if (reserved !== 0) {
    const at = ctx.layout.find((f) => f.name === 'NegotiateFlags');
    ctx.diagnostics.push(
      diagnostic(
        'info',
        'ntlm-reserved-flags',
        `reserved NegotiateFlags bits are set (0x${reserved.toString(16).padStart(8, '0')})`,
        at?.offset ?? 0,
        (at?.offset ?? 0) + 4,
      ),
    );
  }
  ctx.layout.sort((a, b) => a.offset - b.offset);
  return { message, diagnostics: finishDiagnostics(ctx.diagnostics, bytes.length) };
}

/** Byte offset b of the decoded data starts in base64 character floor(b * 4 / 3). */
export function byteToBase64Offset(byteOffset: number): number {
  return Math.floor((byteOffset * 4) / 3);
}

function mapToText(d: Diagnostic, textStart: number, textEnd: number): Diagnostic {
  const start = Math.min(textStart + byteToBase64Offset(d.start), textEnd);
  const end = Math.min(Math.max(start, textStart + Math.ceil((d.end * 4) / 3)), textEnd);
  return { ...d, start, end };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
