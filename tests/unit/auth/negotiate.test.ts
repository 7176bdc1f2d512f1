import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, encodeBase64, fromHex } from '../../../src/lib/bytes';
import { decodeNegotiate } from '../../../src/lib/auth/negotiate';
import { buildNegotiateMessage } from '../../../src/lib/auth/ntlm';
import { readTlv, decodeOid, decodeInteger } from '../../../src/lib/auth/der';
import { ntlmv2 } from '../../fixtures/ntlm/ms-nlmp-4-2';
import { app, bitString, ctx, enumerated, octets, oid, seq, tlv } from '../../fixtures/der/der-writer';
import { KERBEROS_AP_REQ as apReq } from '../../fixtures/der/kerberos-ap-req';

const SPNEGO = '1.3.6.1.5.5.2';
const KRB5 = '1.2.840.113554.1.2.2';
const MS_KRB5 = '1.2.840.48018.1.2.2';
const NTLMSSP = '1.3.6.1.4.1.311.2.2.10';
const NEGOEX = '1.3.6.1.4.1.311.2.2.30';

const type1 = buildNegotiateMessage({ domain: 'CORP', workstation: 'WS01' });
const type2 = fromHex(ntlmv2.challengeMessage)!;

const kerberosGss = app(0, oid(KRB5), new Uint8Array([1, 0]), apReq);

const negTokenInit = (mechs: string[], mechToken: Uint8Array): Uint8Array =>
  app(0, oid(SPNEGO), ctx(0, seq(ctx(0, seq(...mechs.map(oid))), ctx(2, octets(mechToken)))));

describe('decodeNegotiate', () => {
  describe('with a GSS-framed NegTokenInit wrapping an NTLM type 1', () => {
    const bytes = negTokenInit([NTLMSSP, KRB5], type1);
    const r = decodeNegotiate(encodeBase64(bytes));

    it('reads the framing, thisMech and mechTypes with names', () => {
      expect(r.diagnostics).toEqual([]);
      expect(r.token?.framing).toBe('gss-initial-context-token');
      expect(r.token?.thisMech).toMatchObject({ oid: SPNEGO, name: 'SPNEGO' });
      expect(r.token?.negTokenInit?.mechTypes.map((m) => [m.oid, m.name])).toEqual([
        [NTLMSSP, 'NTLMSSP'],
        [KRB5, 'Kerberos 5'],
      ]);
    });
    it('decodes the mechToken as an NTLM NEGOTIATE_MESSAGE', () => {
      const inner = r.token?.innerToken;
      expect(inner?.kind).toBe('ntlm');
      if (inner?.kind !== 'ntlm') return;
      expect(inner.ntlm?.type).toBe(1);
      expect(inner.length).toBe(type1.length);
      expect(bytes.subarray(inner.offset, inner.offset + 8)).toEqual(type1.subarray(0, 8));
      expect(r.token?.negTokenInit?.mechToken?.offset).toBe(inner.offset);
    });
  });

  describe('with a NegTokenResp accept-incomplete wrapping an NTLM type 2', () => {
    const bytes = ctx(1, seq(ctx(0, enumerated(1)), ctx(1, oid(NTLMSSP)), ctx(2, octets(type2))));
    const r = decodeNegotiate(encodeBase64(bytes));

    it('reads negState and supportedMech', () => {
      expect(r.diagnostics).toEqual([]);
      expect(r.token?.framing).toBe('negotiation-token');
      expect(r.token?.negTokenResp?.negState).toMatchObject({ value: 1, name: 'accept-incomplete' });
      expect(r.token?.negTokenResp?.supportedMech).toMatchObject({ oid: NTLMSSP, name: 'NTLMSSP' });
    });
    it('decodes the responseToken as the CHALLENGE_MESSAGE', () => {
      const inner = r.token?.innerToken;
      expect(inner?.kind === 'ntlm' && inner.ntlm?.type === 2 && inner.ntlm.serverChallenge?.value).toBe('0123456789abcdef');
    });
  });

  describe('with a final NegTokenResp (accept-completed, mechListMIC, no token)', () => {
    it('reads the state and the MIC', () => {
      const bytes = ctx(1, seq(ctx(0, enumerated(0)), ctx(3, octets(new Uint8Array([1, 2, 3])))));
      const r = decodeNegotiate(bytes);
      expect(r.token?.negTokenResp?.negState?.name).toBe('accept-completed');
      expect(r.token?.negTokenResp?.mechListMIC?.value).toBe('010203');
      expect(r.token?.innerToken).toBeUndefined();
    });
    it('names reject and request-mic, and warns on an undefined state', () => {
      expect(decodeNegotiate(ctx(1, seq(ctx(0, enumerated(2))))).token?.negTokenResp?.negState?.name).toBe('reject');
      expect(decodeNegotiate(ctx(1, seq(ctx(0, enumerated(3))))).token?.negTokenResp?.negState?.name).toBe('request-mic');
      const odd = decodeNegotiate(ctx(1, seq(ctx(0, enumerated(9)))));
      expect(odd.diagnostics.map((d) => d.code)).toEqual(['spnego-unknown-neg-state']);
    });
  });

  describe('with a Windows-style NegTokenInit carrying a Kerberos AP-REQ', () => {
    const bytes = app(
      0,
      oid(SPNEGO),
      ctx(0, seq(ctx(0, seq(oid(MS_KRB5), oid(KRB5), oid(NEGOEX), oid(NTLMSSP))), ctx(1, bitString(1, 0x62)), ctx(2, octets(kerberosGss)))),
    );
    const r = decodeNegotiate(encodeBase64(bytes));

    it('names the legacy MS-Kerberos OID and NEGOEX, and reads reqFlags', () => {
      expect(r.diagnostics).toEqual([]);
      expect(r.token?.negTokenInit?.mechTypes.map((m) => m.name)).toEqual([
        'MS-Kerberos (the legacy, mis-encoded Kerberos OID)',
        'Kerberos 5',
        'NEGOEX',
        'NTLMSSP',
      ]);
      expect(r.token?.negTokenInit?.reqFlags?.flags).toEqual(['mutualFlag', 'replayFlag', 'integFlag']);
    });
    it('recognises the AP-REQ and reads its outer fields', () => {
      expect(r.token?.innerToken).toMatchObject({
        kind: 'kerberos',
        messageType: 'AP-REQ',
        note: 'Kerberos ticket — not decodable without the service key',
        tokenId: '0100',
        pvno: 5,
        msgType: 14,
        apOptions: ['mutual-required'],
        realm: 'EXAMPLE.COM',
        sname: 'HTTP/proxy.example.com',
        ticketEncryptionType: { value: 18, name: 'aes256-cts-hmac-sha1-96' },
        authenticatorEncryptionType: { value: 23, name: 'rc4-hmac' },
      });
    });
  });

  describe('with a raw Kerberos GSS token sent as Negotiate', () => {
    it('recognises it with an info diagnostic', () => {
      const r = decodeNegotiate(encodeBase64(kerberosGss));
      expect(r.token?.framing).toBe('raw-kerberos');
      expect(r.token?.thisMech?.name).toBe('Kerberos 5');
      expect(r.token?.innerToken).toMatchObject({ kind: 'kerberos', messageType: 'AP-REQ', sname: 'HTTP/proxy.example.com' });
      expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'negotiate-not-spnego']]);
    });
    it('recognises a bare AP-REQ too', () => {
      const r = decodeNegotiate(apReq);
      expect(r.token?.framing).toBe('raw-kerberos');
      expect(r.token?.innerToken).toMatchObject({ kind: 'kerberos', realm: 'EXAMPLE.COM' });
    });
  });

  describe('with a raw NTLM message sent as Negotiate', () => {
    it('decodes it as NTLM', () => {
      const r = decodeNegotiate(encodeBase64(type2));
      expect(r.token?.framing).toBe('raw-ntlm');
      expect(r.token?.innerToken?.kind === 'ntlm' && r.token.innerToken.ntlm?.type).toBe(2);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['negotiate-raw-ntlm']);
    });
  });

  describe('with a NegTokenInit without GSS framing', () => {
    it('decodes it and notes the missing framing', () => {
      const r = decodeNegotiate(ctx(0, seq(ctx(0, seq(oid(NTLMSSP))), ctx(2, octets(type1)))));
      expect(r.token?.framing).toBe('negotiation-token');
      expect(r.token?.innerToken?.kind).toBe('ntlm');
      expect(r.diagnostics.map((d) => d.code)).toEqual(['spnego-unframed-init']);
    });
  });

  describe('with a NEGOEX mechToken', () => {
    it('names it', () => {
      const negoex = concatBytes(new TextEncoder().encode('NEGOEXTS'), new Uint8Array(32));
      expect(decodeNegotiate(negTokenInit([NEGOEX], negoex)).token?.innerToken?.kind).toBe('negoex');
    });
  });

  describe('with broken tokens', () => {
    const codes = (input: string | Uint8Array): string[] => decodeNegotiate(input).diagnostics.map((d) => d.code);
    it('reports an empty input', () => {
      expect(codes('')).toEqual(['negotiate-empty']);
    });
    it('reports a truncated token, located in the base64 text', () => {
      const bytes = negTokenInit([NTLMSSP], type1);
      const text = encodeBase64(bytes.subarray(0, 30));
      const r = decodeNegotiate(text);
      expect(r.diagnostics[0]).toMatchObject({ code: 'der-truncated', start: 0 });
      expect(r.diagnostics.every((d) => d.end <= text.length)).toBe(true);
    });
    it('reports an indefinite length', () => {
      expect(codes(new Uint8Array([0x60, 0x80, 0x06, 0x06]))).toEqual(['der-indefinite-length']);
    });
    it('reports something that is no token at all', () => {
      expect(codes(new Uint8Array([0x04, 0x01, 0x00]))).toEqual(['negotiate-unknown-token']);
    });
    it('reports a huge claimed length without allocating it', () => {
      expect(codes(new Uint8Array([0x60, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x06]))).toEqual(['der-truncated']);
    });
    it('reports trailing bytes', () => {
      expect(codes(concatBytes(ctx(1, seq(ctx(0, enumerated(0)))), new Uint8Array([0])))).toEqual(['negotiate-trailing-bytes']);
    });
    it('passes NTLM diagnostics through, shifted to where the NTLM message sits', () => {
      const broken = type2.slice(0, 20);
      const bytes = ctx(1, seq(ctx(0, enumerated(1)), ctx(2, octets(broken))));
      const r = decodeNegotiate(bytes);
      const d = r.diagnostics.find((x) => x.code === 'ntlm-truncated');
      expect(d).toBeDefined();
      expect(d!.start).toBeGreaterThanOrEqual(bytes.length - broken.length);
    });
  });

  describe('properties', () => {
    const inside = (text: string | Uint8Array): boolean => {
      const length = text.length;
      return decodeNegotiate(text).diagnostics.every((d) => d.start >= 0 && d.start <= d.end && d.end <= length);
    };
    it('never throws on arbitrary bytes or text, diagnostics inside the input', () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), inside));
      fc.assert(fc.property(fc.string({ maxLength: 100 }), inside));
    });
    it('never throws on mutated real tokens', () => {
      const samples = [negTokenInit([NTLMSSP, KRB5], type1), kerberosGss, ctx(1, seq(ctx(0, enumerated(1)), ctx(2, octets(type2))))];
      fc.assert(
        fc.property(
          fc.constantFrom(...samples),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
          (sample, edits) => {
            const bytes = sample.slice();
            for (const [at, value] of edits) bytes[at % bytes.length] = value;
            return inside(bytes) && inside(encodeBase64(bytes));
          },
        ),
        { numRuns: 500 },
      );
    });
    it('returns for 1 MB of input', () => {
      const big = concatBytes(tlv(0x60, new Uint8Array(0)), new Uint8Array(1 << 20));
      expect(decodeNegotiate(encodeBase64(big)).diagnostics.length).toBeGreaterThan(0);
    });
  });
});

describe('der', () => {
  it('decodes OIDs with large arcs', () => {
    const bytes = oid('1.2.840.113554.1.2.2');
    const { tlv: t } = readTlv(bytes, 0, bytes.length);
    expect(decodeOid(bytes, t!)).toBe('1.2.840.113554.1.2.2');
    const two = oid('2.999.3');
    expect(decodeOid(two, readTlv(two, 0, two.length).tlv!)).toBe('2.999.3');
  });
  it('decodes negative integers', () => {
    const bytes = tlv(0x02, new Uint8Array([0xff, 0x7f]));
    expect(decodeInteger(bytes, readTlv(bytes, 0, bytes.length).tlv!)).toBe(-129);
  });
  it('reads long-form lengths', () => {
    const bytes = octets(new Uint8Array(300));
    expect(readTlv(bytes, 0, bytes.length).tlv).toMatchObject({ headerLength: 4, length: 300, end: 304 });
  });
});
