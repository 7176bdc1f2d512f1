/** MS-NLMP §2.2.2.5 NEGOTIATE: the 32 flag bits, with the letters the spec draws them with. */

export interface NegotiateFlagInfo {
  name: string;
  bit: number;
  /** The letter in MS-NLMP's bit diagram (A is the least significant bit), or r1…r10 for reserved bits. */
  letter: string;
  description: string;
}

// Listed from the most significant bit down, as in MS-NLMP §2.2.2.5.
export const NEGOTIATE_FLAGS: readonly NegotiateFlagInfo[] = [
  { name: 'NTLMSSP_NEGOTIATE_56', bit: 0x80000000, letter: 'W', description: '56-bit encryption' },
  { name: 'NTLMSSP_NEGOTIATE_KEY_EXCH', bit: 0x40000000, letter: 'V', description: 'explicit key exchange (EncryptedRandomSessionKey)' },
  { name: 'NTLMSSP_NEGOTIATE_128', bit: 0x20000000, letter: 'U', description: '128-bit session key' },
  { name: 'NTLMSSP_RESERVED_R1', bit: 0x10000000, letter: 'r1', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_RESERVED_R2', bit: 0x08000000, letter: 'r2', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_RESERVED_R3', bit: 0x04000000, letter: 'r3', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_NEGOTIATE_VERSION', bit: 0x02000000, letter: 'T', description: 'the Version field is present' },
  { name: 'NTLMSSP_RESERVED_R4', bit: 0x01000000, letter: 'r4', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_NEGOTIATE_TARGET_INFO', bit: 0x00800000, letter: 'S', description: 'TargetInfo (AV pairs) is present' },
  { name: 'NTLMSSP_REQUEST_NON_NT_SESSION_KEY', bit: 0x00400000, letter: 'R', description: 'LMOWF-derived session key requested' },
  { name: 'NTLMSSP_RESERVED_R5', bit: 0x00200000, letter: 'r5', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_NEGOTIATE_IDENTIFY', bit: 0x00100000, letter: 'Q', description: 'identify-level token requested' },
  {
    name: 'NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY',
    bit: 0x00080000,
    letter: 'P',
    description: 'NTLM v2 session security (NTLM2 session response for NTLMv1)',
  },
  { name: 'NTLMSSP_RESERVED_R6', bit: 0x00040000, letter: 'r6', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_TARGET_TYPE_SERVER', bit: 0x00020000, letter: 'O', description: 'TargetName is a server name' },
  { name: 'NTLMSSP_TARGET_TYPE_DOMAIN', bit: 0x00010000, letter: 'N', description: 'TargetName is a domain name' },
  { name: 'NTLMSSP_NEGOTIATE_ALWAYS_SIGN', bit: 0x00008000, letter: 'M', description: 'signature block on all messages' },
  { name: 'NTLMSSP_RESERVED_R7', bit: 0x00004000, letter: 'r7', description: 'reserved, must be zero' },
  {
    name: 'NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED',
    bit: 0x00002000,
    letter: 'L',
    description: 'the Workstation field is present',
  },
  { name: 'NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED', bit: 0x00001000, letter: 'K', description: 'the DomainName field is present' },
  { name: 'NTLMSSP_NEGOTIATE_ANONYMOUS', bit: 0x00000800, letter: 'J', description: 'anonymous connection' },
  { name: 'NTLMSSP_RESERVED_R8', bit: 0x00000400, letter: 'r8', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_NEGOTIATE_NTLM', bit: 0x00000200, letter: 'H', description: 'NTLM v1 session security' },
  { name: 'NTLMSSP_RESERVED_R9', bit: 0x00000100, letter: 'r9', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_NEGOTIATE_LM_KEY', bit: 0x00000080, letter: 'G', description: 'LAN Manager session key' },
  { name: 'NTLMSSP_NEGOTIATE_DATAGRAM', bit: 0x00000040, letter: 'F', description: 'connectionless authentication' },
  { name: 'NTLMSSP_NEGOTIATE_SEAL', bit: 0x00000020, letter: 'E', description: 'session key for confidentiality' },
  { name: 'NTLMSSP_NEGOTIATE_SIGN', bit: 0x00000010, letter: 'D', description: 'session key for integrity' },
  { name: 'NTLMSSP_RESERVED_R10', bit: 0x00000008, letter: 'r10', description: 'reserved, must be zero' },
  { name: 'NTLMSSP_REQUEST_TARGET', bit: 0x00000004, letter: 'C', description: 'TargetName requested in the CHALLENGE_MESSAGE' },
  { name: 'NTLM_NEGOTIATE_OEM', bit: 0x00000002, letter: 'B', description: 'OEM character set' },
  { name: 'NTLMSSP_NEGOTIATE_UNICODE', bit: 0x00000001, letter: 'A', description: 'Unicode (UTF-16LE) character set' },
];

export const NTLMSSP_NEGOTIATE_56 = 0x80000000;
export const NTLMSSP_NEGOTIATE_KEY_EXCH = 0x40000000;
export const NTLMSSP_NEGOTIATE_128 = 0x20000000;
export const NTLMSSP_NEGOTIATE_VERSION = 0x02000000;
export const NTLMSSP_NEGOTIATE_TARGET_INFO = 0x00800000;
export const NTLMSSP_REQUEST_NON_NT_SESSION_KEY = 0x00400000;
export const NTLMSSP_NEGOTIATE_IDENTIFY = 0x00100000;
export const NTLMSSP_NEGOTIATE_EXTENDED_SESSIONSECURITY = 0x00080000;
export const NTLMSSP_TARGET_TYPE_SERVER = 0x00020000;
export const NTLMSSP_TARGET_TYPE_DOMAIN = 0x00010000;
export const NTLMSSP_NEGOTIATE_ALWAYS_SIGN = 0x00008000;
export const NTLMSSP_NEGOTIATE_OEM_WORKSTATION_SUPPLIED = 0x00002000;
export const NTLMSSP_NEGOTIATE_OEM_DOMAIN_SUPPLIED = 0x00001000;
export const NTLMSSP_NEGOTIATE_ANONYMOUS = 0x00000800;
export const NTLMSSP_NEGOTIATE_NTLM = 0x00000200;
export const NTLMSSP_NEGOTIATE_LM_KEY = 0x00000080;
export const NTLMSSP_NEGOTIATE_DATAGRAM = 0x00000040;
export const NTLMSSP_NEGOTIATE_SEAL = 0x00000020;
export const NTLMSSP_NEGOTIATE_SIGN = 0x00000010;
export const NTLMSSP_REQUEST_TARGET = 0x00000004;
export const NTLM_NEGOTIATE_OEM = 0x00000002;
export const NTLMSSP_NEGOTIATE_UNICODE = 0x00000001;

const RESERVED_MASK = NEGOTIATE_FLAGS.filter((f) => f.letter.startsWith('r')).reduce((m, f) => m | f.bit, 0) >>> 0;

/** Names of the bits set in `flags`, most significant first. */
export function negotiateFlagNames(flags: number): string[] {
  return NEGOTIATE_FLAGS.filter((f) => (flags & f.bit) !== 0).map((f) => f.name);
}

/** The bits of `flags` that MS-NLMP reserves (r1…r10). */
export function reservedNegotiateFlags(flags: number): number {
  return (flags & RESERVED_MASK) >>> 0;
}

/** Combines flag names into a number; throws a TypeError on an unknown name (a programming error). */
export function negotiateFlagsFromNames(names: readonly string[]): number {
  let flags = 0;
  for (const name of names) {
    const info = NEGOTIATE_FLAGS.find((f) => f.name === name);
    if (!info) throw new TypeError(`unknown NTLM negotiate flag ${JSON.stringify(name)}`);
    flags |= info.bit;
  }
  return flags >>> 0;
}

/**
 * MS-NLMP §2.2.2.5, bits A and B: Unicode wins when both are set; OEM when only B is; neither is an error
 * (SEC_E_INVALID_TOKEN), which a decoder reports and then reads as OEM.
 */
export function characterSet(flags: number): 'unicode' | 'oem' | 'none' {
  if (flags & NTLMSSP_NEGOTIATE_UNICODE) return 'unicode';
  if (flags & NTLM_NEGOTIATE_OEM) return 'oem';
  return 'none';
}
