/**
 * One renderer, two runs: a widget's result is first described as a small tree of plain data (`VNode`) by a
 * pure function, then rendered by View.astro at build time (Astro escapes the text) or by `toDom` in the
 * browser (textContent and createElement only). So the worked example in the HTML and the live output come
 * from the same code. Only the tags below can be produced, and attributes never include event handlers.
 */
import { toHex } from '../../lib/bytes';
import type { Diagnostic } from '../../lib/diagnostics';
import { markSegments, worstSeverity } from './marks';
import { tokenizeHttp } from './http-tokens';

export const VIEW_TAGS = [
  'div',
  'p',
  'span',
  'strong',
  'em',
  'code',
  'pre',
  'mark',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'h3',
  'h4',
  'h5',
  'details',
  'summary',
  'button',
  'time',
  'a',
  'caption',
] as const;
export type ViewTag = (typeof VIEW_TAGS)[number];
export type VAttrs = Record<string, string | number | boolean | undefined>;
export interface VElement {
  tag: ViewTag;
  attrs: VAttrs;
  children: VNode[];
}
export type VNode = string | VElement;
export type VChild = VNode | null | undefined | false | VChild[];

/** Builds a VNode; nested arrays are flattened, null/false skipped. */
export function v(tag: ViewTag, attrs: VAttrs = {}, ...children: VChild[]): VElement {
  return { tag, attrs, children: flatten(children) };
}

function flatten(children: VChild[], out: VNode[] = []): VNode[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flatten(c, out);
    else out.push(c);
  }
  return out;
}

/** The most rows a view table shows; the rest are counted in a last row. */
const MAX_ROWS = 200;

/** A definition list from [term, value] pairs (a value may be a node or a list of nodes). */
export function vdl(rows: readonly (readonly [string, VChild] | null | false | undefined)[], cls = ''): VElement {
  return v('dl', cls ? { class: cls } : {}, ...rows.flatMap((r) => (r ? [v('dt', {}, r[0]), v('dd', {}, r[1])] : [])));
}

/** A table with a header row; past `max` rows, one last row says how many more there are. */
export function vtable(caption: string, head: readonly string[], rows: readonly VChild[][], max = MAX_ROWS): VElement {
  const shown = rows.length > max ? rows.slice(0, max) : rows;
  const more = rows.length - shown.length;
  return v(
    'div',
    { class: 'w-table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    v(
      'table',
      // The wrapper scrolls and takes focus; -1 stops the build's table pass (postbuild-html) adding a second tab stop.
      { tabindex: -1 },
      v('caption', { class: 'sr-only' }, caption),
      v(
        'thead',
        {},
        v(
          'tr',
          {},
          head.map((x) => v('th', { scope: 'col' }, x)),
        ),
      ),
      v(
        'tbody',
        {},
        shown.map((r) =>
          v(
            'tr',
            {},
            r.map((c) => v('td', {}, c)),
          ),
        ),
        more > 0 ? v('tr', {}, v('td', { colspan: head.length, class: 'w-note' }, `… and ${more} more rows, not shown`)) : null,
      ),
    ),
  );
}

/** A copy button: the element wires every `button[data-copy-value]` (hidden without JavaScript by widget.css). */
/** Bytes as spaced hex pairs ("61 6c 69"); `masked` writes •• for each byte (a password's bytes are the password). */
export function hexPairs(bytes: Uint8Array, masked = false): string {
  return masked ? Array.from(bytes, () => '••').join(' ') : toHex(bytes).replace(/(..)(?!$)/g, '$1 ');
}

export function vcopy(text: string, what: string): VElement {
  return v('button', { type: 'button', class: 'w-copy', 'data-copy-value': text, 'aria-label': `Copy ${what}` }, 'Copy');
}

/** Text with its diagnostics underlined (see marks.ts), capped for huge inputs. */
export function vmarked(text: string, diagnostics: readonly Diagnostic[], label: string, max = 65_536): VElement {
  const shown = text.length > max ? text.slice(0, max) : text;
  const segs = markSegments(
    shown,
    diagnostics.filter((d) => d.start <= shown.length),
  );
  return v(
    'pre',
    { class: 'w-marked', tabindex: 0, 'aria-label': label },
    ...segs.map((s) =>
      s.diagnostics.length === 0
        ? s.text
        : v(
            'mark',
            {
              class: `w-mark w-mark--${worstSeverity(s.diagnostics)}`,
              title: s.diagnostics.map((d) => d.message).join('\n'),
              'data-code': s.diagnostics.map((d) => d.code).join(' '),
            },
            s.text,
          ),
    ),
    shown.length < text.length ? v('span', { class: 'w-note' }, `\n… ${text.length - shown.length} more characters not shown`) : null,
  );
}

/** The diagnostics as a list, each with its severity word and the offending span of input. */
export function vdiagnostics(input: string, diagnostics: readonly Diagnostic[], id?: string): VElement | null {
  if (diagnostics.length === 0) return null;
  const shownMax = 50;
  return v(
    'ul',
    { class: 'w-diagnostics', ...(id ? { id } : {}) },
    ...diagnostics
      .slice(0, shownMax)
      .map((d) =>
        v(
          'li',
          { class: d.severity === 'error' ? 'w-error-item' : d.severity === 'warning' ? 'w-warning-item' : 'w-info-item' },
          v(
            'span',
            { class: `w-sev w-sev--${d.severity}` },
            d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Note',
          ),
          ': ',
          d.message,
          d.end > d.start || d.start < input.length
            ? v('span', { class: 'w-note' }, ` (at character ${d.start + 1}${d.end - d.start > 1 ? `–${d.end}` : ''})`)
            : null,
        ),
      ),
    diagnostics.length > shownMax ? v('li', {}, `… and ${diagnostics.length - shownMax} more`) : null,
  );
}

/** An HTTP message or curl transcript with the shared token colours. */
export function vhttp(text: string, label: string): VElement {
  const lines = tokenizeHttp(text);
  const children: VNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push('\n');
    for (const t of line) children.push(t.cls ? v('span', { class: t.cls }, t.text) : t.text);
  });
  return v('pre', { class: 'w-code', tabindex: 0, 'aria-label': label }, children);
}

/** Browser rendering of a VNode tree. */
export function toDom(node: VNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  if (!(VIEW_TAGS as readonly string[]).includes(node.tag)) return document.createTextNode('');
  const el = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined || value === false || name.toLowerCase().startsWith('on')) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of node.children) el.appendChild(toDom(child));
  return el;
}
