/**
 * simulateCurl against the real curl 7.88.1 (the host's), 8.14.1 and 8.23.0 (Debian chroots, built by
 * scripts/curl-chroots.mjs) and real Squids, line by line: every scenario of scenarios.ts, for every version,
 * compared with the simulator's profile of that version after masking what legitimately varies (compare.ts).
 * Prints (and writes to .cache/interop-report.txt) per version: scenarios, identical `>` lines, identical final
 * line and exit code, and the share of `*` lines that match in order. INTEROP_DUMP=dir writes both transcripts
 * of every run there, for reading the differences.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curlVersions } from '../../scripts/curl-chroots.mjs';
import { buildCurlType3, readCurlType2 } from '../../src/lib/curl/ntlm-type3';
import { simulateCurl } from '../../src/lib/curl/simulate';
import { clean, cleanStdout, emptyTally, tallyOne, type Tally } from './compare';
import { startLab, type Lab } from './lab';
import { bindPoint, runCurl, type RealCurl } from './real-curl';
import { SCENARIOS, type Scenario } from './scenarios';

const VERSIONS: RealCurl[] = curlVersions();
const tallies = new Map<string, Tally>(VERSIONS.map((v) => [v.version, emptyTally()]));
const dump = process.env['INTEROP_DUMP'];
let lab: Lab;
let unbind: (() => void)[] = [];

beforeAll(async () => {
  const absent = VERSIONS.filter((v) => v.root && !existsSync(join(v.root, 'usr/bin/curl')));
  if (absent.length > 0)
    throw new Error(`No chroot with curl at ${absent.map((v) => v.root).join(', ')}: run \`node scripts/curl-chroots.mjs\` as root.`);
  lab = await startLab();
  unbind = VERSIONS.map((v) => bindPoint(v, lab.dir));
  if (dump) mkdirSync(dump, { recursive: true });
});

afterAll(async () => {
  for (const u of unbind) u();
  if (lab) await lab.stop();
  const report = formatReport();
  console.log(report);
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/interop-report.txt', report);
});

function formatReport(): string {
  const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);
  const rows = VERSIONS.map((v) => {
    const t = tallies.get(v.version)!;
    return [
      `curl ${v.version} (${v.label})`,
      `  scenarios run:                     ${t.scenarios}`,
      `  identical transcripts + exit code: ${t.identical}/${t.scenarios}`,
      `  identical '>' lines:               ${t.sendIdentical}/${t.scenarios}`,
      `  identical final line + exit code:  ${t.finalIdentical}/${t.scenarios}`,
      `  '*' lines matching in order:       ${t.infoMatched}/${t.infoReal} = ${pct(t.infoMatched, t.infoReal)}`,
    ].join('\n');
  });
  return ['Interop: real curl vs simulateCurl (npx vitest run --project interop)', ...rows].join('\n');
}

/**
 * Lines a real curl prints or not from run to run (timing), left out on both sides for that version:
 * 7.88.1's threaded resolver sometimes adds a second report for a name that does not resolve, and 8.14.1
 * prints "Request completely sent off" before, after or without the response's first lines.
 */
const UNSTABLE: Record<string, RegExp> = {
  '7.88.1': /^\* Couldn't resolve proxy '/,
  '8.14.1': /^\* Request completely sent off$/,
};

const shellQuote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

async function compare(v: RealCurl, sc: Scenario, index: number): Promise<void> {
  const args = sc.args(lab);
  const env = sc.env?.(lab) ?? {};
  const real = await runCurl(v, lab.dir, args, env);
  const command = `curl ${args.map(shellQuote).join(' ')}`;
  const sim = simulateCurl({ command, env, network: lab.network(), curlVersion: v.version });
  const simStderr = sim.lines.filter((l) => l.stream === 'stderr').map((l) => l.text);
  const simStdout = sim.lines
    .filter((l) => l.stream === 'stdout')
    .map((l) => l.text + '\n')
    .join('');
  const stable = (lines: string[]): string[] => lines.filter((l) => !UNSTABLE[v.version]?.test(l));
  const [r, s] = [stable(clean(real.stderr)), stable(clean(simStderr))];
  tallyOne(tallies.get(v.version)!, r, s, real.exitCode, sim.exitCode);
  if (dump) {
    const head = `# ${sc.group}: ${sc.title}\n# ${Object.entries(env)
      .map(([k, x]) => `${k}=${x} `)
      .join('')}${command}\n`;
    const file = (what: string, lines: string[], exit: number, out: string): void =>
      writeFileSync(
        join(dump, `${v.version}-${String(index).padStart(2, '0')}-${what}.txt`),
        `${head}${lines.join('\n')}\n# exit ${exit}\n${out}`,
      );
    file('real', r, real.exitCode, real.stdout);
    file('sim', s, sim.exitCode, simStdout);
  }
  expect(s).toEqual(r);
  expect(sim.exitCode).toBe(real.exitCode);
  if (sc.stdout) expect(cleanStdout(simStdout)).toBe(cleanStdout(real.stdout));
}

for (const v of VERSIONS) {
  describe(`curl ${v.version} (${v.label}) and Squid against simulateCurl`, () => {
    SCENARIOS.forEach((sc, i) => {
      it(`${sc.group}: ${sc.title}`, () => compare(v, sc, i));
    });
    it("NTLM: the simulator's type-3 equals curl's byte for byte, given curl's type-2, client challenge and clock", async () => {
      const args = [
        '-sSv',
        '-o',
        '/dev/null',
        '-x',
        `http://127.0.0.1:${lab.ports['ntlm']}`,
        '--proxy-ntlm',
        '-U',
        'EXAMPLE\\alice:secret',
      ];
      const real = await runCurl(v, lab.dir, [...args, `http://127.0.0.1:${lab.originPort}/`], {});
      const sim = simulateCurl({ command: 'curl --proxy-ntlm -U u:p http://x/', curlVersion: v.version });
      if (sim.exitCode === 2) {
        // a build without NTLM: the option is refused before anything is sent, by the real curl too
        expect(real.exitCode).toBe(2);
        expect(real.stderr[0]).toBe('curl: option --proxy-ntlm: the installed libcurl version does not support this');
        return;
      }
      const token = (prefix: string): string =>
        real.stderr
          .map((l) => l.replace(/\r$/, ''))
          .find((l) => l.startsWith(prefix) && !l.includes('TlRMTVNTUAAB'))
          ?.slice(prefix.length) ?? '';
      const type2 = readCurlType2(token('< Proxy-Authenticate: NTLM '));
      const type3 = Buffer.from(token('> Proxy-Authorization: NTLM '), 'base64');
      expect(type2).toBeDefined();
      const nt = type3.readUInt32LE(24); // NTLMv2 blob (MS-NLMP §2.2.2.7): time at +8, client challenge at +16
      const built = buildCurlType3({
        type2: type2!,
        user: 'EXAMPLE\\alice',
        password: 'secret',
        clientChallenge: new Uint8Array(type3.subarray(nt + 32, nt + 40)),
        time: type3.readBigUInt64LE(nt + 24),
      });
      expect(built.version).toBe('NTLMv2');
      expect(built.base64).toBe(type3.toString('base64'));
    });
  });
}
