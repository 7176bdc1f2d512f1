/** MS-NLMP §2.2.1.1 NEGOTIATE_MESSAGE (type 1): the client's opening offer of flags. */
import { diagnostic } from '../../diagnostics';
import { latin1Encode } from '../../bytes';
import type { Located, MessageContext, NtlmFieldLocation } from './fields';
import { assembleMessage, mark, messageHeader, payloadStart, readPayloadFields, readText, readUint32, writeUint32 } from './fields';
import {
  NTLMSSP_NEGOTIATE_128,
  NTLMSSP_NEGOTIATE_56,
  NTLMSSP_NEGOTIATE_ALWAYS_SIGN,
  NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY,
  NTLMSSP_NEGOTIATE_NTLM,
  NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED,
  NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED,
  NTLMSSP_NEGOTIATE_UNICODE,
  NTLMSSP_NEGOTIATE_VERSION,
  NTLMSSP_REQUEST_TARGET,
  NTLM_NEGOTIATE_OEM,
  negotiateFlagNames,
} from './negotiate-flags';
import type { NtlmVersion, VersionInput } from './version';
import { encodeVersion, readVersion } from './version';

export interface NtlmNegotiateMessage {
  type: 1;
  typeName: 'NEGOTIATE_MESSAGE';
  flags: number;
  flagNames: string[];
  /** OEM text (MS-NLMP §2.2.1.1: DomainName and Workstation are always OEM here). */
  domain?: Located<string>;
  workstation?: Located<string>;
  version?: NtlmVersion;
  /** Message length in bytes. */
  length: number;
  /** Every field in the order read, for highlighting bytes. */
  layout: NtlmFieldLocation[];
}

/** Length of the header up to and including WorkstationFields; Version follows when present. */
const HEADER_LENGTH = 32;
const HEADER_WITH_VERSION = 40;

/** Decodes a type 1 message whose signature and type the caller has checked (bytes.length >= 12). */
export function decodeNegotiateMessage(ctx: MessageContext): NtlmNegotiateMessage {
  const { bytes } = ctx;
  const message: NtlmNegotiateMessage = {
    type: 1,
    typeName: 'NEGOTIATE_MESSAGE',
    flags: 0,
    flagNames: [],
    length: bytes.length,
    layout: ctx.layout,
  };
  if (bytes.length < 16) {
    ctx.diagnostics.push(diagnostic('error', 'ntlm-truncated', 'NEGOTIATE_MESSAGE ends before NegotiateFlags', bytes.length, bytes.length));
    return message;
  }
  message.flags = readUint32(bytes, 12);
  message.flagNames = negotiateFlagNames(message.flags);
  mark(ctx, 'NegotiateFlags', 12, 4);
  if (bytes.length < HEADER_LENGTH) {
    // Older clients send only signature, type and flags.
    ctx.diagnostics.push(
      diagnostic(
        'info',
        'ntlm-short-negotiate',
        'NEGOTIATE_MESSAGE without DomainName and Workstation fields (an older, 16-byte form)',
        16,
        bytes.length,
      ),
    );
    return message;
  }
  const domainFields = readPayloadFields(ctx, 16, 'DomainName');
  const workstationFields = readPayloadFields(ctx, 24, 'Workstation');
  const domain = readText(ctx, domainFields, false);
  const workstation = readText(ctx, workstationFields, false);
  if (domain) message.domain = domain;
  if (workstation) message.workstation = workstation;
  const headerEnd = payloadStart([domainFields, workstationFields], bytes.length);
  if (headerEnd >= HEADER_WITH_VERSION && bytes.length >= HEADER_WITH_VERSION) {
    mark(ctx, 'Version', HEADER_LENGTH, 8);
    if (message.flags & NTLMSSP_NEGOTIATE_VERSION) message.version = readVersion(bytes, HEADER_LENGTH, ctx.diagnostics);
  } else if (message.flags & NTLMSSP_NEGOTIATE_VERSION) {
    ctx.diagnostics.push(
      diagnostic('warning', 'ntlm-version-missing', 'NTLMSSP_NEGOTIATE_VERSION is set but there is no room for the Version field', 12, 16),
    );
  }
  return message;
}

export interface NegotiateMessageOptions {
  /** NegotiateFlags; the bits the content requires (domain, workstation, version supplied) are added. */
  flags?: number;
  /** OEM (here: Latin-1) domain name. */
  domain?: string;
  workstation?: string;
  version?: VersionInput;
}

/** Flags a modern client offers: Unicode or OEM, NTLM with extended session security, 128/56-bit keys. */
export const DEFAULT_NEGOTIATE_FLAGS =
  (NTLMSSP_NEGOTIATE_UNICODE |
    NTLM_NEGOTIATE_OEM |
    NTLMSSP_REQUEST_TARGET |
    NTLMSSP_NEGOTIATE_NTLM |
    NTLMSSP_NEGOTIATE_ALWAYS_SIGN |
    NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY |
    NTLMSSP_NEGOTIATE_128 |
    NTLMSSP_NEGOTIATE_56) >>>
  0;

/** Builds a NEGOTIATE_MESSAGE; throws a TypeError on arguments that cannot be encoded. */
export function buildNegotiateMessage(options: NegotiateMessageOptions = {}): Uint8Array {
  let flags = options.flags ?? DEFAULT_NEGOTIATE_FLAGS;
  if (!Number.isInteger(flags) || flags < 0 || flags > 0xffffffff) throw new TypeError(`flags must be a uint32, got ${String(flags)}`);
  const domain = oem('domain', options.domain);
  const workstation = oem('workstation', options.workstation);
  if (domain.length > 0) flags |= NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED;
  if (workstation.length > 0) flags |= NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED;
  if (options.version) flags |= NTLMSSP_NEGOTIATE_VERSION;
  else if (flags & NTLMSSP_NEGOTIATE_VERSION) throw new TypeError('NTLMSSP_NEGOTIATE_VERSION is set but no version was given');
  const header = messageHeader(1, options.version ? HEADER_WITH_VERSION : HEADER_LENGTH);
  writeUint32(header, 12, flags >>> 0);
  if (options.version) header.set(encodeVersion(options.version), HEADER_LENGTH);
  return assembleMessage(header, [
    { fieldsOffset: 16, data: domain },
    { fieldsOffset: 24, data: workstation },
  ]);
}

function oem(name: string, text: string | undefined): Uint8Array {
  if (text === undefined) return new Uint8Array(0);
  if (typeof text !== 'string') throw new TypeError(`${name} must be a string`);
  const bytes = latin1Encode(text);
  if (!bytes) throw new TypeError(`${name} must be OEM text (characters up to U+00FF)`);
  return bytes;
}
