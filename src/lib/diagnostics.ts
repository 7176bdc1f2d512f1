/**
 * A problem found in user input, located by UTF-16 offsets into that input so a UI can underline it.
 * Parsers never throw on input: they return a result and a list of these.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, kebab-case, e.g. "unterminated-quoted-string". */
  code: string;
  /** One human sentence, no trailing period required. */
  message: string;
  /** Offset of the first character concerned (0-based, UTF-16 code units). */
  start: number;
  /** Offset just past the last character concerned; `end >= start`. */
  end: number;
}

export function diagnostic(severity: Severity, code: string, message: string, start: number, end: number = start): Diagnostic {
  return { severity, code, message, start, end: Math.max(start, end) };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Moves diagnostics found in a slice of the input so they point into the whole input. */
export function shiftDiagnostics(diagnostics: readonly Diagnostic[], by: number): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, start: d.start + by, end: d.end + by }));
}

/** Clamps offsets into [0, length]: a safety net for results assembled from several sources. */
export function clampDiagnostics(diagnostics: readonly Diagnostic[], length: number): Diagnostic[] {
  return diagnostics.map((d) => {
    const start = Math.min(Math.max(0, d.start), length);
    return { ...d, start, end: Math.min(Math.max(start, d.end), length) };
  });
}
