import type { Diagnostic } from '../../diagnostics';
import { diagnostic } from '../../diagnostics';

/** MS-NLMP §2.2.2.10 VERSION: 8 bytes, for debugging only. */
export interface NtlmVersion {
  major: number;
  minor: number;
  build: number;
  /** NTLMRevisionCurrent; 0x0F is NTLMSSP_REVISION_W2K3, the only value the spec defines. */
  ntlmRevision: number;
  offset: number;
  length: 8;
}

export const NTLMSSP_REVISION_W2K3 = 0x0f;
export const VERSION_LENGTH = 8;

/** Reads a VERSION at `offset`; the caller has checked that 8 bytes are there. */
export function readVersion(bytes: Uint8Array, offset: number, diagnostics: Diagnostic[]): NtlmVersion {
  const version: NtlmVersion = {
    major: bytes[offset]!,
    minor: bytes[offset + 1]!,
    build: bytes[offset + 2]! | (bytes[offset + 3]! << 8),
    ntlmRevision: bytes[offset + 7]!,
    offset,
    length: 8,
  };
  if (version.ntlmRevision !== NTLMSSP_REVISION_W2K3) {
    diagnostics.push(
      diagnostic(
        'info',
        'ntlm-unusual-revision',
        `NTLMRevisionCurrent is 0x${version.ntlmRevision.toString(16)}, MS-NLMP §2.2.2.10 defines only 0x0F`,
        offset + 7,
        offset + 8,
      ),
    );
  }
  return version;
}

export interface VersionInput {
  major: number;
  minor: number;
  build: number;
  ntlmRevision?: number;
}

/** The 8 bytes of a VERSION; throws a TypeError when a number does not fit its field. */
export function encodeVersion(version: VersionInput): Uint8Array {
  const revision = version.ntlmRevision ?? NTLMSSP_REVISION_W2K3;
  checkUint('version.major', version.major, 0xff);
  checkUint('version.minor', version.minor, 0xff);
  checkUint('version.build', version.build, 0xffff);
  checkUint('version.ntlmRevision', revision, 0xff);
  return new Uint8Array([version.major, version.minor, version.build & 0xff, version.build >> 8, 0, 0, 0, revision]);
}

export function describeVersion(version: Pick<NtlmVersion, 'major' | 'minor' | 'build' | 'ntlmRevision'>): string {
  return `${version.major}.${version.minor} (build ${version.build}), NTLM revision ${version.ntlmRevision}`;
}

function checkUint(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new TypeError(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
}
