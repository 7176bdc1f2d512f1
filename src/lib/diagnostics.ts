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

/** The most diagnostics any parser returns: a UI cannot show a million underlines, and memory stays bounded. */
export const MAX_DIAGNOSTICS = 200;

/** Appends `items` to `target` one by one (a spread push overflows the stack on a long list), shifted by `by`. */
export function appendDiagnostics(target: Diagnostic[], items: readonly Diagnostic[], by = 0): void {
  for (const d of items) target.push(by === 0 ? d : { ...d, start: d.start + by, end: d.end + by });
}

const DROPPED = new WeakMap<Diagnostic[], () => number>();

/**
 * A diagnostics list for a parser to push into that keeps at most `max` entries and counts the rest, so a
 * pathological 3 MB input costs a few hundred objects, not a million. {@link finishDiagnostics} adds the
 * "and N more" entry. It is an ordinary array otherwise (the parsers pass it down as `Diagnostic[]`).
 */
export function boundedDiagnostics(max = MAX_DIAGNOSTICS): Diagnostic[] {
  const list: Diagnostic[] = [];
  let dropped = 0;
  Object.defineProperty(list, 'push', {
    enumerable: false,
    value: (...items: Diagnostic[]): number => {
      for (const d of items) {
        if (list.length < max) Array.prototype.push.call(list, d);
        else dropped++;
      }
      return list.length;
    },
  });
  DROPPED.set(list, () => dropped);
  return list;
}

/** A plain copy of `list` (bounded or not), capped, with the "and N more" entry when anything was left out. */
export function finishDiagnostics(list: readonly Diagnostic[], length: number, max = MAX_DIAGNOSTICS): Diagnostic[] {
  const dropped = DROPPED.get(list as Diagnostic[])?.() ?? 0;
  const kept = list.slice(0, max);
  const rest = list.length - kept.length + dropped;
  if (rest === 0) return kept;
  const from = Math.min(kept[kept.length - 1]?.end ?? 0, length);
  kept.push(
    diagnostic('info', 'more-diagnostics', `and ${rest} more problem${rest === 1 ? '' : 's'}, not listed`, from, Math.max(from, length)),
  );
  return kept;
}
