/**
 * The hashes Digest (RFC 7616 §6.1) and NTLM (MS-NLMP §3.3) need, written out as plain functions: MD5, SHA-256,
 * SHA-512/256 and HMAC. A general-purpose hash library ships every SHA-2 variant as classes a bundler cannot drop;
 * these are the three we use, with the round constants derived at load as the specs define them. MD5 is broken as a
 * hash: it is here for protocol interoperability only.
 */

type Hash = (message: Uint8Array) => Uint8Array;

/** RFC 2104 §2: HMAC(K, m) = H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), for a hash with 64-byte blocks (MD5, SHA-256). */
export function hmac(hash: Hash, key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? hash(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(message, 64);
  const innerHash = hash(inner);
  outer.set(innerHash, 64);
  return hash(outer.subarray(0, 64 + innerHash.length));
}

/**
 * Merkle–Damgård padding shared by MD4 (RFC 1320 §3.1–3.2), MD5 (RFC 1321 §3.1–3.2) and SHA-2 (FIPS 180-4 §5.1):
 * 0x80, zeros, then the message's length in bits in the last blockSize/8 bytes, little- or big-endian.
 */
export function mdPad(message: Uint8Array, blockSize: 64 | 128, littleEndian: boolean): DataView {
  const padded = new Uint8Array(Math.ceil((message.length + 1 + blockSize / 8) / blockSize) * blockSize);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  const high = Math.floor(bits / 0x100000000);
  const at = padded.length - 8;
  view.setUint32(at, littleEndian ? bits >>> 0 : high, littleEndian);
  view.setUint32(at + 4, littleEndian ? high : bits >>> 0, littleEndian);
  return view;
}

// RFC 1321 §3.4: T[i] = floor(2^32 · |sin(i)|), written out rather than computed so no engine's sin can differ.
const MD5_T = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af,
  0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
  0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
  0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97,
  0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
  0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];
/** RFC 1321 §3.4: the shift amounts of rounds 1–4, four per round. */
const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** The 16-byte MD5 digest of `message` (RFC 1321). */
export function md5(message: Uint8Array): Uint8Array {
  const view = mdPad(message, 64, true);
  // RFC 1321 §3.3: the initial buffer (the same as MD4's).
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      // RFC 1321 §3.4: F, G, H, I, and the word each round takes at step i.
      const f = round === 0 ? (b & c) | (~b & d) : round === 1 ? (b & d) | (c & ~d) : round === 2 ? b ^ c ^ d : c ^ (b | ~d);
      const k = round === 0 ? i : round === 1 ? (5 * i + 1) & 15 : round === 2 ? (3 * i + 5) & 15 : (7 * i) & 15;
      const t = (a + f + MD5_T[i]! + view.getInt32(offset + 4 * k, true)) | 0;
      a = d;
      d = c;
      c = b;
      b = (b + rotl(t, MD5_SHIFTS[(round << 2) | (i & 3)]!)) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
  }
  return words(state, 4, true);
}

/**
 * FIPS 180-4 §4.2.2–4.2.3 and §5.3.3–5.3.5: SHA-512's 80 constants are the first 64 bits of the fractional parts of
 * the cube roots of the first 80 primes, its initial values those of the square roots of the first 8; SHA-256 uses
 * the first 32 bits of the same (64 constants, 8 values). Kept as [high, low] 32-bit words.
 */
const PRIMES: bigint[] = [];
for (let n = 2n; PRIMES.length < 80; n++) if (PRIMES.every((p) => n % p !== 0n)) PRIMES.push(n);
const SHA512_K = PRIMES.flatMap((p) => split64(fractionBits(p, 3n)));
const SHA256_K = SHA512_K.filter((_, i) => i % 2 === 0).slice(0, 64);
const SHA256_IV = PRIMES.slice(0, 8).map((p) => split64(fractionBits(p, 2n))[0]!);
/** FIPS 180-4 §5.3.6.2: SHA-512/256's own initial values (from the SHA-512/t IV generation function), not SHA-512's. */
const SHA512_256_IV = [
  0x22312194, 0xfc2bf72c, 0x9f555fa3, 0xc84c64c2, 0x2393b86b, 0x6f53b151, 0x96387719, 0x5940eabd, 0x96283ee2, 0xa88effe3,
  0xbe5e1e25, 0x53863992, 0x2b0199fc, 0x2c85b8aa, 0x0eb72ddc, 0x81c52ca2,
];

/** The 32-byte SHA-256 digest of `message` (FIPS 180-4 §6.2). */
export function sha256(message: Uint8Array): Uint8Array {
  const view = mdPad(message, 64, false);
  const state = SHA256_IV.slice();
  const w = new Int32Array(64);
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    // §6.2.2 step 1: the message schedule, with σ0 and σ1 of §4.1.2.
    for (let t = 0; t < 64; t++) {
      if (t < 16) w[t] = view.getInt32(offset + 4 * t);
      else {
        const x = w[t - 15]!;
        const y = w[t - 2]!;
        const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
        const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
        w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
      }
    }
    let [a, b, c, d, e, f, g, h] = state as [number, number, number, number, number, number, number, number];
    // §6.2.2 step 3, with Ch, Maj, Σ0 and Σ1 of §4.1.2.
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => (state[i] = (state[i]! + v) | 0));
  }
  return words(state, 8, false);
}

/**
 * The 32-byte SHA-512/256 digest of `message` (FIPS 180-4 §6.7): SHA-512 (§6.4) from its own initial values,
 * truncated to 256 bits. 64-bit words are pairs of 32-bit words [high, low].
 */
export function sha512_256(message: Uint8Array): Uint8Array {
  const view = mdPad(message, 128, false);
  const state = SHA512_256_IV.slice();
  const w = new Int32Array(160);
  for (let offset = 0; offset < view.byteLength; offset += 128) {
    // §6.4.2 step 1: the message schedule, with σ0 = ROTR1 ⊕ ROTR8 ⊕ SHR7 and σ1 = ROTR19 ⊕ ROTR61 ⊕ SHR6 (§4.1.3).
    for (let t = 0; t < 80; t++) {
      if (t < 16) {
        w[2 * t] = view.getInt32(offset + 8 * t);
        w[2 * t + 1] = view.getInt32(offset + 8 * t + 4);
        continue;
      }
      const [xh, xl] = [w[2 * t - 30]!, w[2 * t - 29]!];
      const [yh, yl] = [w[2 * t - 4]!, w[2 * t - 3]!];
      const s0h = shr(xh, xl, 1) ^ shr(xh, xl, 8) ^ (xh >>> 7);
      const s0l = shr(xl, xh, 1) ^ shr(xl, xh, 8) ^ shr(xl, xh, 7);
      const s1h = shr(yh, yl, 19) ^ shr(yl, yh, 29) ^ (yh >>> 6);
      const s1l = shr(yl, yh, 19) ^ shr(yh, yl, 29) ^ shr(yl, yh, 6);
      const low = (s1l >>> 0) + (w[2 * t - 13]! >>> 0) + (s0l >>> 0) + (w[2 * t - 31]! >>> 0);
      w[2 * t] = s1h + w[2 * t - 14]! + s0h + w[2 * t - 32]! + carry(low);
      w[2 * t + 1] = low;
    }
    const v = Int32Array.from(state);
    // §6.4.2 step 3, with Σ0 = ROTR28 ⊕ ROTR34 ⊕ ROTR39 and Σ1 = ROTR14 ⊕ ROTR18 ⊕ ROTR41 (§4.1.3).
    for (let t = 0; t < 80; t++) {
      const [ah, al, bh, bl, ch, cl, eh, el, fh, fl, gh, gl, hh, hl] = [v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[8]!, v[9]!, v[10]!, v[11]!, v[12]!, v[13]!, v[14]!, v[15]!];
      const sigma1h = shr(eh, el, 14) ^ shr(eh, el, 18) ^ shr(el, eh, 9);
      const sigma1l = shr(el, eh, 14) ^ shr(el, eh, 18) ^ shr(eh, el, 9);
      const sigma0h = shr(ah, al, 28) ^ shr(al, ah, 2) ^ shr(al, ah, 7);
      const sigma0l = shr(al, ah, 28) ^ shr(ah, al, 2) ^ shr(ah, al, 7);
      const t1l = (hl >>> 0) + (sigma1l >>> 0) + (((el & fl) ^ (~el & gl)) >>> 0) + (SHA512_K[2 * t + 1]! >>> 0) + (w[2 * t + 1]! >>> 0);
      const t1h = hh + sigma1h + ((eh & fh) ^ (~eh & gh)) + SHA512_K[2 * t]! + w[2 * t]! + carry(t1l);
      const t2l = (sigma0l >>> 0) + (((al & bl) ^ (al & cl) ^ (bl & cl)) >>> 0);
      const t2h = sigma0h + ((ah & bh) ^ (ah & ch) ^ (bh & ch)) + carry(t2l);
      v.copyWithin(2, 0, 14);
      const el2 = (v[9]! >>> 0) + (t1l >>> 0);
      v[8] = v[8]! + t1h + carry(el2);
      v[9] = el2;
      const al2 = (t1l >>> 0) + (t2l >>> 0);
      v[0] = t1h + t2h + carry(al2);
      v[1] = al2;
    }
    for (let i = 0; i < 16; i += 2) {
      const low = (state[i + 1]! >>> 0) + (v[i + 1]! >>> 0);
      state[i] = (state[i]! + v[i]! + carry(low)) | 0;
      state[i + 1] = low | 0;
    }
  }
  return words(state, 8, false);
}

/** The carry out of a sum of unsigned 32-bit low words (Int32Array stores keep the result mod 2^32). */
function carry(low: number): number {
  return Math.floor(low / 0x100000000);
}

/** One 32-bit half of a 64-bit rotation by n (0 < n < 32): `x` shifted right, filled from `y`. */
function shr(x: number, y: number, n: number): number {
  return (x >>> n) | (y << (32 - n));
}

function rotl(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}

function rotr(value: number, shift: number): number {
  return (value >>> shift) | (value << (32 - shift));
}

/** The first `count` 32-bit words of `state` as bytes. */
function words(state: readonly number[], count: number, littleEndian: boolean): Uint8Array {
  const out = new DataView(new ArrayBuffer(count * 4));
  for (let i = 0; i < count; i++) out.setInt32(4 * i, state[i]!, littleEndian);
  return new Uint8Array(out.buffer);
}

/** The first 64 bits of the fractional part of the k-th root of p: the integer k-th root of p·2^(64k), mod 2^64. */
function fractionBits(p: bigint, k: bigint): bigint {
  const n = p << (64n * k);
  // Newton's method on integers, from above: x ← ((k−1)x + n / x^(k−1)) / k until it stops decreasing.
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (next >= x) return x & 0xffffffffffffffffn;
    x = next;
  }
}

function split64(value: bigint): [number, number] {
  return [Number(value >> 32n) | 0, Number(value & 0xffffffffn) | 0];
}
