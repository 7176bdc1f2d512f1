import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS } from '../../../src/lib/diagnostics';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import { withoutSecrets } from '../../../src/lib/curl/secrets';
import { readVerboseTranscript } from '../../../src/lib/curl/verbose-reading';
import { fixesFor } from '../../../src/lib/curl/fix-rules';

// The fuzz patterns of the shell and curl tests, each repeated to 3 MB: unclosed quotes and substitutions,
// escapes, continuations of every dialect, options by the hundred thousand, credentials everywhere.
const PATTERNS = [
  '"$(a',
  "'",
  '\\',
  "$'\\x",
  '^\n',
  '`\n',
  '-H "X: y" ',
  '-- ',
  '--bogus ',
  '-vU a:b ',
  '-x a:b@c:99999 ',
  'http://u:p@h ',
  '> Proxy-Authorization: Basic x\n',
  '< HTTP/1.1 407 x\n',
  '\u{1F600}|&;<>(){}',
];
const SIZE = 3_000_000;

function check(command: string): void {
  const r = simulateCurl({ command });
  expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 2);
  for (const d of r.diagnostics) expect(d.end).toBeLessThanOrEqual(command.length);
  expect(() => fixesFor({ facts: r.facts, request: r.request, command })).not.toThrow();
  expect(withoutSecrets(command).length).toBeGreaterThan(0);
  readVerboseTranscript(command);
}

describe('large inputs of the fuzz patterns', () => {
  it('3 MB made of every pattern in turn (200 KB each) never throws and stays bounded', () => {
    const command = `curl -v -x http://p:3128 https://e/ ${PATTERNS.map((p) => p.repeat(Math.ceil(SIZE / PATTERNS.length / p.length))).join('')}`;
    expect(command.length).toBeGreaterThanOrEqual(SIZE);
    check(command);
  }, 120_000);
  for (const p of PATTERNS) {
    it(`300 KB of ${JSON.stringify(p)} never throws and stays bounded`, () => {
      check(`curl -v -x http://p:3128 https://e/ ${p.repeat(Math.ceil(300_000 / p.length))}`);
    }, 60_000);
  }
});
