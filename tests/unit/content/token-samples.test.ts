import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNegotiate } from '../../../src/lib/auth/negotiate';
import { decodeNtlmMessage } from '../../../src/lib/auth/ntlm/decode';
import { decodeBase64 } from '../../../src/lib/bytes';

// Readers paste the NTLM and Negotiate tokens shown on header and code pages into decoders: each complete one
// must decode cleanly. A token shown shortened (ending in "..." or "…") is checked as far as it goes: each DER
// length in its visible prefix must fit inside the length of the element that contains it (a wrong sample once
// had an OCTET STRING longer than its container).
const TOKEN = /\b(NTLM|Negotiate) ([A-Za-z0-9+/]{16,}={0,2})(\.\.\.|…)?/g;

interface Sample {
  file: string;
  scheme: string;
  token: string;
  shortened: boolean;
}

const mdxIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.mdx')).map((name) => join(dir, name));

const samples: Sample[] = [...mdxIn('content/headers'), ...mdxIn('content/codes')].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(TOKEN)].map((m) => ({ file, scheme: m[1]!, token: m[2]!, shortened: m[3] !== undefined })),
);

/** Walks the DER header chain from the start (outer tag, then into its first child while constructed). */
function nestedLengthsFit(bytes: Uint8Array): boolean {
  let offset = 0;
  let limit = Number.POSITIVE_INFINITY;
  while (offset + 2 <= bytes.length) {
    const tag = bytes[offset]!;
    let length = bytes[offset + 1]!;
    let header = 2;
    if (length & 0x80) {
      const count = length & 0x7f;
      if (offset + 2 + count > bytes.length) return true; // the visible prefix ends inside the header
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
      header += count;
    }
    const end = offset + header + length;
    if (end > limit) return false;
    if ((tag & 0x20) === 0) {
      // A primitive element: the next one starts after it, inside the same parent.
      offset = end;
      continue;
    }
    limit = end;
    offset += header;
  }
  return true;
}

describe('token samples on header and code pages', () => {
  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
    expect(samples.some((s) => s.scheme === 'Negotiate' && !s.shortened)).toBe(true);
  });

  it.each(samples.filter((s) => !s.shortened).map((s) => [s.file, s.scheme, s.token] as const))('%s: %s %s decodes cleanly', (_file, scheme, token) => {
    const diagnostics = scheme === 'NTLM' ? decodeNtlmMessage(token).diagnostics : decodeNegotiate(token).diagnostics;
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(samples.filter((s) => s.shortened && s.scheme === 'Negotiate').map((s) => [s.file, s.token] as const))(
    '%s: the shortened Negotiate %s has lengths that nest',
    (_file, token) => {
      const visible = token.slice(0, token.length - (token.length % 4));
      expect(nestedLengthsFit(decodeBase64(visible).bytes)).toBe(true);
    },
  );

  it('rejects the sample that was wrong (an OCTET STRING longer than its container)', () => {
    const wrong = 'YIIHBgYGKwYBBQUCoIIG+jCCBvagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCBsAEggm8';
    expect(nestedLengthsFit(decodeBase64(wrong).bytes)).toBe(false);
    expect(decodeNegotiate(wrong).diagnostics.length).toBeGreaterThan(0);
  });
});
