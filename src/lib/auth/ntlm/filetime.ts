/**
 * FILETIME (MS-DTYP §2.3.3): 100-nanosecond intervals since 1601-01-01T00:00:00Z, 64-bit little-endian.
 * NTLM carries it in MsvAvTimestamp and in the NTLMv2 client challenge (MS-NLMP §2.2.2.1, §2.2.2.7).
 */

/** 100 ns ticks between 1601-01-01 and 1970-01-01. */
const EPOCH_DIFFERENCE = 116444736000000000n;
const TICKS_PER_SECOND = 10000000n;

export function readFiletime(bytes: Uint8Array, offset: number): bigint {
  let value = 0n;
  for (let i = 7; i >= 0; i--) value = (value << 8n) | BigInt(bytes[offset + i]!);
  return value;
}

export function encodeFiletime(filetime: bigint): Uint8Array {
  if (filetime < 0n || filetime > 0xffffffffffffffffn) {
    throw new TypeError(`a FILETIME is an unsigned 64-bit number, got ${filetime}`);
  }
  const out = new Uint8Array(8);
  let rest = filetime;
  for (let i = 0; i < 8; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** ISO 8601 in UTC with the FILETIME's full 100 ns precision, e.g. "2024-05-01T12:00:00.1234567Z". */
export function filetimeToIso(filetime: bigint): string {
  const unixTicks = filetime - EPOCH_DIFFERENCE;
  let seconds = unixTicks / TICKS_PER_SECOND;
  let fraction = unixTicks % TICKS_PER_SECOND;
  if (fraction < 0n) {
    fraction += TICKS_PER_SECOND;
    seconds -= 1n;
  }
  // Every FILETIME is within Date's ±8.64e15 ms range, so this never produces an invalid date.
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, -5);
  return `${whole}.${fraction.toString().padStart(7, '0')}Z`;
}

/** The FILETIME of a Unix time in milliseconds (as from Date.now(), which callers outside src/lib provide). */
export function filetimeFromUnixMilliseconds(milliseconds: number): bigint {
  if (!Number.isFinite(milliseconds)) throw new TypeError('milliseconds must be a finite number');
  return BigInt(Math.trunc(milliseconds)) * 10000n + EPOCH_DIFFERENCE;
}
