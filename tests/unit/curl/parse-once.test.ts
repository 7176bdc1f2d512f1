import { describe, expect, it } from 'vitest';
import { fixesFor } from '../../../src/lib/curl/fix-rules';
import { parseCurlCommand } from '../../../src/lib/curl/options';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import type { NetworkModel } from '../../../src/lib/proxy-model/network';
import { runSimulation } from '../../../src/widgets/curl-simulator/run';
import type { SimulatorState } from '../../../src/widgets/curl-simulator/state';

// The simulator lexes and parses a command once per render and hands the parse to the run and the fix rules;
// each must give exactly what it gives when it reads the text itself.
const NETWORK: NetworkModel = {
  proxies: {
    'p.example:3128': { schemes: ['NTLM'], accounts: [{ user: 'alice', password: 'secret' }] },
    'q.example:1080': { listening: false },
  },
};
const ENV = { https_proxy: 'http://p.example:3128' };
const COMMANDS = [
  'curl -v -U alice:secret -x p.example:3128 https://e.com/',
  'curl -v --proxy-basic --proxy-digest -U alice:secret -x p.example:3128 https://e.com/',
  'curl -v -x q.example https://e.com/',
  'curl -v -x "http://al@ce:p@ss@p.example:3128" https://e.com/',
  'export https_proxy=http://p.example:3128\nX=1 curl -U "alice:$PW" https://e.com/',
  "curl -v -x p.example:3128 'https://e.com/a b'",
  'curl -v -u alice:secret -x p.example:3128 http://e.com/',
];

describe('a command parsed once', () => {
  for (const command of COMMANDS) {
    describe(`with ${JSON.stringify(command)}`, () => {
      it('simulates exactly as when simulateCurl parses it itself', () => {
        const parsed = parseCurlCommand(command, { env: ENV, curlVersion: '8.20.0' });
        const before = structuredClone(parsed.diagnostics);
        const given = simulateCurl({ command, env: ENV, curlVersion: '8.20.0', network: NETWORK, seed: 1, parsed });
        const own = simulateCurl({ command, env: ENV, curlVersion: '8.20.0', network: NETWORK, seed: 1 });
        expect(given).toEqual(own);
        expect(parsed.diagnostics).toEqual(before);
      });
      it('gets the same fixes with the parse’s shell words as with its own lexing', () => {
        const parsed = parseCurlCommand(command, { env: ENV });
        const r = simulateCurl({ command, env: ENV, network: NETWORK, seed: 1, parsed });
        const withWords = fixesFor({ facts: r.facts, request: r.request, command, shell: parsed.shell });
        expect(withWords).toEqual(fixesFor({ facts: r.facts, request: r.request, command }));
        expect(withWords.length).toBeGreaterThan(0);
      });
    });
  }
  it('the widget run suggests the corrected command from the single parse', () => {
    const state: SimulatorState = {
      command: 'curl -v -U alice:secret -x p.example:3128 https://e.com/',
      env: '',
      schemes: ['NTLM'],
      user: '',
      password: '',
      reach: 'reachable',
      originTls: 'trusted',
      version: '7.88.1',
    };
    const fixes = runSimulation(state).fixes;
    expect(fixes.find((f) => f.id === 'use-proxy-ntlm')?.command).toBe(
      'curl --proxy-ntlm -v -U alice:secret -x p.example:3128 https://e.com/',
    );
  });
});
