import { bench, describe } from 'vitest';
import { simulateCurl } from '../../src/lib/curl/simulate';
import { splitShellWords } from '../../src/lib/shell/words';
import { runSimulation } from '../../src/widgets/curl-simulator/run';
import { DEFAULT_STATE, type SimulatorState } from '../../src/widgets/curl-simulator/state';

// Big pastes: the lexer appends runs of ordinary characters as slices, and the simulator lexes a command once
// per render (the network model, the run and the fix suggestions share one parse).
const MB = 1_000_000;
const WORD = 'a'.repeat(MB);
const QUOTED = `"${'b'.repeat(MB)}"`;
const BIG_URL = `curl -v -x http://proxy.example.com:3128 http://example.com/${'p'.repeat(MB)}`;
const HEADERS = `curl -v -x http://proxy.example.com:3128 http://example.com/ ${'-H "X-Pad: yyyyyyyyyy" '.repeat(45_000)}`;
const state = (command: string): SimulatorState => ({ ...DEFAULT_STATE, command });

describe('shell words, 1 MB', () => {
  bench('one unquoted word', () => {
    splitShellWords(WORD);
  });
  bench('one double-quoted word', () => {
    splitShellWords(QUOTED);
  });
});

describe('curl simulator render, 1 MB command', () => {
  bench('simulateCurl, one URL word', () => {
    simulateCurl({ command: BIG_URL, seed: 1 });
  });
  bench('runSimulation (widget), one URL word', () => {
    runSimulation(state(BIG_URL));
  });
  bench('runSimulation (widget), 45 000 -H options', () => {
    runSimulation(state(HEADERS));
  });
});
