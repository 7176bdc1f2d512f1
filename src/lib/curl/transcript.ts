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

export class Transcript {
  readonly lines: TranscriptLine[] = [];

  constructor(private readonly verbose: boolean) {}

  /** "* text" — curl's informational lines (-v only). */
  info(text: string): void {
    if (this.verbose) this.lines.push({ stream: 'stderr', text: `* ${text}`, kind: 'info' });
  }

  /** Raw info line with its own prefix (curl's "*   Trying" has extra spaces). */
  infoRaw(text: string): void {
    if (this.verbose) this.lines.push({ stream: 'stderr', text, kind: 'info' });
  }

  send(headerLines: readonly string[]): void {
    if (!this.verbose) return;
    for (const l of headerLines) this.lines.push({ stream: 'stderr', text: `> ${l}`, kind: 'send' });
    this.lines.push({ stream: 'stderr', text: '> ', kind: 'send' });
  }

  recv(line: string): void {
    if (this.verbose) this.lines.push({ stream: 'stderr', text: `< ${line}`, kind: 'recv' });
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
