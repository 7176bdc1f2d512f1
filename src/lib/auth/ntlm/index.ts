/**
 * NTLM (MS-NLMP): decoding of the three messages, key and response computation, and builders.
 *
 * Deliberate deviations from MS-NLMP, and why:
 * 1. OEM text is decoded and encoded as Latin-1. The real OEM code page is the sender's system setting (CP437,
 *    CP850, …) and is not in the message; Latin-1 is exact for ASCII and never fails. LMOWFv1 maps characters
 *    above U+00FF to "?".
 * 2. Upper-casing (user name in NTOWFv2, password in LMOWFv1) maps one UTF-16 code unit to one, like Windows'
 *    RtlUpcaseUnicodeString; characters whose JavaScript upper case is longer ("ß" → "SS") are kept as they are.
 * 3. Decoding is lenient where senders differ: a NEGOTIATE_MESSAGE of 16 bytes (no domain/workstation fields), a
 *    CHALLENGE_MESSAGE of 32 or 40 bytes (no TargetInfo) and an AUTHENTICATE_MESSAGE of 52 bytes (no session
 *    key and flags) are read with an "info" diagnostic. Whether Version and MIC are present is decided by where
 *    the payload starts (the smallest BufferOffset), because MS-NLMP has no flag for the MIC and older senders
 *    omit Version; Version is reported only when NTLMSSP_NEGOTIATE_VERSION is set.
 * 4. An AUTHENTICATE_MESSAGE without NegotiateFlags is read as Unicode; with neither Unicode nor OEM set (which
 *    MS-NLMP §2.2.2.5 makes SEC_E_INVALID_TOKEN) text is read as OEM with a warning.
 * 5. Empty payload fields (Len 0) are reported as absent (undefined), not as empty strings.
 * 6. MaxLen differing from Len is an "info" diagnostic (receivers must ignore MaxLen); overlapping payloads and
 *    payloads inside the header are warnings, not errors: the bytes can still be read.
 * 7. Builders complete the flags from the content: OEM_DOMAIN/WORKSTATION_SUPPLIED, TARGET_INFO, VERSION (only
 *    when a version is given, and throwing when the flag is asked for without one) and KEY_EXCH (only with a
 *    randomSessionKey). buildAuthenticateMessage builds NTLMv2 only (no NTLMv1, no anonymous), computes a MIC
 *    only when given the NEGOTIATE_MESSAGE bytes and the CHALLENGE_MESSAGE as bytes/base64, and sends Z(24) as
 *    LmChallengeResponse when the challenge has MsvAvTimestamp (§3.1.5.1.2's SHOULD).
 * 8. LMOWFv1 truncates passwords to 14 characters, as the LM algorithm does (Windows stores no LM hash for longer
 *    ones). Bit J of NegotiateFlags ("anonymous") is called NTLMSSP_NEGOTIATE_ANONYMOUS here (implementations
 *    name it differently, e.g. NTLMSSP_ANONYMOUS); reserved bits are NTLMSSP_RESERVED_R1…R10.
 * 9. The decoder accepts base64 text (surrounding whitespace trimmed) or bytes, not a header line such as
 *    "NTLM TlRM…": splitting the header is the job of src/lib/auth/credentials.ts.
 */
export * from './negotiate-flags';
export * from './av-pairs';
export * from './version';
export * from './filetime';
export type { Located, NtlmFieldLocation } from './fields';
export { NTLMSSP_SIGNATURE } from './fields';
export type { NtlmNegotiateMessage, NegotiateMessageOptions } from './negotiate-message';
export { buildNegotiateMessage, DEFAULT_NEGOTIATE_FLAGS } from './negotiate-message';
export type { NtlmChallengeMessage, ChallengeMessageOptions } from './challenge-message';
export { buildChallengeMessage, DEFAULT_CHALLENGE_FLAGS } from './challenge-message';
export type { NtlmAuthenticateMessage, NtlmResponseKind } from './authenticate-message';
export type { Ntlmv2Response, Lmv2Response } from './ntlmv2-response';
export { encodeNtlmv2ClientChallenge } from './ntlmv2-response';
export type { NtlmMessage, NtlmDecodeResult } from './decode';
export { decodeNtlmMessage, decodeNtlmBytes, byteToBase64Offset } from './decode';
export * from './compute';
export type { AuthenticateMessageOptions, AuthenticateMessageResult } from './build-authenticate-message';
export { buildAuthenticateMessage } from './build-authenticate-message';
