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
// Shell words and dialects, finding the curl invocation; curl's options as data, proxy choice and NO_PROXY,
// the simulator; the simulated world (network, Squid-like proxy, origins).
export { splitShellWords, detectDialect } from './shell/words';
export type { ShellWord, ShellCommand, ShellWordsResult, ShellDialect, ShellReference } from './shell/words';
export { findCurlInvocation } from './shell/find-curl';
export { CURL_OPTIONS } from './curl/option-table';
export type { CurlOption, OptionCategory, OptionName } from './curl/option-table';
export { parseCurlCommand, proxyAuth } from './curl/options';
export type { CurlRequest, ParseCurlResult, ParsedOption } from './curl/options';
export { chooseProxy, detectProxyFromEnv, parseProxyString } from './curl/proxy-choice';
export type { ProxyChoice, ProxyEndpoint, ProxySource, ProxyCredentialsUse, NoProxyUse } from './curl/proxy-choice';
export { curlNoProxyMatch, splitNoProxyList, NO_PROXY_RULES } from './curl/no-proxy';
export type { NoProxyMatch, NoProxyRules, NoProxyToken } from './curl/no-proxy';
export { PROFILES as CURL_PROFILES, curlProfile } from './curl/profiles';
export type { CurlProfile, CurlVersion } from './curl/profiles';
export { simulateCurl } from './curl/simulate';
export type { SimulateOptions, SimulationResult, SimulationStep } from './curl/simulate';
export type { SimulationFacts, FinalOutcome, ErrorCause, AuthOutcome } from './curl/outcome';
export type { NetworkModel, ProxyModel, ProxyAuthOffer } from './proxy-model/network';
export type { OriginModel } from './proxy-model/origins';
export type { TranscriptLine } from './curl/transcript';
