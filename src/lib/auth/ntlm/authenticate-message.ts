/** MS-NLMP §2.2.1.3 AUTHENTICATE_MESSAGE (type 3): the client's responses, names and session key. */
import { diagnostic } from '../../diagnostics';
import { toHex } from '../../bytes';
import { MsvAvFlags } from './av-pairs';
import type { Located, MessageContext, NtlmFieldLocation, PayloadFields } from './fields';
import { mark, payloadStart, readHex, readPayloadFields, readText, readUint32 } from './fields';
import { NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY, NTLMSSP_NEGOTIATE_VERSION, characterSet, negotiateFlagNames } from './negotiate-flags';
import type { Lmv2Response, Ntlmv2Response } from './ntlmv2-response';
import { decodeLmv2Response, decodeNtlmv2Response } from './ntlmv2-response';
import type { NtlmVersion } from './version';
import { readVersion } from './version';

/** Which challenge-response the client computed, judged from the responses' lengths (MS-NLMP §3.3). */
export type NtlmResponseKind = 'anonymous' | 'NTLMv1' | 'NTLMv1 with extended session security' | 'NTLMv2' | 'unknown';

export interface NtlmAuthenticateMessage {
  type: 3;
  typeName: 'AUTHENTICATE_MESSAGE';
  flags: number;
  flagNames: string[];
  responseKind: NtlmResponseKind;
  lmChallengeResponse?: Located<string>;
  ntChallengeResponse?: Located<string>;
  /** When NtChallengeResponse is longer than 24 bytes (NTLMv2). */
  ntlmv2Response?: Ntlmv2Response;
  /** The LMv2 reading of a 24-byte LmChallengeResponse that accompanies an NTLMv2 response. */
  lmv2Response?: Lmv2Response;
  domain?: Located<string>;
  user?: Located<string>;
  workstation?: Located<string>;
  encryptedRandomSessionKey?: Located<string>;
  version?: NtlmVersion;
  mic?: Located<string>;
  length: number;
  layout: NtlmFieldLocation[];
}

const FIELDS_END = 52;
const FLAGS_END = 64;
const VERSION_END = 72;
const MIC_END = 88;
const V1_RESPONSE_LENGTH = 24;

/** Decodes a type 3 message whose signature and type the caller has checked (bytes.length >= 12). */
export function decodeAuthenticateMessage(ctx: MessageContext): NtlmAuthenticateMessage {
  const { bytes } = ctx;
  const message: NtlmAuthenticateMessage = {
    type: 3,
    typeName: 'AUTHENTICATE_MESSAGE',
    flags: 0,
    flagNames: [],
    responseKind: 'unknown',
    length: bytes.length,
    layout: ctx.layout,
  };
  if (bytes.length < FIELDS_END) {
    ctx.diagnostics.push(
      diagnostic('error', 'ntlm-truncated', `AUTHENTICATE_MESSAGE is ${bytes.length} bytes, needs at least 52`, bytes.length, bytes.length),
    );
    return message;
  }
  const lm = readPayloadFields(ctx, 12, 'LmChallengeResponse');
  const nt = readPayloadFields(ctx, 20, 'NtChallengeResponse');
  const domain = readPayloadFields(ctx, 28, 'DomainName');
  const user = readPayloadFields(ctx, 36, 'UserName');
  const workstation = readPayloadFields(ctx, 44, 'Workstation');
  const fields: PayloadFields[] = [lm, nt, domain, user, workstation];
  let unicode = true;
  if (bytes.length >= FLAGS_END && payloadStart(fields, bytes.length) >= FLAGS_END) {
    const sessionKey = readPayloadFields(ctx, 52, 'EncryptedRandomSessionKey');
    fields.push(sessionKey);
    const key = readHex(sessionKey);
    if (key) message.encryptedRandomSessionKey = key;
    message.flags = readUint32(bytes, 60);
    message.flagNames = negotiateFlagNames(message.flags);
    mark(ctx, 'NegotiateFlags', 60, 4);
    const charset = characterSet(message.flags);
    if (charset === 'none') {
      ctx.diagnostics.push(
        diagnostic(
          'warning',
          'ntlm-no-charset',
          'neither NTLMSSP_NEGOTIATE_UNICODE nor NTLM_NEGOTIATE_OEM is set; text read as OEM',
          60,
          64,
        ),
      );
    }
    unicode = charset === 'unicode';
  } else {
    ctx.diagnostics.push(
      diagnostic(
        'info',
        'ntlm-short-authenticate',
        'AUTHENTICATE_MESSAGE without NegotiateFlags (an older form); text read as Unicode',
        52,
        52,
      ),
    );
  }
  const headerEnd = payloadStart(fields, bytes.length);
  if (bytes.length >= VERSION_END && headerEnd >= VERSION_END) {
    mark(ctx, 'Version', 64, 8);
    if (message.flags & NTLMSSP_NEGOTIATE_VERSION) message.version = readVersion(bytes, 64, ctx.diagnostics);
  }
  if (bytes.length >= MIC_END && headerEnd >= MIC_END) {
    mark(ctx, 'MIC', 72, 16);
    message.mic = { value: toHex(bytes.subarray(72, 88)), offset: 72, length: 16 };
  }
  for (const [key, f] of [
    ['domain', domain],
    ['user', user],
    ['workstation', workstation],
  ] as const) {
    const text = readText(ctx, f, unicode);
    if (text) message[key] = text;
  }
  readResponses(ctx, message, lm, nt);
  return message;
}

function readResponses(ctx: MessageContext, message: NtlmAuthenticateMessage, lm: PayloadFields, nt: PayloadFields): void {
  const lmHex = readHex(lm);
  const ntHex = readHex(nt);
  if (lmHex) message.lmChallengeResponse = lmHex;
  if (ntHex) message.ntChallengeResponse = ntHex;
  // MS-NLMP §3.2.5.1.2: an anonymous client sends an empty NT response and an LM response of Z(1) (or empty).
  if (nt.len === 0 && lm.len <= 1) {
    message.responseKind = 'anonymous';
    return;
  }
  if (!nt.data) return;
  if (nt.len === V1_RESPONSE_LENGTH) {
    const essLm = lm.data?.length === 24 && lm.data.subarray(8).every((b) => b === 0);
    message.responseKind =
      (message.flags & NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY) !== 0 && essLm ? 'NTLMv1 with extended session security' : 'NTLMv1';
    return;
  }
  if (nt.len < V1_RESPONSE_LENGTH) {
    ctx.diagnostics.push(
      diagnostic(
        'warning',
        'ntlm-response-length',
        `NtChallengeResponse of ${nt.len} bytes is neither NTLMv1 (24) nor NTLMv2 (more than 24)`,
        nt.fieldsOffset,
        nt.fieldsOffset + 2,
      ),
    );
    return;
  }
  message.responseKind = 'NTLMv2';
  message.ntlmv2Response = decodeNtlmv2Response(ctx.bytes, nt.bufferOffset, nt.len, ctx.diagnostics);
  if (lm.data?.length === 24) message.lmv2Response = decodeLmv2Response(ctx.bytes, lm.bufferOffset);
  const avFlags = message.ntlmv2Response.avPairs.find((p) => p.id === MsvAvFlags);
  // MS-NLMP §2.2.2.1 MsvAvFlags 0x2: the client says it sent a MIC.
  if (avFlags && typeof avFlags.value === 'number' && (avFlags.value & 0x2) !== 0 && !message.mic) {
    ctx.diagnostics.push(
      diagnostic(
        'warning',
        'ntlm-mic-missing',
        'MsvAvFlags says a MIC is present but the header has no room for it',
        avFlags.offset,
        avFlags.offset + avFlags.length,
      ),
    );
  }
}
