// The protocol core's public API: re-exports only. See ARCHITECTURE.md.
export * from './diagnostics';
export * from './bytes';
// HTTP authentication grammar (RFC 9110 §11) and the Basic, Digest and Bearer schemes; credentials dispatch.
export * from './http/challenges';
export * from './http/credentials-field';
export { isToken, isToken68 } from './http/chars';
export { quoteString, formatParamValue } from './http/quoted-string';
export * from './http/ext-value';
export * from './auth/basic';
export * from './auth/bearer';
export * from './auth/digest';
export * from './auth/digest-challenge';
export * from './auth/digest-credentials';
export * from './auth/credentials';
// NTLM (MS-NLMP) messages, keys and builders; Negotiate tokens (RFC 4559, SPNEGO RFC 4178, GSS RFC 2743 §3.1).
export * from './auth/ntlm';
export * from './auth/negotiate';
export type { KerberosToken, KerberosMessageType, EncryptionType } from './auth/kerberos';
export { md4 } from './auth/md4';
