/** A seeded generator (mulberry32) for nonces, cnonces, NTLM client challenges: same seed, same transcript. */
export interface Rng {
  next(): number;
  bytes(n: number): Uint8Array;
  hex(nBytes: number): string;
  /** A FILETIME (100 ns since 1601) of the clock in whole seconds, as curl's NTLMv2 blob has it (time(NULL)). */
  filetime(): bigint;
}

export function seededRng(seed: number, clockMs: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  return {
    next,
    bytes,
    hex: (n) => [...bytes(n)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    filetime: () => (BigInt(Math.floor(clockMs / 1000)) + 11644473600n) * 10_000_000n,
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** IMF-fixdate, RFC 9110 §5.6.7. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** OpenSSL's certificate date format as curl prints it: "Nov 29 06:18:05 2026 GMT". */
export function certDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}
