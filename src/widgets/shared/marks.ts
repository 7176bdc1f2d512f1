/**
 * Diagnostics underlined in the input they point at. `markSegments` (pure) cuts the text at every
 * diagnostic boundary into segments that carry the diagnostics covering them; view.ts `vmarked` turns them
 * into text and `<mark>` elements. A zero-width diagnostic (start === end) marks
 * the character at that offset, or a visible "⏎" placeholder at the end of the input, so the exact spot
 * is always visible. Linear in text length plus diagnostics × log.
 */
import type { Diagnostic } from '../../lib/diagnostics';

export interface Segment {
  text: string;
  start: number;
  /** Diagnostics covering this segment (empty: plain text). */
  diagnostics: Diagnostic[];
  /** True for the end-of-input placeholder of a zero-width diagnostic at text.length. */
  placeholder?: boolean;
}

export const END_PLACEHOLDER = '⏎';

export function markSegments(text: string, diagnostics: readonly Diagnostic[]): Segment[] {
  const length = text.length;
  const spans = diagnostics.map((d) => {
    const start = Math.min(Math.max(0, d.start), length);
    let end = Math.min(Math.max(start, d.end), length);
    if (end === start && start < length) end = start + 1;
    return { d, start, end };
  });
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  // Sweep: spans sorted by start; active list pruned as we pass their end.
  const byStart = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let next = 0;
  let active: typeof byStart = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!);
    active = active.filter((s) => s.end > from);
    const covering = active.filter((s) => s.start <= from && s.end >= to).map((s) => s.d);
    const last = segments[segments.length - 1];
    if (last && last.diagnostics.length === 0 && covering.length === 0) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), start: from, diagnostics: covering });
  }
  const atEnd = spans.filter((s) => s.start === length && s.end === length).map((s) => s.d);
  if (atEnd.length > 0) segments.push({ text: END_PLACEHOLDER, start: length, diagnostics: atEnd, placeholder: true });
  return segments;
}

/** The most severe severity among diagnostics: the class of a mark. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return 'info';
}
