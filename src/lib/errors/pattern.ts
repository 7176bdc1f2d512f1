import { SLOT_NAMES, type SlotName } from './types';

/** A catalogue message split into literal text and `{slot:example}` slots. */
export type PatternPart =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'slot'; readonly name: SlotName; readonly example: string };

const SLOTS: ReadonlySet<string> = new Set(SLOT_NAMES);

/**
 * Splits a message pattern into parts. A `{` that does not start `{name:example}` with a known slot
 * name is literal text, so messages containing braces need no escaping. Linear in the pattern length.
 */
export function parsePattern(message: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let text = '';
  let i = 0;
  while (i < message.length) {
    const slot = message[i] === '{' ? readSlot(message, i) : null;
    if (slot === null) {
      text += message[i];
      i += 1;
      continue;
    }
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push(slot.part);
    i = slot.end;
  }
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}

/** The message as the page shows it: every slot replaced by its example. */
export function exampleText(message: string): string {
  return parsePattern(message)
    .map((part) => (part.kind === 'text' ? part.text : part.example))
    .join('');
}

/** The message as a reader-facing template: slots shown as `<host>`, `<url>`. */
export function templateText(message: string): string {
  return parsePattern(message)
    .map((part) => (part.kind === 'text' ? part.text : `<${part.name}>`))
    .join('');
}

function readSlot(message: string, start: number): { part: PatternPart; end: number } | null {
  const colon = message.indexOf(':', start + 1);
  if (colon < 0 || colon - start > 12) return null;
  const name = message.slice(start + 1, colon);
  if (!SLOTS.has(name)) return null;
  const close = message.indexOf('}', colon + 1);
  if (close < 0) return null;
  return { part: { kind: 'slot', name: name as SlotName, example: message.slice(colon + 1, close) }, end: close + 1 };
}
