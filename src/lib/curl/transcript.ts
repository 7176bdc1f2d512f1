/**
 * A terminal transcript: what `curl` writes to stderr and stdout, in the order a user sees it.
 * Lines keep their stream so tests can compare each stream with the real curl separately.
 */

export type Stream = 'stderr' | 'stdout';

export interface TranscriptLine {
  stream: Stream;
  text: string;
  /** What produced it: curl's info ('*'), a sent header ('>'), a received header ('<'), the body, -w, the error. */
  kind: 'info' | 'send' | 'recv' | 'body' | 'headers' | 'write-out' | 'error' | 'usage';
}

/**
 * --trace-ascii instead of -v (src/tool_cb_dbg.c): info lines with the version's prefix, each sent head as one
 * "=> Send header" block and each received header line as its own "<= Recv header" block, with hex offsets.
 * Received body data ("<= Recv data") is not modelled. A `file` destination shows nothing on the terminal.
 */
export interface TraceAscii {
  stream: Stream | 'file';
  info: string;
}

export class Transcript {
  readonly lines: TranscriptLine[] = [];

  constructor(
    private readonly verbose: boolean,
    private readonly trace?: TraceAscii,
  ) {}

  /** "* text" — curl's informational lines (-v only). */
  info(text: string): void {
    this.infoRaw(`* ${text}`);
  }

  /** Raw info line with its own prefix (curl's "*   Trying" has extra spaces). */
  infoRaw(text: string): void {
    if (this.trace) this.traced('info', [this.trace.info + text.slice(2)]);
    else if (this.verbose) this.lines.push({ stream: 'stderr', text, kind: 'info' });
  }

  send(headerLines: readonly string[]): void {
    if (this.trace) return this.traced('send', traceBlock('=> Send header', [...headerLines, '']));
    if (!this.verbose) return;
    for (const l of headerLines) this.lines.push({ stream: 'stderr', text: `> ${l}`, kind: 'send' });
    this.lines.push({ stream: 'stderr', text: '> ', kind: 'send' });
  }

  recv(line: string): void {
    if (this.trace) this.traced('recv', traceBlock('<= Recv header', [line]));
    else if (this.verbose) this.lines.push({ stream: 'stderr', text: `< ${line}`, kind: 'recv' });
  }

  private traced(kind: TranscriptLine['kind'], texts: string[]): void {
    const stream = this.trace?.stream;
    if (stream === 'stdout' || stream === 'stderr') for (const text of texts) this.lines.push({ stream, text, kind });
  }

  stdout(text: string, kind: TranscriptLine['kind']): void {
    if (text === '') return;
    const parts = text.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    for (const p of parts) this.lines.push({ stream: 'stdout', text: p, kind });
  }

  stderr(text: string, kind: TranscriptLine['kind']): void {
    this.lines.push({ stream: 'stderr', text, kind });
  }

  /** The terminal view. */
  text(): string {
    return this.lines.map((l) => l.text + '\n').join('');
  }

  streamText(stream: Stream): string {
    return this.lines
      .filter((l) => l.stream === stream)
      .map((l) => l.text + '\n')
      .join('');
  }
}

/** A trace block: its title with the byte count (each line ends in CRLF), then each line at its hex offset. */
function traceBlock(title: string, lines: readonly string[]): string[] {
  const size = (l: string): number => new TextEncoder().encode(l).length + 2;
  const total = lines.reduce((n, l) => n + size(l), 0);
  const out = [`${title}, ${total} bytes (0x${total.toString(16)})`];
  let at = 0;
  for (const l of lines) {
    out.push(`${at.toString(16).padStart(4, '0')}: ${l}`);
    at += size(l);
  }
  return out;
}
