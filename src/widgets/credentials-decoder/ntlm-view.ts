/**
 * The view of one decoded NTLM message (MS-NLMP §2.2.1): its place in the handshake, NegotiateFlags as hex and
 * named bits (§2.2.2.5), every field with its byte offset and length, AV pairs (§2.2.2.1), Version (§2.2.2.10),
 * the NTLMv2_RESPONSE structure (§2.2.2.8) and what the message reveals. Pure: used at build time and in the browser.
 */
import type { NtlmMessage } from '../../lib/auth/ntlm';
import { NEGOTIATE_FLAGS, describeVersion, type AvPair, type NtlmVersion, type NtlmFieldLocation } from '../../lib/auth/ntlm';
import { toHex } from '../../lib/bytes';
import { v, vdl, vtable, type VChild, type VElement } from '../shared/view';

const HANDSHAKE: Record<1 | 2 | 3, string> = {
  1: 'Step 1 of 3: the client opens the handshake (NEGOTIATE_MESSAGE, "type 1"), sent in Proxy-Authorization: NTLM … on the first retry after the 407. It carries no secret.',
  2: 'Step 2 of 3: the proxy answers with a second 407 whose Proxy-Authenticate: NTLM … holds this CHALLENGE_MESSAGE ("type 2"): its server challenge and target information.',
  3: 'Step 3 of 3: the client proves it knows the password (AUTHENTICATE_MESSAGE, "type 3"), on the same TCP connection. The proxy then forwards the request or answers 407 again.',
};

/** Max bytes of a field value shown as hex. */
const HEX_CAP = 512;

export function ntlmView(message: NtlmMessage, bytes: Uint8Array, level: 'h4' | 'h5' = 'h4'): VElement {
  const sub: 'h4' | 'h5' = level;
  return v(
    'div',
    { class: 'w-ntlm', 'data-ntlm-type': message.type },
    v('p', {}, v('strong', {}, `${message.typeName} (type ${message.type})`), ` — ${bytes.length} bytes. `, HANDSHAKE[message.type]),
    v(sub, {}, 'NegotiateFlags'),
    flagsView(message.flags),
    v(sub, {}, 'Fields'),
    fieldsTable(message, bytes),
    message.type === 2 && message.targetInfo
      ? [v(sub, {}, 'Target information (AV pairs)'), avPairsTable(message.targetInfo, 'AV pairs of TargetInfo')]
      : null,
    message.version ? [v(sub, {}, 'Version'), versionView(message.version)] : null,
    message.type === 3 ? authenticateDetails(message, sub) : null,
    v(sub, {}, 'What it reveals'),
    v('ul', {}, ...reveals(message).map((r) => v('li', {}, r))),
  );
}

function flagsView(flags: number): VElement {
  const set = NEGOTIATE_FLAGS.filter((f) => (flags & f.bit) >>> 0 !== 0);
  return v(
    'div',
    {},
    v(
      'p',
      {},
      'Value: ',
      v('code', { 'data-ntlm-flags': '' }, `0x${(flags >>> 0).toString(16).padStart(8, '0')}`),
      ` (${set.length} bits set)`,
    ),
    set.length > 0
      ? v(
          'ul',
          { class: 'w-flags' },
          ...set.map((f) =>
            v('li', {}, v('code', {}, f.name), ` (bit ${f.letter}, 0x${f.bit.toString(16).padStart(8, '0')}): ${f.description}`),
          ),
        )
      : null,
  );
}

/** Every field: the fixed header fields (from the decoder's layout) and the payloads they point at. */
function fieldsTable(message: NtlmMessage, bytes: Uint8Array): VElement {
  const rows: { name: string; offset: number; length: number; value: string }[] = [];
  const seen = new Set<string>();
  const add = (name: string, offset: number, length: number, value: string) => {
    const key = `${name}@${offset}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ name, offset, length, value });
  };
  add('Signature', 0, 8, '"NTLMSSP\\0"');
  add('MessageType', 8, 4, String(message.type));
  // The layout lists header fields and payloads; a payload the decoder read as text or hex shows that value.
  const located = new Map<string, string>();
  for (const [, loc] of payloads(message)) if (loc) located.set(`${loc.offset}:${loc.length}`, loc.value);
  for (const f of message.layout) add(f.name, f.offset, f.length, located.get(`${f.offset}:${f.length}`) ?? headerValue(message, f, bytes));
  const inLayout = new Set(message.layout.map((f) => `${f.offset}:${f.length}`));
  for (const [name, loc] of payloads(message)) {
    if (loc && !inLayout.has(`${loc.offset}:${loc.length}`)) add(name, loc.offset, loc.length, loc.value);
  }
  rows.sort((a, b) => a.offset - b.offset);
  return vtable(
    `Fields of the ${message.typeName}, with byte offset and length`,
    ['Field', 'Offset', 'Length', 'Value'],
    rows.map((r) => [v('code', {}, r.name), String(r.offset), String(r.length), v('span', { class: 'w-mono' }, cap(r.value))]),
  );
}

type Loc = { value: string; offset: number; length: number } | undefined;

function payloads(message: NtlmMessage): [string, Loc][] {
  switch (message.type) {
    case 1:
      return [
        ['DomainName', message.domain],
        ['Workstation', message.workstation],
      ];
    case 2:
      return [
        ['TargetName', message.targetName],
        ['ServerChallenge', message.serverChallenge],
        ['TargetInfo', message.targetInfoBytes],
      ];
    case 3:
      return [
        ['LmChallengeResponse', message.lmChallengeResponse],
        ['NtChallengeResponse', message.ntChallengeResponse],
        ['DomainName', message.domain],
        ['UserName', message.user],
        ['Workstation', message.workstation],
        ['EncryptedRandomSessionKey', message.encryptedRandomSessionKey],
        ['MIC', message.mic],
      ];
  }
}

function headerValue(message: NtlmMessage, f: NtlmFieldLocation, bytes: Uint8Array): string {
  const raw = bytes.subarray(f.offset, f.offset + f.length);
  if (raw.length < f.length) return 'beyond the end of the message';
  if (f.name === 'NegotiateFlags') return `0x${(message.flags >>> 0).toString(16).padStart(8, '0')}`;
  if (f.name.endsWith('Fields') && raw.length === 8) {
    const len = raw[0]! | (raw[1]! << 8);
    const maxLen = raw[2]! | (raw[3]! << 8);
    const off = (raw[4]! | (raw[5]! << 8) | (raw[6]! << 16) | (raw[7]! << 24)) >>> 0;
    return `Len ${len}, MaxLen ${maxLen}, BufferOffset ${off}`;
  }
  return cap(toHex(raw));
}

function cap(text: string): string {
  return text.length > HEX_CAP * 2 ? `${text.slice(0, HEX_CAP * 2)} … (${text.length - HEX_CAP * 2} more characters)` : text;
}

function avPairsTable(pairs: readonly AvPair[], caption: string): VElement {
  return vtable(
    caption,
    ['AvId', 'Name', 'Offset', 'Length', 'Value'],
    pairs.map((p) => [
      String(p.id),
      v('code', {}, p.name),
      String(p.offset),
      String(p.length),
      v(
        'span',
        { class: 'w-mono' },
        typeof p.value === 'number'
          ? `0x${p.value.toString(16).padStart(8, '0')}${p.flagNames?.length ? ` (${p.flagNames.join(', ')})` : ''}`
          : String(p.value),
      ),
    ]),
  );
}

function versionView(version: NtlmVersion): VElement {
  return v(
    'p',
    {},
    `Windows ${describeVersion(version)}, at offset ${version.offset}. `,
    v('span', { class: 'w-note' }, 'Debugging information only: MS-NLMP says not to act on it.'),
  );
}

function authenticateDetails(message: Extract<NtlmMessage, { type: 3 }>, sub: 'h4' | 'h5'): VChild {
  const r = message.ntlmv2Response;
  return [
    v('p', {}, 'Response kind: ', v('strong', { 'data-ntlm-kind': '' }, message.responseKind)),
    r
      ? [
          v(sub, {}, 'NTLMv2 response (NtChallengeResponse)'),
          vdl([
            [
              'NTProofStr',
              v(
                'span',
                {},
                `${r.ntProofStr.value} (offset ${r.ntProofStr.offset}, 16 bytes): HMAC-MD5 over the server challenge and the blob below, keyed with NTOWFv2`,
              ),
            ],
            r.respType !== undefined ? ['RespType / HiRespType', `${r.respType} / ${r.hiRespType ?? '?'}`] : null,
            r.timestamp ? ['TimeStamp', `${r.timestamp.value} (FILETIME ${r.timestamp.filetime}, offset ${r.timestamp.offset})`] : null,
            r.clientChallenge ? ['Client challenge', `${r.clientChallenge.value} (offset ${r.clientChallenge.offset}, 8 bytes)`] : null,
          ]),
          r.avPairs.length > 0 ? avPairsTable(r.avPairs, 'AV pairs echoed in the NTLMv2 response') : null,
        ]
      : null,
    message.mic ? v('p', {}, `MIC (message integrity code): ${message.mic.value} at offset ${message.mic.offset}.`) : null,
  ];
}

function reveals(message: NtlmMessage): string[] {
  const out: string[] = [];
  if (message.type === 1) {
    if (message.domain) out.push(`The client's domain: ${message.domain.value}`);
    if (message.workstation) out.push(`The client's workstation name: ${message.workstation.value}`);
    if (out.length === 0) out.push('Nothing about the user: a type 1 message only lists capabilities (flags).');
  } else if (message.type === 2) {
    if (message.targetName) out.push(`The proxy's authentication target (domain or server): ${message.targetName.value}`);
    for (const p of message.targetInfo ?? []) {
      if (p.name === 'MsvAvNbComputerName' || p.name === 'MsvAvDnsComputerName')
        out.push(`The proxy's host name (${p.name}): ${String(p.value)}`);
      if (p.name === 'MsvAvNbDomainName' || p.name === 'MsvAvDnsDomainName' || p.name === 'MsvAvDnsTreeName')
        out.push(`The Windows domain (${p.name}): ${String(p.value)}`);
    }
    if (message.version) out.push(`The server's Windows version: ${describeVersion(message.version)}`);
    if (out.length === 0) out.push('Only the server challenge: no names in this message.');
  } else {
    if (message.user) out.push(`The user name: ${message.user.value}`);
    if (message.domain) out.push(`The user's domain: ${message.domain.value}`);
    if (message.workstation) out.push(`The client machine: ${message.workstation.value}`);
    out.push(
      message.responseKind === 'NTLMv2'
        ? 'Not the password, but the NTLMv2 response lets anyone who captured the type 2 and type 3 messages try passwords offline: treat it as sensitive.'
        : `A ${message.responseKind} response: weak; it can be cracked offline quickly. Proxies should require NTLMv2.`,
    );
  }
  return out;
}
