/**
 * DES (FIPS 46-3) encryption of single 8-byte blocks, only what NTLM needs: LMOWFv1, DESL() and the NTLMv1/LM
 * responses (MS-NLMP §6). Written for clarity over speed: permutations work on arrays of bits.
 * DES is broken: use it for NTLM interoperability only.
 */

// FIPS 46-3 tables, 1-based bit numbers as printed in the standard.
const IP = [
  58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24, 16, 8, 57, 49, 41,
  33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7,
];
/** The final permutation IP⁻¹: FP[IP[i] − 1] = i + 1. */
const FP: number[] = [];
IP.forEach((position, i) => (FP[position - 1] = i + 1));
const E = [
  32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16, 17, 18, 19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25,
  26, 27, 28, 29, 28, 29, 30, 31, 32, 1,
];
const P = [16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25];
const PC1 = [
  57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7,
  62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
];
const PC2 = [
  14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48,
  44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
/** The eight S-boxes, one hex digit per entry, each box's four rows of 16 in the standard's order. */
const S = [
  'e4d12fb83a6c59070f74e2d1a6cb953841e8d62bfc973a50fc8249175b3ea06d',
  'f18e6b34972dc05a3d47f28ec01a69b50e7ba4d158c6932fd8a13f42b67c05e9',
  'a09e63f51dc7b428d709346a285ecbf1d6498f30b12c5ae71ad069874fe3b52c',
  '7de3069a1285bc4fd8b56f03472c1ae9a690cb7df13e52843f06a1d8945bc72e',
  '2c417ab6853fd0e9eb2c47d150fa3986421bad78f9c5630eb8c71e2d6f09a453',
  'c1af92680d34e75baf427c9561de0b389ef528c3704a1db6432c95fabe17608d',
  '4b2ef08d3c975a61d0b7491ae35c2f8614bdc37eaf6805926bd814a7950fe23c',
  'd2846fb1a93e50c71fd8a374c56b0e927b419ce206adf35821e74a8dfc90356b',
];

/** Encrypts one 8-byte block with an 8-byte DES key (parity bits ignored, as in FIPS 46-3). */
export function desEncryptBlock(key: Uint8Array, block: Uint8Array): Uint8Array {
  if (key.length !== 8) throw new TypeError(`DES key must be 8 bytes, got ${key.length}`);
  if (block.length !== 8) throw new TypeError(`DES block must be 8 bytes, got ${block.length}`);
  const subkeys = keySchedule(toBits(key));
  const state = permute(toBits(block), IP);
  let left = state.slice(0, 32);
  let right = state.slice(32);
  for (const subkey of subkeys) {
    const f = feistel(right, subkey);
    const next = left.map((bit, i) => bit ^ f[i]!);
    left = right;
    right = next;
  }
  // FIPS 46-3: the pre-output block is R16 L16 (the halves swapped back).
  return fromBits(permute([...right, ...left], FP));
}

/**
 * MS-NLMP §6 (and §3.3.1's DES(K, D)): a 7-byte key is spread over 8 bytes, 7 key bits each, and every byte gets
 * odd parity in its low bit.
 */
export function expandDesKey(key7: Uint8Array): Uint8Array {
  if (key7.length !== 7) throw new TypeError(`a 7-byte key is required, got ${key7.length}`);
  const bits = toBits(key7);
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) {
    let byte = 0;
    let ones = 0;
    for (let j = 0; j < 7; j++) {
      const bit = bits[i * 7 + j]!;
      byte = (byte << 1) | bit;
      ones += bit;
    }
    out[i] = (byte << 1) | (ones % 2 === 0 ? 1 : 0);
  }
  return out;
}

/** DES with a 7-byte key, as MS-NLMP's DES(K, D) uses it. */
export function desEncrypt7(key7: Uint8Array, block: Uint8Array): Uint8Array {
  return desEncryptBlock(expandDesKey(key7), block);
}

function keySchedule(keyBits: number[]): number[][] {
  const cd = permute(keyBits, PC1);
  let c = cd.slice(0, 28);
  let d = cd.slice(28);
  return SHIFTS.map((shift) => {
    c = [...c.slice(shift), ...c.slice(0, shift)];
    d = [...d.slice(shift), ...d.slice(0, shift)];
    return permute([...c, ...d], PC2);
  });
}

function feistel(right: number[], subkey: number[]): number[] {
  const expanded = permute(right, E).map((bit, i) => bit ^ subkey[i]!);
  const out: number[] = [];
  for (let box = 0; box < 8; box++) {
    const six = expanded.slice(box * 6, box * 6 + 6);
    const row = (six[0]! << 1) | six[5]!;
    const column = (six[1]! << 3) | (six[2]! << 2) | (six[3]! << 1) | six[4]!;
    const value = parseInt(S[box]![row * 16 + column]!, 16);
    out.push((value >> 3) & 1, (value >> 2) & 1, (value >> 1) & 1, value & 1);
  }
  return permute(out, P);
}

function permute(bits: readonly number[], table: readonly number[]): number[] {
  return table.map((position) => bits[position - 1]!);
}

function toBits(bytes: Uint8Array): number[] {
  const bits: number[] = [];
  for (const byte of bytes) for (let i = 7; i >= 0; i--) bits.push((byte >> i) & 1);
  return bits;
}

function fromBits(bits: readonly number[]): Uint8Array {
  const out = new Uint8Array(bits.length / 8);
  for (let i = 0; i < bits.length; i++) out[i >> 3] = (out[i >> 3]! << 1) | bits[i]!;
  return out;
}
