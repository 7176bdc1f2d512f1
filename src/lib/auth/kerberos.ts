/**
 * The outer, unencrypted layers of a Kerberos message inside a Negotiate token (RFC 4120 §5.5.1 AP-REQ, RFC 4121
 * §4.1 GSS framing). The ticket and authenticator are encrypted with keys only the service and KDC hold, so this
 * names what it can see and stops there.
 */
import type { Diagnostic } from '../diagnostics';
import { latin1Decode } from '../bytes';
import type { Tlv } from './der';
import { UNIVERSAL, decodeBitString, decodeInteger, explicitField, isTag, readChildren } from './der';

export type KerberosMessageType = 'AP-REQ' | 'AP-REP' | 'KRB-ERROR' | 'unknown';

export interface KerberosToken {
  messageType: KerberosMessageType;
  note: string;
  /** RFC 4121 §4.1 TOK_ID, hex ("0100" for AP-REQ), when GSS-framed. */
  tokenId?: string;
  pvno?: number;
  msgType?: number;
  apOptions?: string[];
  /** The ticket's realm and service principal, e.g. "HTTP/proxy.example.com". */
  realm?: string;
  sname?: string;
  ticketEncryptionType?: EncryptionType;
  authenticatorEncryptionType?: EncryptionType;
  /** KRB-ERROR error-code (RFC 4120 §7.5.9). */
  errorCode?: number;
}

export interface EncryptionType {
  value: number;
  name: string;
}

export const KERBEROS_NOTE = 'Kerberos ticket — not decodable without the service key';

/** RFC 4120 §5.10 application tags. */
const APPLICATION_TAGS: Readonly<Record<number, KerberosMessageType>> = { 14: 'AP-REQ', 15: 'AP-REP', 30: 'KRB-ERROR' };
/** RFC 4121 §4.1 TOK_ID values. */
export const TOKEN_IDS: Readonly<Record<string, KerberosMessageType>> = { '0100': 'AP-REQ', '0200': 'AP-REP', '0300': 'KRB-ERROR' };
/** RFC 3961 §8, RFC 4757, RFC 8009. */
const ENCRYPTION_TYPES: Readonly<Record<number, string>> = {
  1: 'des-cbc-crc',
  3: 'des-cbc-md5',
  16: 'des3-cbc-sha1-kd',
  17: 'aes128-cts-hmac-sha1-96',
  18: 'aes256-cts-hmac-sha1-96',
  19: 'aes128-cts-hmac-sha256-128',
  20: 'aes256-cts-hmac-sha384-192',
  23: 'rc4-hmac',
  24: 'rc4-hmac-exp',
};
/** RFC 4120 §5.5.1 APOptions. */
const AP_OPTIONS = ['reserved', 'use-session-key', 'mutual-required'];

export function kerberosMessageType(tlv: Tlv): KerberosMessageType {
  return tlv.tagClass === 'application' ? (APPLICATION_TAGS[tlv.tagNumber] ?? 'unknown') : 'unknown';
}

/** Reads the outer fields of a Kerberos message TLV ([APPLICATION 14], 15 or 30). Total. */
export function readKerberosMessage(bytes: Uint8Array, message: Tlv, diagnostics: Diagnostic[]): KerberosToken {
  const messageType = kerberosMessageType(message);
  const token: KerberosToken = {
    messageType,
    note: messageType === 'AP-REQ' ? KERBEROS_NOTE : `Kerberos ${messageType} — its encrypted part needs the session key`,
  };
  const sequence = readChildren(bytes, message, diagnostics)[0];
  if (!isTag(sequence, 'universal', UNIVERSAL.SEQUENCE)) return token;
  const fields = readChildren(bytes, sequence, diagnostics);
  const integer = (n: number): number | undefined => {
    const tlv = explicitField(bytes, fields, n, diagnostics);
    return isTag(tlv, 'universal', UNIVERSAL.INTEGER) ? decodeInteger(bytes, tlv) : undefined;
  };
  const pvno = integer(0);
  const msgType = integer(1);
  if (pvno !== undefined) token.pvno = pvno;
  if (msgType !== undefined) token.msgType = msgType;
  if (messageType === 'KRB-ERROR') {
    const code = integer(6);
    if (code !== undefined) token.errorCode = code;
    return token;
  }
  if (messageType !== 'AP-REQ') return token;
  const options = explicitField(bytes, fields, 2, diagnostics);
  if (isTag(options, 'universal', UNIVERSAL.BIT_STRING)) {
    token.apOptions = (decodeBitString(bytes, options) ?? []).map((bit) => AP_OPTIONS[bit] ?? `bit ${bit}`);
  }
  readTicket(bytes, explicitField(bytes, fields, 3, diagnostics), token, diagnostics);
  const authenticator = encryptionType(bytes, explicitField(bytes, fields, 4, diagnostics), diagnostics);
  if (authenticator) token.authenticatorEncryptionType = authenticator;
  return token;
}

/** RFC 4120 §5.3 Ticket ::= [APPLICATION 1] SEQUENCE { tkt-vno [0], realm [1], sname [2], enc-part [3] }. */
function readTicket(bytes: Uint8Array, ticket: Tlv | undefined, token: KerberosToken, diagnostics: Diagnostic[]): void {
  if (!isTag(ticket, 'application', 1)) return;
  const sequence = readChildren(bytes, ticket, diagnostics)[0];
  if (!isTag(sequence, 'universal', UNIVERSAL.SEQUENCE)) return;
  const fields = readChildren(bytes, sequence, diagnostics);
  const realm = explicitField(bytes, fields, 1, diagnostics);
  if (isTag(realm, 'universal', UNIVERSAL.GENERAL_STRING)) token.realm = latin1Decode(bytes.subarray(realm.valueOffset, realm.end));
  // PrincipalName ::= SEQUENCE { name-type [0] Int32, name-string [1] SEQUENCE OF KerberosString }
  const sname = explicitField(bytes, fields, 2, diagnostics);
  if (isTag(sname, 'universal', UNIVERSAL.SEQUENCE)) {
    const names = explicitField(bytes, readChildren(bytes, sname, diagnostics), 1, diagnostics);
    if (isTag(names, 'universal', UNIVERSAL.SEQUENCE)) {
      token.sname = readChildren(bytes, names, diagnostics)
        .filter((c) => isTag(c, 'universal', UNIVERSAL.GENERAL_STRING))
        .map((c) => latin1Decode(bytes.subarray(c.valueOffset, c.end)))
        .join('/');
    }
  }
  const etype = encryptionType(bytes, explicitField(bytes, fields, 3, diagnostics), diagnostics);
  if (etype) token.ticketEncryptionType = etype;
}

/** EncryptedData ::= SEQUENCE { etype [0] Int32, kvno [1] UInt32 OPTIONAL, cipher [2] OCTET STRING }. */
function encryptionType(bytes: Uint8Array, data: Tlv | undefined, diagnostics: Diagnostic[]): EncryptionType | undefined {
  if (!isTag(data, 'universal', UNIVERSAL.SEQUENCE)) return undefined;
  const etype = explicitField(bytes, readChildren(bytes, data, diagnostics), 0, diagnostics);
  if (!isTag(etype, 'universal', UNIVERSAL.INTEGER)) return undefined;
  const value = decodeInteger(bytes, etype);
  if (value === undefined) return undefined;
  return { value, name: ENCRYPTION_TYPES[value] ?? `etype ${value}` };
}
