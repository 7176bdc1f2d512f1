/**
 * The TLS lines curl (OpenSSL 3) prints with -v for a TLS 1.3 handshake, as observed in tests/interop; what
 * differs between versions is in the profile's TlsWording. The handshake itself is not simulated: these are
 * the messages of a typical full handshake.
 */
import type { TlsWording } from './profiles';
import type { Transcript } from './transcript';

/**
 * How the handshake ended: `wrong-version` is a peer that answers in plain text (exit 35, e.g. an https://
 * proxy URL for a plain-HTTP proxy); `untrusted-certificate` a certificate curl cannot verify (exit 60).
 */
export type TlsOutcome =
  | { kind: 'ok' }
  | { kind: 'failed'; cause: 'wrong-version'; exit: 35; error: string }
  | { kind: 'failed'; cause: 'untrusted-certificate'; exit: 60; error: string };

export function tlsHandshake(
  t: Transcript,
  opts: {
    verify: boolean;
    alpn: string;
    certName: string;
    host: string;
    selfSigned: boolean;
    notBefore: string;
    notAfter: string;
    plainPeer: boolean;
    /** The handshake with an https:// proxy (7.88.1 and 8.14.1 print no ALPN line for it). */
    forProxy: boolean;
    w: TlsWording;
  },
): TlsOutcome {
  const w = opts.w;
  if (!opts.forProxy || w.alpnForProxy) t.info(`${w.alpnOffers} ${opts.alpn}`);
  t.info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
  if (opts.verify) for (const l of w.trustAnchors) t.info(l);
  else if (w.noVerifyLine) t.info(w.noVerifyLine);
  if (opts.plainPeer) {
    t.info(w.wrongVersion);
    return { kind: 'failed', cause: 'wrong-version', exit: 35, error: w.wrongVersion };
  }
  t.info('TLSv1.3 (IN), TLS handshake, Server hello (2):');
  if (w.serverChangeCipher) t.info('TLSv1.3 (IN), TLS change cipher, Change cipher spec (1):');
  t.info('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):');
  t.info('TLSv1.3 (IN), TLS handshake, Certificate (11):');
  if (opts.verify && opts.selfSigned && !w.verifyAfterHandshake) {
    t.info('TLSv1.3 (OUT), TLS alert, unknown CA (560):');
    return untrusted(t, 'SSL certificate problem: self-signed certificate');
  }
  t.info('TLSv1.3 (IN), TLS handshake, CERT verify (15):');
  t.info('TLSv1.3 (IN), TLS handshake, Finished (20):');
  t.info('TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):');
  t.info('TLSv1.3 (OUT), TLS handshake, Finished (20):');
  t.info(w.cipherLine);
  t.info('ALPN: server accepted http/1.1');
  t.info('Server certificate:');
  const i = w.certIndent;
  t.info(`${i}subject: CN=${opts.certName}`);
  t.info(`${i}start date: ${opts.notBefore}`);
  t.info(`${i}expire date: ${opts.notAfter}`);
  if (!opts.selfSigned) t.info(`${i}subjectAltName: host "${opts.host}" matched cert's "${opts.certName}"`);
  t.info(`${i}issuer: CN=${opts.selfSigned ? opts.certName : 'Example Trusted CA'}`);
  if (w.certLevel && w.certLevelFirst) t.info(w.certLevel);
  if (opts.verify && w.verifyAfterHandshake && opts.certName !== opts.host)
    return untrusted(t, `SSL: certificate subject name '${opts.certName}' does not match target hostname '${opts.host}'`);
  if (opts.verify && w.verifyAfterHandshake && opts.selfSigned) return untrusted(t, 'SSL certificate problem: self-signed certificate');
  for (const l of opts.selfSigned ? w.selfSignedAccepted : w.verifiedLines) t.info(l);
  if (w.certLevel && !w.certLevelFirst) t.info(w.certLevel);
  return { kind: 'ok' };
}

function untrusted(t: Transcript, error: string): TlsOutcome {
  t.info(error);
  return { kind: 'failed', cause: 'untrusted-certificate', exit: 60, error };
}

/** After the first request on a TLS 1.3 connection, OpenSSL reads the server's session tickets. */
export function sessionTickets(t: Transcript): void {
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('old SSL session ID is stale, removing');
}
