/**
 * MD4 (RFC 1320), written out because OpenSSL 3 and WebCrypto no longer provide it and NTLM's NTOWFv1 needs it.
 * MD4 is broken as a hash: use it for NTLM interoperability only.
 */

// RFC 1320 §3.4: the additive constants of rounds 2 and 3.
const ROUND2 = 0x5a827999;
const ROUND3 = 0x6ed9eba1;
const SHIFTS1 = [3, 7, 11, 19] as const;
const SHIFTS2 = [3, 5, 9, 13] as const;
const SHIFTS3 = [3, 9, 11, 15] as const;
const ORDER3 = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15] as const;

/** The 16-byte MD4 digest of `message`. */
export function md4(message: Uint8Array): Uint8Array {
  // RFC 1320 §3.1–3.2: pad with 0x80, zeros to 56 mod 64, then the bit length as 64-bit little-endian.
  const blocks = Math.floor((message.length + 8) / 64) + 1;
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const bitLength = message.length * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, bitLength >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bitLength / 0x100000000), true);

  // RFC 1320 §3.3: the initial buffer.
  let a = 0x67452301;
  let b = 0xefcdab89;
  let c = 0x98badcfe;
  let d = 0x10325476;
  const x = new Int32Array(16);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) x[i] = view.getInt32(offset + 4 * i, true);
    const [aa, bb, cc, dd] = [a, b, c, d];
    // RFC 1320 §3.4, round 1: F(X,Y,Z) = XY v not(X) Z.
    for (let i = 0; i < 16; i++) {
      const t = (a + ((b & c) | (~b & d)) + x[i]!) | 0;
      [a, b, c, d] = [d, rotl(t, SHIFTS1[i % 4]!), b, c];
    }
    // Round 2: G(X,Y,Z) = XY v XZ v YZ, words taken column-wise.
    for (let i = 0; i < 16; i++) {
      const k = (i % 4) * 4 + Math.floor(i / 4);
      const t = (a + ((b & c) | (b & d) | (c & d)) + x[k]! + ROUND2) | 0;
      [a, b, c, d] = [d, rotl(t, SHIFTS2[i % 4]!), b, c];
    }
    // Round 3: H(X,Y,Z) = X xor Y xor Z, words in bit-reversed order.
    for (let i = 0; i < 16; i++) {
      const t = (a + (b ^ c ^ d) + x[ORDER3[i]!]! + ROUND3) | 0;
      [a, b, c, d] = [d, rotl(t, SHIFTS3[i % 4]!), b, c];
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  const out = new Uint8Array(16);
  const outView = new DataView(out.buffer);
  outView.setInt32(0, a, true);
  outView.setInt32(4, b, true);
  outView.setInt32(8, c, true);
  outView.setInt32(12, d, true);
  return out;
}

function rotl(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}
