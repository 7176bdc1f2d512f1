/**
 * curl's NTLM type-3, against messages the real curl 7.88.1 sent. Fixtures were captured on 127.0.0.1 with
 * `curl --proxy-ntlm -U … -x …` against Squid's ntlm_fake_auth and a stub proxy answering chosen type-2s.
 */
import { describe, expect, it } from 'vitest';
import { buildCurlType3, readCurlType2 } from '../../../src/lib/curl/ntlm-type3';

const fromB64 = (b64: string): Buffer => Buffer.from(b64, 'base64');

/** Rebuilds a real NTLMv2 type-3 from its own client challenge and time (NTLMv2 blob: time at +8, challenge at +16). */
function rebuildV2(type2: string, type3: string, user: string, password: string): string {
  const t2 = readCurlType2(type2);
  if (!t2) throw new Error('fixture type-2 does not decode');
  const b = fromB64(type3);
  const nt = b.readUInt32LE(24);
  return buildCurlType3({
    type2: t2,
    user,
    password,
    clientChallenge: new Uint8Array(b.subarray(nt + 32, nt + 40)),
    time: b.readBigUInt64LE(nt + 24),
  }).base64;
}

describe('buildCurlType3', () => {
  describe("with Squid ntlm_fake_auth's type-2 (OEM, extended session security, no TargetInfo)", () => {
    const type2 = 'TlRMTVNTUAACAAAACQAJAK6qqqoGgggAAU9EnMV/Z2wAAAAAAAA6AFdPUktHUk9VUA==';
    it('reproduces the NTLMv2 answer byte for byte', () => {
      const type3 =
        'TlRMTVNTUAADAAAAGAAYAEAAAAAwADAAWAAAAAAAAACIAAAABQAFAIgAAAALAAsAjQAAAAAAAAAAAAAABoIIAHLHGRhWEF5deYv8MBh0c2ejNbm5LDJxFKTFA1R6cPRYTTdnzML3DB4BAQAAAAAAAAAfeijQf90BozW5uSwycRQAAAAAAAAAAGFsaWNlV09SS1NUQVRJT04=';
      expect(rebuildV2(type2, type3, 'alice', 'secret')).toBe(type3);
    });
    it('reads the type-2 even though its target name offset is garbage (curl ignores it)', () => {
      expect(readCurlType2(type2)?.flags).toBe(0x00088206);
    });
  });

  describe('with a type-2 without extended session security', () => {
    it('sends NTLMv1 in OEM, deterministic', () => {
      const r = buildCurlType3({
        type2: readCurlType2('TlRMTVNTUAACAAAAAwADADAAAAAGggAAASNFZ4mrze8AAAAAAAAAAAAAAAAzAAAARE9N')!,
        user: 'alice',
        password: 'secret',
        clientChallenge: new Uint8Array(8),
        time: 0n,
      });
      expect(r.version).toBe('NTLMv1');
      expect(r.base64).toBe(
        'TlRMTVNTUAADAAAAGAAYAEAAAAAYABgAWAAAAAAAAABwAAAABQAFAHAAAAALAAsAdQAAAAAAAAAAAAAABoIAABAcISKPc5kxk8dUQFR9lLdfMjE4TYeTiC/s3WHalB7CadRt0TC6kxKcQWb+A/IXBmFsaWNlV09SS1NUQVRJT04=',
      );
    });
    it('widens the UTF-8 bytes of a domain, user and non-ASCII password in Unicode', () => {
      const r = buildCurlType3({
        type2: readCurlType2('TlRMTVNTUAACAAAABgAGADAAAAAFggAAASNFZ4mrze8AAAAAAAAAAAAAAAA2AAAARABPAE0A')!,
        user: 'EXAMPLE\\alice',
        password: 'sécret',
        clientChallenge: new Uint8Array(8),
        time: 0n,
      });
      expect(r.base64).toBe(
        'TlRMTVNTUAADAAAAGAAYAEAAAAAYABgAWAAAAA4ADgBwAAAACgAKAH4AAAAWABYAiAAAAAAAAAAAAAAABYIAAAoJ6swiXldESChMGDpwaG1fMjE4TYeTiEYWMu1ahx1Six+IOduZgH++eC8+eHOyWkUAWABBAE0AUABMAEUAYQBsAGkAYwBlAFcATwBSAEsAUwBUAEEAVABJAE8ATgA=',
      );
    });
  });

  describe('with a Unicode type-2 carrying TargetInfo', () => {
    it('puts the TargetInfo into the NTLMv2 blob as received', () => {
      const type3 =
        'TlRMTVNTUAADAAAAGAAYAEAAAABGAEYAWAAAAA4ADgCeAAAACgAKAKwAAAAWABYAtgAAAAAAAAAAAAAABYKIAPjkZvhbv2KzrSZaydy6W6lDTX43uXBFUqEU8PmS7OygbOdAB4J10MgBAQAAAAAAAADVdYXQf90BQ01+N7lwRVIAAAAAAgAGAEQATwBNAAEABABTAFEAAAAAAAAAAABFAFgAQQBNAFAATABFAGEAbABpAGMAZQBXAE8AUgBLAFMAVABBAFQASQBPAE4A';
      const type2 = 'TlRMTVNTUAACAAAABgAGADAAAAAFgogAASNFZ4mrze8AAAAAAAAAABYAFgA2AAAARABPAE0AAgAGAEQATwBNAAEABABTAFEAAAAAAA==';
      expect(rebuildV2(type2, type3, 'EXAMPLE\\alice', 'sécret')).toBe(type3);
    });
  });

  describe('readCurlType2 with bad input', () => {
    it.each([
      ['not base64', '!!!'],
      ['too short', 'TlRMTVNTUAACAAAA'],
      ['a type-1', 'TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA='],
      ['TargetInfo past the end', 'TlRMTVNTUAACAAAAAAAAADAAAAAAAIAAASNFZ4mrze8AAAAAAAAAAP8A/wAwAAAA'],
    ])('gives up on %s', (_name, token) => {
      expect(readCurlType2(token)).toBeUndefined();
    });
  });
});
