/**
 * The TLS lines curl 7.88 (OpenSSL 3) prints with -v for a TLS 1.3 handshake, as observed in tests/interop.
 * The handshake itself is not simulated: these are the messages of a typical full handshake.
 */
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
  },
): TlsOutcome {
  t.info(`ALPN: offers ${opts.alpn}`);
  t.info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
  if (opts.verify) {
    t.info(' CAfile: /etc/ssl/certs/ca-certificates.crt');
    t.info(' CApath: /etc/ssl/certs');
  }
  if (opts.plainPeer) {
    const error = 'OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number';
    t.info(error);
    return { kind: 'failed', cause: 'wrong-version', exit: 35, error };
  }
  t.info('TLSv1.3 (IN), TLS handshake, Server hello (2):');
  t.info('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):');
  t.info('TLSv1.3 (IN), TLS handshake, Certificate (11):');
  if (opts.verify && opts.selfSigned) {
    t.info('TLSv1.3 (OUT), TLS alert, unknown CA (560):');
    const error = 'SSL certificate problem: self-signed certificate';
    t.info(error);
    return { kind: 'failed', cause: 'untrusted-certificate', exit: 60, error };
  }
  t.info('TLSv1.3 (IN), TLS handshake, CERT verify (15):');
  t.info('TLSv1.3 (IN), TLS handshake, Finished (20):');
  t.info('TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):');
  t.info('TLSv1.3 (OUT), TLS handshake, Finished (20):');
  t.info('SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384');
  t.info('ALPN: server accepted http/1.1');
  t.info('Server certificate:');
  t.info(` subject: CN=${opts.certName}`);
  t.info(` start date: ${opts.notBefore}`);
  t.info(` expire date: ${opts.notAfter}`);
  if (!opts.selfSigned) t.info(` subjectAltName: host "${opts.host}" matched cert's "${opts.certName}"`);
  t.info(` issuer: CN=${opts.selfSigned ? opts.certName : 'Example Trusted CA'}`);
  t.info(
    opts.selfSigned ? ' SSL certificate verify result: self-signed certificate (18), continuing anyway.' : ' SSL certificate verify ok.',
  );
  return { kind: 'ok' };
}

/** After the first request on a TLS 1.3 connection, OpenSSL reads the server's session tickets. */
export function sessionTickets(t: Transcript): void {
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):');
  t.info('old SSL session ID is stale, removing');
}
