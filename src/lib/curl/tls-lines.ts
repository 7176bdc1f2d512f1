/**
 * The TLS lines curl (OpenSSL 3) prints with -v for a TLS 1.3 handshake, as observed in tests/interop; what
 * differs between versions is in the profile's TlsWording. The handshake itself is not simulated: these are
 * the messages of a typical full handshake.
 */
import type { TlsWording } from './profiles';
import type { Transcript } from './transcript';

export interface TlsOutcome {
  ok: boolean;
  exitCode?: number;
  error?: string;
}

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
    /** The handshake with an https:// proxy (8.14.1 prints no ALPN line for it). */
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
    return { ok: false, exitCode: 35, error: w.wrongVersion };
  }
  t.info('TLSv1.3 (IN), TLS handshake, Server hello (2):');
  if (w.serverChangeCipher) t.info('TLSv1.3 (IN), TLS change cipher, Change cipher spec (1):');
  t.info('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):');
  t.info('TLSv1.3 (IN), TLS handshake, Certificate (11):');
  if (opts.verify && opts.selfSigned && !w.verifyAfterHandshake) {
    t.info('TLSv1.3 (OUT), TLS alert, unknown CA (560):');
    const error = 'SSL certificate problem: self-signed certificate';
    t.info(error);
    return { ok: false, exitCode: 60, error };
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
  if (opts.verify && w.verifyAfterHandshake && opts.certName !== opts.host) {
    const error = `SSL: certificate subject name '${opts.certName}' does not match target hostname '${opts.host}'`;
    t.info(error);
    return { ok: false, exitCode: 60, error };
  }
  if (opts.verify && w.verifyAfterHandshake && opts.selfSigned) {
    const error = 'SSL certificate problem: self-signed certificate';
    t.info(error);
    return { ok: false, exitCode: 60, error };
  }
  for (const l of opts.selfSigned ? w.selfSignedAccepted : w.verifiedLines) t.info(l);
  if (w.certLevel && !w.certLevelFirst) t.info(w.certLevel);
  return { ok: true };
}

/** After the first request on a TLS 1.3 connection, OpenSSL reads the server's session tickets. */
export function sessionTickets(t: Transcript): void {
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('old SSL session ID is stale, removing');
}
