/**
 * Comparing a real curl's stderr with the simulator's: what legitimately differs between two runs is masked
 * (dates, nonces, Digest responses, NTLM challenges and responses, error-page lengths, pointers, local ports,
 * timings, certificate dates), and what real curl prints in a different place from run to run is put in one
 * place (TLS 1.3 session tickets are dropped; "Request completely sent off" goes right after the request head).
 */

/**
 * An NTLM token with what legitimately differs between two runs masked. Type 1 stays exact (curl's is fixed).
 * Type 2 (the proxy's) keeps its flags and TargetInfo length, not its server challenge. Type 3 keeps its layout
 * (every field's length and offset), flags, names and the NTLMv2 blob header, not the responses, which depend on
 * the server challenge, curl's random client challenge and the clock (MS-NLMP §2.2.1.3, §2.2.2.7).
 */
export function ntlmShape(b64: string): string {
  const b = Buffer.from(b64, 'base64');
  if (b.length < 12 || b.toString('latin1', 0, 8) !== 'NTLMSSP\0') return b64;
  const type = b.readUInt32LE(8);
  if (type === 1) return b64;
  if (type === 2 && b.length >= 32) {
    const flags = b.readUInt32LE(20);
    const info = flags & 0x00800000 && b.length >= 48 ? b.readUInt16LE(40) : 0;
    return `<type-2 flags=0x${flags.toString(16).padStart(8, '0')} targetInfo=${info}>`;
  }
  if (type === 3 && b.length >= 64) {
    const field = (name: string, at: number, text: boolean): string => {
      const len = b.readUInt16LE(at);
      const off = b.readUInt32LE(at + 4);
      const value = text ? ` '${b.toString('latin1', off, off + len)}'` : '';
      return `${name}=${len}@${off}${value}`;
    };
    const ntLen = b.readUInt16LE(20);
    const ntOff = b.readUInt32LE(24);
    const blob = ntLen > 24 ? ` blob=${b.toString('hex', ntOff + 16, ntOff + 24)}` : '';
    return [
      '<type-3',
      field('lm', 12, false),
      field('nt', 20, false) + blob,
      field('domain', 28, true),
      field('user', 36, true),
      field('host', 44, true),
      field('sessionKey', 52, false),
      `flags=0x${b.readUInt32LE(60).toString(16).padStart(8, '0')}`,
      `size=${b.length}>`,
    ].join(' ');
  }
  return `<type-${type}?>`;
}

const SENT_OFF = /^\* (Request completely sent off|upload completely sent off: \d+ bytes)$/;

/** One line with what legitimately differs between two runs masked; undefined drops it. */
export function maskLine(raw: string): string | undefined {
  const line = raw.replace(/\r$/, ''); // received header lines keep their CR
  if (/^[{}] \[\d+ bytes data\]$/.test(line)) return undefined; // stdout is not a terminal in tests
  // TLS 1.3 session tickets arrive whenever the server sends them: not at a fixed place in the transcript
  if (/Newsession Ticket|old SSL session ID is stale|TLS handshake, \[no content\] \(0\)/.test(line)) return undefined;
  return (
    line
      .replace(/^< Date: .*/, '< Date: <date>')
      .replace(/nonce="[^"]*"/g, 'nonce="<nonce>"')
      .replace(/cnonce="[^"]*"/g, 'cnonce="<cnonce>"')
      .replace(/response="[0-9a-f]+"/g, 'response="<response>"')
      .replace(/^< Content-Length: \d+$/, '< Content-Length: <n>')
      .replace(/^\* Ignore \d+ bytes/, '* Ignore <n> bytes')
      .replace(/0x[0-9a-f]+ \[serially\]/, '0x<ptr> [serially]')
      .replace(/^\* ( {1,3})(start|expire) date: .*/, '*$1$2 date: <date>')
      .replace(/ after \d+ ms/g, ' after <t> ms')
      .replace(/ from (\S+) port \d+/, ' from $1 port <local>')
      .replace(/squid\/[\d.]+/g, 'squid/<v>')
      // the TLS library is the machine's, not curl's: Debian's libssl3 point release differs between hosts
      .replace(/OpenSSL\/\d+\.\d+\.\d+[a-z]?/g, 'OpenSSL/<v>')
      .replace(
        /^([<>] Proxy-(?:Authorization|Authenticate): NTLM )([A-Za-z0-9+/=]+)$/,
        (_m, head: string, token: string) => head + ntlmShape(token),
      )
  );
}

/**
 * Masked lines, with "Request completely sent off" (curl 8.x) moved to right after the head it ends: 8.14.1
 * prints it before or after the response's first lines depending on timing.
 */
export function clean(lines: readonly string[]): string[] {
  const out: string[] = [];
  const unplaced: string[] = [];
  for (const raw of lines) {
    const l = maskLine(raw);
    if (l === undefined) continue;
    if (SENT_OFF.test(l)) {
      if (!insertSentOff(out, l)) unplaced.push(l);
      continue;
    }
    out.push(l);
  }
  return [...out, ...unplaced];
}

/** Places the line after the last request head ("> " line) that has none yet; false when there is none. */
function insertSentOff(out: string[], line: string): boolean {
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '> ') continue;
    if (SENT_OFF.test(out[i + 1] ?? '')) return false;
    out.splice(i + 1, 0, line);
    return true;
  }
  return false;
}

/** Length of the longest common subsequence: how many lines match in order. */
export function inOrder(a: readonly string[], b: readonly string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

export interface Tally {
  scenarios: number;
  sendIdentical: number;
  finalIdentical: number;
  infoReal: number;
  infoMatched: number;
  identical: number;
}

export const emptyTally = (): Tally => ({ scenarios: 0, sendIdentical: 0, finalIdentical: 0, infoReal: 0, infoMatched: 0, identical: 0 });

/** Adds one scenario's comparison to the tally. */
export function tallyOne(t: Tally, real: string[], sim: string[], realExit: number, simExit: number): void {
  const pick = (lines: string[], p: string): string[] => lines.filter((l) => l.startsWith(p));
  t.scenarios++;
  if (JSON.stringify(pick(real, '>')) === JSON.stringify(pick(sim, '>'))) t.sendIdentical++;
  if (real[real.length - 1] === sim[sim.length - 1] && realExit === simExit) t.finalIdentical++;
  const [ri, si] = [pick(real, '*'), pick(sim, '*')];
  // a line the simulator adds counts against it as much as one it misses
  t.infoReal += Math.max(ri.length, si.length);
  t.infoMatched += inOrder(ri, si);
  if (JSON.stringify(real) === JSON.stringify(sim) && realExit === simExit) t.identical++;
}

/** stdout with the Date of -i headers masked. */
export function cleanStdout(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/^([0-9a-f]{4}: )?Date: .*$/gm, '$1Date: <date>')
    .replace(/ after \d+ ms/g, ' after <t> ms')
    .replace(/ from (\S+) port \d+/g, ' from $1 port <local>');
}
