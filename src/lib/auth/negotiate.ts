/**
 * The HTTP Negotiate token (RFC 4559): SPNEGO (RFC 4178) in GSS-API framing (RFC 2743 §3.1), or a raw mechanism
 * token, which Windows sends for NTLM and some clients for Kerberos. Total: never throws; diagnostics are located
 * in the base64 text (or in the bytes when bytes were given).
 */
import type { Diagnostic } from '../diagnostics';
import { boundedDiagnostics, diagnostic, finishDiagnostics } from '../diagnostics';
import { decodeBase64, toHex } from '../bytes';
import type { Tlv } from './der';
import { UNIVERSAL, decodeBitString, decodeInteger, decodeOid, explicitField, isTag, readChildren, readTlv } from './der';
import type { KerberosToken } from './kerberos';
import { KERBEROS_NOTE, TOKEN_IDS, kerberosMessageType, readKerberosMessage } from './kerberos';
import type { Located, NtlmMessage } from './ntlm';
import { decodeNtlmBytes } from './ntlm';
import { byteToBase64Offset } from './ntlm/decode';

export const OID_SPNEGO = '1.3.6.1.5.5.2';
export const OID_KERBEROS_5 = '1.2.840.113554.1.2.2';
export const OID_MS_KERBEROS = '1.2.840.48018.1.2.2';
export const OID_KERBEROS_USER_TO_USER = '1.2.840.113554.1.2.2.3';
export const OID_NTLMSSP = '1.3.6.1.4.1.311.2.2.10';
export const OID_NEGOEX = '1.3.6.1.4.1.311.2.2.30';

export const MECHANISM_NAMES: Readonly<Record<string, string>> = {
  [OID_KERBEROS_5]: 'Kerberos 5',
  [OID_MS_KERBEROS]: 'MS-Kerberos (the legacy, mis-encoded Kerberos OID)',
  [OID_NTLMSSP]: 'NTLMSSP',
  [OID_NEGOEX]: 'NEGOEX',
  [OID_KERBEROS_USER_TO_USER]: 'Kerberos user-to-user',
  [OID_SPNEGO]: 'SPNEGO',
};

const KERBEROS_OIDS = new Set([OID_KERBEROS_5, OID_MS_KERBEROS, OID_KERBEROS_USER_TO_USER]);
/** RFC 4178 §4.2.1 ContextFlags. */
const CONTEXT_FLAGS = ['delegFlag', 'mutualFlag', 'replayFlag', 'sequenceFlag', 'anonFlag', 'confFlag', 'integFlag'];
/** RFC 4178 §4.2.2 negState. */
const NEG_STATES = ['accept-completed', 'accept-incomplete', 'reject', 'request-mic'];
const NTLMSSP = [0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00];
const NEGOEX = [0x4e, 0x45, 0x47, 0x4f, 0x45, 0x58, 0x54, 0x53]; // "NEGOEXTS", MS-NEGOEX §2.2.6.1

export interface MechOid {
  oid: string;
  name?: string;
  offset: number;
  length: number;
}

export interface NegTokenInit {
  mechTypes: MechOid[];
  reqFlags?: { flags: string[]; offset: number; length: number };
  mechToken?: Located<string>;
  /** MS-SPNG NegTokenInit2 [3] negHints, with its hintName. */
  negHints?: { hintName?: string; offset: number; length: number };
  mechListMIC?: Located<string>;
  offset: number;
  length: number;
}

export interface NegTokenResp {
  negState?: { value: number; name: string; offset: number; length: number };
  supportedMech?: MechOid;
  responseToken?: Located<string>;
  mechListMIC?: Located<string>;
  offset: number;
  length: number;
}

/** The mechanism's own token, recognised. Offsets of `ntlm` fields are relative to this token's `offset`. */
export type InnerToken =
  | { kind: 'ntlm'; offset: number; length: number; ntlm?: NtlmMessage }
  | ({ kind: 'kerberos'; offset: number; length: number } & KerberosToken)
  | { kind: 'negoex'; offset: number; length: number; note: string }
  | { kind: 'unknown'; offset: number; length: number };

export interface NegotiateToken {
  framing: 'gss-initial-context-token' | 'negotiation-token' | 'raw-ntlm' | 'raw-kerberos' | 'gss-other-mechanism';
  /** RFC 2743 §3.1 thisMech, when GSS-framed. */
  thisMech?: MechOid;
  negTokenInit?: NegTokenInit;
  negTokenResp?: NegTokenResp;
  innerToken?: InnerToken;
}

export interface NegotiateDecodeResult {
  token?: NegotiateToken;
  diagnostics: Diagnostic[];
  bytes: Uint8Array;
}

export function decodeNegotiate(input: string | Uint8Array): NegotiateDecodeResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    return {
      diagnostics: [diagnostic('error', 'negotiate-empty', 'no Negotiate token: the input is neither text nor bytes', 0, 0)],
      bytes: new Uint8Array(0),
    };
  }
  if (typeof input !== 'string') {
    const { token, diagnostics } = decodeNegotiateBytes(input);
    return token ? { token, diagnostics, bytes: input } : { diagnostics, bytes: input };
  }
  let start = 0;
  let end = input.length;
  while (start < end && isSpace(input.charCodeAt(start))) start++;
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  const diagnostics = boundedDiagnostics();
  const decoded = decodeBase64(input.slice(start, end));
  if (start === end) {
    return {
      diagnostics: [diagnostic('error', 'negotiate-empty', 'no Negotiate token: the input is empty', 0, input.length)],
      bytes: decoded.bytes,
    };
  }
  if (decoded.error) {
    const at = start + (decoded.errorAt ?? 0);
    const severity = decoded.error === 'bad-character' ? 'error' : 'warning';
    diagnostics.push(
      diagnostic(severity, `negotiate-base64-${decoded.error}`, `not valid base64 (${decoded.error})`, at, Math.min(at + 1, end)),
    );
  }
  const inner = decodeNegotiateBytes(decoded.bytes);
  for (const d of inner.diagnostics) {
    const s = Math.min(start + byteToBase64Offset(d.start), end);
    diagnostics.push({ ...d, start: s, end: Math.min(Math.max(s, start + Math.ceil((d.end * 4) / 3)), end) });
  }
  const finished = finishDiagnostics(diagnostics, input.length);
  return inner.token
    ? { token: inner.token, diagnostics: finished, bytes: decoded.bytes }
    : { diagnostics: finished, bytes: decoded.bytes };
}

/** The same on bytes, with diagnostics in byte offsets. */
export function decodeNegotiateBytes(bytes: Uint8Array): { token?: NegotiateToken; diagnostics: Diagnostic[] } {
  const { token, diagnostics } = readNegotiateBytes(bytes, boundedDiagnostics());
  const finished = finishDiagnostics(diagnostics, bytes.length);
  return token ? { token, diagnostics: finished } : { diagnostics: finished };
}

function readNegotiateBytes(bytes: Uint8Array, diagnostics: Diagnostic[]): { token?: NegotiateToken; diagnostics: Diagnostic[] } {
  if (bytes.length === 0) return { diagnostics: [diagnostic('error', 'negotiate-empty', 'no Negotiate token: zero bytes', 0, 0)] };
  if (startsWith(bytes, 0, NTLMSSP)) {
    diagnostics.push(
      diagnostic('info', 'negotiate-raw-ntlm', 'a raw NTLM message sent as Negotiate, without SPNEGO (as Windows does)', 0, 8),
    );
    return { token: { framing: 'raw-ntlm', innerToken: recognise(bytes, 0, bytes.length, diagnostics) }, diagnostics };
  }
  const { tlv: outer, error } = readTlv(bytes, 0, bytes.length);
  if (!outer) {
    diagnostics.push(error ?? diagnostic('error', 'der-truncated', 'not a DER value', 0, bytes.length));
    return { diagnostics };
  }
  if (outer.end < bytes.length) {
    diagnostics.push(diagnostic('warning', 'negotiate-trailing-bytes', 'bytes follow the token', outer.end, bytes.length));
  }
  if (isTag(outer, 'application', 0)) return { token: readInitialContextToken(bytes, outer, diagnostics), diagnostics };
  if (outer.tagClass === 'context' && (outer.tagNumber === 0 || outer.tagNumber === 1)) {
    if (outer.tagNumber === 0) {
      // RFC 4178 §4.2: the initial token is an InitialContextToken (RFC 2743 §3.1); later ones are bare.
      diagnostics.push(
        diagnostic('info', 'spnego-unframed-init', 'a NegTokenInit without the GSS-API InitialContextToken framing', 0, outer.headerLength),
      );
    }
    const token: NegotiateToken = { framing: 'negotiation-token' };
    readNegotiationToken(bytes, outer, token, diagnostics);
    return { token, diagnostics };
  }
  if (kerberosMessageType(outer) !== 'unknown') {
    diagnostics.push(
      diagnostic('info', 'negotiate-raw-kerberos', 'a bare Kerberos message sent as Negotiate, without GSS framing', 0, outer.headerLength),
    );
    return { token: { framing: 'raw-kerberos', innerToken: recogniseTlv(bytes, outer, diagnostics) }, diagnostics };
  }
  diagnostics.push(
    diagnostic(
      'error',
      'negotiate-unknown-token',
      'neither a GSS-API token, a SPNEGO NegotiationToken, NTLM nor Kerberos',
      0,
      outer.headerLength,
    ),
  );
  return { diagnostics };
}

/** RFC 2743 §3.1: InitialContextToken ::= [APPLICATION 0] IMPLICIT SEQUENCE { thisMech MechType, innerContextToken ANY }. */
function readInitialContextToken(bytes: Uint8Array, outer: Tlv, diagnostics: Diagnostic[]): NegotiateToken {
  const { tlv: oid, error } = readTlv(bytes, outer.valueOffset, outer.end);
  if (!isTag(oid, 'universal', UNIVERSAL.OID)) {
    diagnostics.push(
      error ?? diagnostic('error', 'gss-missing-mech', 'the GSS token does not start with its mechanism OID', outer.valueOffset, outer.end),
    );
    return { framing: 'gss-initial-context-token' };
  }
  const thisMech = mechOid(bytes, oid, diagnostics);
  const innerStart = oid.end;
  const innerLength = outer.end - innerStart;
  if (thisMech.oid === OID_SPNEGO) {
    const token: NegotiateToken = { framing: 'gss-initial-context-token', thisMech };
    const { tlv: negotiation, error: innerError } = readTlv(bytes, innerStart, outer.end);
    if (!negotiation) {
      if (innerError) diagnostics.push(innerError);
    } else readNegotiationToken(bytes, negotiation, token, diagnostics);
    return token;
  }
  const framing = KERBEROS_OIDS.has(thisMech.oid) ? 'raw-kerberos' : thisMech.oid === OID_NTLMSSP ? 'raw-ntlm' : 'gss-other-mechanism';
  diagnostics.push(
    diagnostic(
      'info',
      'negotiate-not-spnego',
      `a ${thisMech.name ?? thisMech.oid} token sent as Negotiate, without SPNEGO`,
      oid.offset,
      oid.end,
    ),
  );
  return { framing, thisMech, innerToken: recogniseMechanismToken(bytes, innerStart, innerLength, thisMech.oid, diagnostics) };
}

/** RFC 4178 §4.2: NegotiationToken ::= CHOICE { negTokenInit [0], negTokenResp [1] }. */
function readNegotiationToken(bytes: Uint8Array, choice: Tlv, token: NegotiateToken, diagnostics: Diagnostic[]): void {
  const sequence = readChildren(bytes, choice, diagnostics)[0];
  if (!isTag(sequence, 'universal', UNIVERSAL.SEQUENCE) || choice.tagClass !== 'context' || choice.tagNumber > 1) {
    diagnostics.push(
      diagnostic(
        'error',
        'spnego-malformed',
        'expected negTokenInit [0] or negTokenResp [1] holding a SEQUENCE',
        choice.offset,
        choice.end,
      ),
    );
    return;
  }
  const fields = readChildren(bytes, sequence, diagnostics);
  if (choice.tagNumber === 0) {
    const init = readNegTokenInit(bytes, sequence, fields, diagnostics);
    token.negTokenInit = init;
    if (init.mechToken) token.innerToken = recognise(bytes, init.mechToken.offset, init.mechToken.length, diagnostics);
  } else {
    const resp = readNegTokenResp(bytes, sequence, fields, diagnostics);
    token.negTokenResp = resp;
    if (resp.responseToken) token.innerToken = recognise(bytes, resp.responseToken.offset, resp.responseToken.length, diagnostics);
  }
}

/** RFC 4178 §4.2.1 NegTokenInit; MS-SPNG §2.2.1 NegTokenInit2 puts negHints at [3] and mechListMIC at [4]. */
function readNegTokenInit(bytes: Uint8Array, sequence: Tlv, fields: Tlv[], diagnostics: Diagnostic[]): NegTokenInit {
  const init: NegTokenInit = { mechTypes: [], offset: sequence.offset, length: sequence.end - sequence.offset };
  const mechTypes = explicitField(bytes, fields, 0, diagnostics);
  if (isTag(mechTypes, 'universal', UNIVERSAL.SEQUENCE)) {
    for (const child of readChildren(bytes, mechTypes, diagnostics)) {
      if (isTag(child, 'universal', UNIVERSAL.OID)) init.mechTypes.push(mechOid(bytes, child, diagnostics));
    }
  } else {
    diagnostics.push(diagnostic('warning', 'spnego-no-mech-types', 'NegTokenInit has no mechTypes list', sequence.offset, sequence.end));
  }
  const reqFlags = explicitField(bytes, fields, 1, diagnostics);
  if (isTag(reqFlags, 'universal', UNIVERSAL.BIT_STRING)) {
    const bits = decodeBitString(bytes, reqFlags) ?? [];
    init.reqFlags = {
      flags: bits.map((b) => CONTEXT_FLAGS[b] ?? `bit ${b}`),
      offset: reqFlags.offset,
      length: reqFlags.end - reqFlags.offset,
    };
  }
  const mechToken = octets(bytes, explicitField(bytes, fields, 2, diagnostics));
  if (mechToken) init.mechToken = mechToken;
  const third = explicitField(bytes, fields, 3, diagnostics);
  if (isTag(third, 'universal', UNIVERSAL.OCTET_STRING)) init.mechListMIC = octets(bytes, third)!;
  else if (isTag(third, 'universal', UNIVERSAL.SEQUENCE)) {
    const hints: NonNullable<NegTokenInit['negHints']> = { offset: third.offset, length: third.end - third.offset };
    const hintName = explicitField(bytes, readChildren(bytes, third, diagnostics), 0, diagnostics);
    if (hintName)
      hints.hintName = String.fromCharCode(...bytes.subarray(hintName.valueOffset, Math.min(hintName.end, hintName.valueOffset + 256)));
    init.negHints = hints;
  }
  const fourth = octets(bytes, explicitField(bytes, fields, 4, diagnostics));
  if (fourth) init.mechListMIC = fourth;
  return init;
}

/** RFC 4178 §4.2.2 NegTokenResp. */
function readNegTokenResp(bytes: Uint8Array, sequence: Tlv, fields: Tlv[], diagnostics: Diagnostic[]): NegTokenResp {
  const resp: NegTokenResp = { offset: sequence.offset, length: sequence.end - sequence.offset };
  const negState = explicitField(bytes, fields, 0, diagnostics);
  if (isTag(negState, 'universal', UNIVERSAL.ENUMERATED)) {
    const value = decodeInteger(bytes, negState);
    if (value !== undefined) {
      resp.negState = {
        value,
        name: NEG_STATES[value] ?? `unknown (${value})`,
        offset: negState.offset,
        length: negState.end - negState.offset,
      };
      if (NEG_STATES[value] === undefined) {
        diagnostics.push(
          diagnostic('warning', 'spnego-unknown-neg-state', `negState ${value} is not defined by RFC 4178`, negState.offset, negState.end),
        );
      }
    }
  }
  const supportedMech = explicitField(bytes, fields, 1, diagnostics);
  if (isTag(supportedMech, 'universal', UNIVERSAL.OID)) resp.supportedMech = mechOid(bytes, supportedMech, diagnostics);
  const responseToken = octets(bytes, explicitField(bytes, fields, 2, diagnostics));
  if (responseToken) resp.responseToken = responseToken;
  const mic = octets(bytes, explicitField(bytes, fields, 3, diagnostics));
  if (mic) resp.mechListMIC = mic;
  return resp;
}

/** Recognises a mechToken or responseToken by its first bytes. */
function recognise(bytes: Uint8Array, offset: number, length: number, diagnostics: Diagnostic[]): InnerToken {
  if (startsWith(bytes, offset, NTLMSSP) && length >= 8) return ntlmToken(bytes, offset, length, diagnostics);
  if (startsWith(bytes, offset, NEGOEX) && length >= 8) {
    return { kind: 'negoex', offset, length, note: 'NEGOEX (MS-NEGOEX) message: extended negotiation, not decoded here' };
  }
  const { tlv } = readTlv(bytes, offset, offset + length);
  if (tlv) return recogniseTlv(bytes, tlv, diagnostics);
  return { kind: 'unknown', offset, length };
}

function recogniseTlv(bytes: Uint8Array, tlv: Tlv, diagnostics: Diagnostic[]): InnerToken {
  const offset = tlv.offset;
  const length = tlv.end - tlv.offset;
  if (isTag(tlv, 'application', 0)) {
    const { tlv: oid } = readTlv(bytes, tlv.valueOffset, tlv.end);
    if (isTag(oid, 'universal', UNIVERSAL.OID)) {
      const inner = recogniseMechanismToken(bytes, oid.end, tlv.end - oid.end, decodeOid(bytes, oid) ?? '', diagnostics);
      return { ...inner, offset, length };
    }
  }
  if (kerberosMessageType(tlv) !== 'unknown') return { kind: 'kerberos', offset, length, ...readKerberosMessage(bytes, tlv, diagnostics) };
  return { kind: 'unknown', offset, length };
}

/** The innerContextToken of a GSS token whose thisMech is `oid` (RFC 4121 §4.1 for Kerberos: TOK_ID then the message). */
function recogniseMechanismToken(bytes: Uint8Array, offset: number, length: number, oid: string, diagnostics: Diagnostic[]): InnerToken {
  if (KERBEROS_OIDS.has(oid)) {
    if (length < 2) return { kind: 'kerberos', offset, length, messageType: 'unknown', note: KERBEROS_NOTE };
    const tokenId = toHex(bytes.subarray(offset, offset + 2));
    const { tlv } = readTlv(bytes, offset + 2, offset + length);
    const token: KerberosToken = tlv
      ? readKerberosMessage(bytes, tlv, diagnostics)
      : { messageType: TOKEN_IDS[tokenId] ?? 'unknown', note: KERBEROS_NOTE };
    if (token.messageType === 'unknown') token.messageType = TOKEN_IDS[tokenId] ?? 'unknown';
    return { kind: 'kerberos', offset, length, tokenId, ...token };
  }
  if (oid === OID_NTLMSSP) return ntlmToken(bytes, offset, length, diagnostics);
  return { kind: 'unknown', offset, length };
}

function ntlmToken(bytes: Uint8Array, offset: number, length: number, diagnostics: Diagnostic[]): InnerToken {
  const { message, diagnostics: inner } = decodeNtlmBytes(bytes.subarray(offset, offset + length));
  for (const d of inner) diagnostics.push({ ...d, start: d.start + offset, end: d.end + offset });
  return message ? { kind: 'ntlm', offset, length, ntlm: message } : { kind: 'ntlm', offset, length };
}

function mechOid(bytes: Uint8Array, tlv: Tlv, diagnostics: Diagnostic[]): MechOid {
  const oid = decodeOid(bytes, tlv);
  if (oid === undefined) diagnostics.push(diagnostic('warning', 'der-bad-oid', 'malformed OBJECT IDENTIFIER', tlv.offset, tlv.end));
  const value = oid ?? '';
  const mech: MechOid = { oid: value, offset: tlv.offset, length: tlv.end - tlv.offset };
  const name = MECHANISM_NAMES[value];
  if (name) mech.name = name;
  return mech;
}

function octets(bytes: Uint8Array, tlv: Tlv | undefined): Located<string> | undefined {
  if (!isTag(tlv, 'universal', UNIVERSAL.OCTET_STRING)) return undefined;
  return { value: toHex(bytes.subarray(tlv.valueOffset, tlv.end)), offset: tlv.valueOffset, length: tlv.length };
}

function startsWith(bytes: Uint8Array, offset: number, prefix: readonly number[]): boolean {
  if (offset + prefix.length > bytes.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
