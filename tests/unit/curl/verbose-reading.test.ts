import { describe, expect, it } from 'vitest';
import { readVerboseTranscript } from '../../../src/lib/curl/verbose-reading';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import { splitShellWords } from '../../../src/lib/shell/words';
import { findCurlInvocation } from '../../../src/lib/shell/find-curl';

// A transcript of real curl 7.88.1 against Squid 5.7 (tests/interop), trimmed.
const PASTED = `*   Trying 127.0.0.1:3128...
* Connected to 127.0.0.1 (127.0.0.1) port 3128 (#0)
* Establish HTTP proxy tunnel to example.com:443
* Proxy auth using Basic with user 'alice'
> CONNECT example.com:443 HTTP/1.1
> Host: example.com:443
> Proxy-Authorization: Basic YWxpY2U6d3Jvbmc=
> User-Agent: curl/7.88.1
>
< HTTP/1.1 407 Proxy Authentication Required
< Server: squid/5.7
< Proxy-Authenticate: Basic realm="proxy"
< Proxy-Authenticate: NTLM
<
* CONNECT tunnel failed, response 407
* Closing connection 0
curl: (56) CONNECT tunnel failed, response 407`;

describe('readVerboseTranscript', () => {
  it('reads requests, statuses, offered and sent schemes and the exit line', () => {
    expect(readVerboseTranscript(PASTED)).toEqual({
      lines: 17,
      requests: ['CONNECT example.com:443 HTTP/1.1'],
      statuses: [407],
      offered: ['Basic', 'NTLM'],
      sent: ['Basic'],
      exit: { code: 56, message: 'CONNECT tunnel failed, response 407' },
    });
  });
  it('does not take a command or prose for a transcript', () => {
    expect(readVerboseTranscript('curl -v -x http://p:3128 https://e/')).toBeUndefined();
    expect(readVerboseTranscript('hello\nworld\n* one')).toBeUndefined();
  });
  it('is linear and bounded on 3 MB', () => {
    const r = readVerboseTranscript('< Proxy-Authenticate: Basic\n> GET / HTTP/1.1\n'.repeat(70_000));
    expect(r?.requests.length).toBe(50);
  });
});

describe('the simulator marks where a failure comes from', () => {
  it('marks a port above 65535 in -x and in the URL', () => {
    const c = 'curl -v -x http://proxy.example.com:99999 https://example.com/';
    const d = simulateCurl({ command: c }).diagnostics.find((x) => x.code === 'proxy-syntax')!;
    expect([c.slice(d.start, d.end), d.message]).toEqual(['99999', '99999 is not a port number (0 to 65535)']);
    const u = 'curl -v https://example.com:70000/';
    const e = simulateCurl({ command: u }).diagnostics.find((x) => x.code === 'bad-url')!;
    expect(u.slice(e.start, e.end)).toBe('70000');
  });
  it('marks an unresolvable proxy or server name', () => {
    const c = 'curl -v -x http://nope.invalid:3128 https://example.com/';
    const d = simulateCurl({ command: c }).diagnostics.find((x) => x.code === 'proxy-unresolvable')!;
    expect(c.slice(d.start, d.end)).toBe('nope.invalid');
  });
});

describe('wget', () => {
  const note = (text: string) => {
    const diagnostics: { code: string; message: string }[] = [];
    findCurlInvocation(splitShellWords(text), diagnostics as never[]);
    return diagnostics.find((d) => d.code === 'wget')?.message ?? '';
  };
  it('is GNU Wget in a POSIX shell, and the Invoke-WebRequest alias only in Windows PowerShell 5.1', () => {
    expect(note('wget https://example.com/')).toContain('GNU Wget');
    expect(note('wget https://example.com/')).toMatch(/^On Linux and macOS wget is GNU Wget/);
    expect(note('wget `\n  https://example.com/')).toMatch(/^In Windows PowerShell 5.1, wget is an alias of Invoke-WebRequest/);
  });
});
