import { bench, describe } from 'vitest';
import { parseCurlCommand } from '../../src/lib/curl/options';
import { simulateCurl } from '../../src/lib/curl/simulate';

// A 10-option command as people paste it.
const COMMAND = `https_proxy=http://proxy.example:3128 curl -v -sS -f -L -k \\
  --proxy-anyauth -U 'alice:s3cret' -H 'Accept: application/json' \\
  -d '{"a":1}' -w '%{http_code} %{http_connect}\\n' https://api.example.com/v1/items`;
const NETWORK = { proxies: { 'proxy.example:3128': { schemes: ['Basic', 'Digest'] as ('Basic' | 'Digest')[] } } };

describe('curl engine, 10-option command', () => {
  bench('parseCurlCommand', () => {
    parseCurlCommand(COMMAND);
  });
  bench('simulateCurl (CONNECT, anyauth → Digest)', () => {
    simulateCurl({ command: COMMAND, network: NETWORK, seed: 1 });
  });
});
